package org.claimtrail.server.upload;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimtrail.server.BadRequest;
import org.claimtrail.server.ServerOptions;
import org.claimtrail.store.Uploads;

/**
 * Receives uploaded files. Each file is written under the upload folder with a generated name
 * (the client's name is only displayed, so "../../etc/passwd" cannot escape the folder), synced to
 * disk, and recorded as received before the reply; then the job goes to the ingest queue.
 */
public final class UploadReceiver {
  /** The form field that carries the files. */
  public static final String FIELD = "files";

  /** Extensions kept on the stored file, because format detection reads them. */
  private static final Pattern EXTENSION = Pattern.compile("(?i)\\.(warc\\.gz|warc|jsonl\\.gz|jsonl|json|html?|xhtml|xml|rss|atom|txt|gz)$");

  private final ServerOptions options;
  private final Uploads uploads;

  public UploadReceiver(ServerOptions options, Uploads uploads) {
    this.options = options;
    this.uploads = uploads;
  }

  /** A file as received. */
  public record Received(String id, String name, long bytes) {}

  /** Refuses a request whose declared size is over the limit before any of it is read. */
  public void checkDeclaredSize(Context ctx) {
    long length = ctx.contentLength();
    if (length > options.maxUploadBytes()) {
      throw new TooLarge(length, options.maxUploadBytes());
    }
  }

  /** Stores the request's files and queues them; returns the job id. */
  public String receive(Context ctx, List<Received> out) {
    IngestQueue queue = options.ingest().orElseThrow(() -> new io.javalin.http.HttpResponseException(HttpStatus.SERVICE_UNAVAILABLE.getCode(),
        "This server does not ingest uploads"));
    List<UploadedFile> files;
    try {
      files = ctx.uploadedFiles(FIELD);
    } catch (RuntimeException e) {
      // Jetty refuses parts over the multipart limits while parsing.
      if (String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("exceed")) {
        throw new TooLarge(-1, options.maxUploadBytes());
      }
      throw new BadRequest("Not a multipart upload: " + e.getMessage());
    }
    if (files.isEmpty()) {
      throw new BadRequest("No files: send them as multipart/form-data in the field '" + FIELD + "'");
    }
    String job = UUID.randomUUID().toString();
    Path dir = options.uploadDir().toAbsolutePath().normalize().resolve(job);
    long total = 0;
    try {
      Files.createDirectories(dir);
      for (UploadedFile f : files) {
        String id = UUID.randomUUID().toString();
        String name = displayName(f.filename());
        Path stored = dir.resolve(id + extension(name)).normalize();
        if (!stored.startsWith(options.uploadDir().toAbsolutePath().normalize())) {
          throw new IllegalStateException("refusing to write outside the upload folder: " + stored);
        }
        long bytes;
        try (InputStream in = f.content()) {
          bytes = copyAndSync(in, stored, options.maxUploadBytes() - total);
        }
        total += bytes;
        uploads.received(id, job, name, stored.toString(), bytes);
        out.add(new Received(id, name, bytes));
      }
    } catch (IOException e) {
      throw new io.javalin.http.HttpResponseException(HttpStatus.INSUFFICIENT_STORAGE.getCode(), "Cannot store the upload: " + e.getMessage());
    }
    queue.submit(job);
    return job;
  }

  /** Copies at most {@code budget} bytes, then forces them to disk, so "received" means durable. */
  private static long copyAndSync(InputStream in, Path target, long budget) throws IOException {
    long n = 0;
    byte[] buf = new byte[64 * 1024];
    try (FileChannel ch = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        OutputStream os = java.nio.channels.Channels.newOutputStream(ch)) {
      int r;
      while ((r = in.read(buf)) > 0) {
        n += r;
        if (n > budget) {
          os.close();
          Files.deleteIfExists(target);
          throw new TooLarge(-1, budget);
        }
        os.write(buf, 0, r);
      }
      os.flush();
      ch.force(true);
    }
    return n;
  }

  /** The client's file name without folders or control characters, for display only. */
  static String displayName(String filename) {
    String s = filename == null ? "" : filename.replace('\\', '/');
    s = s.substring(s.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
    if (s.isEmpty() || s.equals(".") || s.equals("..")) {
      s = "upload";
    }
    return s.length() > 200 ? s.substring(s.length() - 200) : s;
  }

  static String extension(String name) {
    Matcher m = EXTENSION.matcher(name);
    return m.find() ? "." + m.group(1).toLowerCase(Locale.ROOT) : "";
  }

  /** An upload over the size limit: 413. */
  public static final class TooLarge extends RuntimeException {
    public TooLarge(long size, long limit) {
      super((size > 0 ? "The upload is " + size + " bytes; " : "The upload is too large; ") + "the limit is " + limit + " bytes");
    }
  }

  /** Collects the job's rows for a reply. */
  public static List<Uploads.Upload> status(Uploads uploads, String job) {
    return new ArrayList<>(uploads.job(job));
  }
}
