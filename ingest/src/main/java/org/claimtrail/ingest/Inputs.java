package org.claimtrail.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.claimtrail.model.RawDocument;

/**
 * Opens what a user names on the command line: files, directories (walked recursively, in name
 * order, hidden files skipped) and {@code -} for standard input. Each file is unwrapped from gzip
 * when its first bytes say so, then handed to the {@link Ingester} that claims it. A file that
 * cannot be read or recognised is reported to the listener and the rest go on.
 */
public final class Inputs implements DocumentSource {
  /** The name that stands for standard input. */
  public static final String STDIN = "-";

  private final Deque<String> pending;
  /** Files found by walking a folder: there, a file of no known format is skipped, not an error. */
  private final java.util.Set<String> walked = new java.util.HashSet<>();
  private final IngestOptions options;
  private final IngestListener listener;
  private final InputStream stdin;
  private DocumentSource current;
  private Iterator<RawDocument> currentIterator;
  private boolean iterated;

  private Inputs(List<String> names, IngestOptions options, IngestListener listener, InputStream stdin) {
    this.pending = new ArrayDeque<>(names);
    this.options = options;
    this.listener = listener;
    this.stdin = stdin;
  }

  /** A lazy source over every document under {@code names}. */
  public static Inputs open(List<String> names, IngestOptions options, IngestListener listener) {
    return new Inputs(names, options, listener, System.in);
  }

  /** As {@link #open(List, IngestOptions, IngestListener)}, with {@code -} reading {@code stdin}. */
  public static Inputs open(
      List<String> names, IngestOptions options, IngestListener listener, InputStream stdin) {
    return new Inputs(names, options, listener, stdin);
  }

  /**
   * Opens one stream as a document source: sniffs (or uses {@code --format}), unwraps gzip and
   * delegates to the ingester. A binary container (WARC) is recognised by its header, inside gzip
   * too, before any check for binary bytes, and gets the stream as it is: its reader decodes gzip
   * member by member. The returned source owns {@code raw}.
   *
   * @param fileName the name used for sniffing by suffix, or null
   */
  public static DocumentSource openStream(
      InputStream raw, String origin, String fileName, IngestOptions options, IngestListener listener)
      throws IOException {
    InputStream in = new BufferedInputStream(raw, 1 << 16);
    try {
      String name = fileName == null ? null : fileName.toLowerCase(Locale.ROOT);
      byte[] head = peek(in, Head.SIZE);
      boolean gzip = Head.isGzip(head, head.length);
      if (gzip && name != null && name.endsWith(".gz")) {
        name = name.substring(0, name.length() - 3);
      } else if (gzip && name != null && name.endsWith(".tgz")) {
        throw new IngestException(origin, "tar archives are not supported; unpack it first");
      }
      Optional<Ingester> container = binaryContainer(gzip ? gunzipHead(head) : head, name, options);
      if (container.isPresent()) {
        return container.get().open(in, origin, options, listener);
      }
      if (gzip) {
        in = gunzip(in, origin, options);
        head = peek(in, Head.SIZE);
      }
      Head h = new Head(head, Optional.ofNullable(name));
      Ingester ingester = choose(h, origin, options);
      if (h.looksBinary() && !ingester.binaryContainer()) {
        throw new IngestException(
            origin,
            "binary content, not " + ingester.name() + " (NUL or control bytes in the first "
                + head.length + " bytes)");
      }
      return ingester.open(in, origin, options, listener);
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /** The binary container format (WARC) that the head shows or {@code --format} names, if so. */
  private static Optional<Ingester> binaryContainer(byte[] head, String name, IngestOptions options) {
    if (head.length == 0) {
      return Optional.empty();
    }
    Optional<Ingester> format = options.format().isPresent() ? Formats.byName(options.format().get()) : Formats.sniff(new Head(head, Optional.ofNullable(name)));
    return format.filter(Ingester::binaryContainer);
  }

  private static InputStream gunzip(InputStream in, String origin, IngestOptions options) throws IOException {
    return new BufferedInputStream(
        new BoundedInputStream(
            new GZIPInputStream(in, 1 << 16), options.maxDecompressedBytes(), origin, "decompressed gzip data"),
        1 << 16);
  }

  /**
   * As much of the decompressed start of a gzip stream as its first bytes give, for sniffing; empty
   * when they do not decompress (a corrupt file is then reported by the full read).
   */
  private static byte[] gunzipHead(byte[] head) {
    byte[] out = new byte[Head.SIZE];
    int n = 0;
    try (InputStream z = new GZIPInputStream(new java.io.ByteArrayInputStream(head))) {
      int r;
      while (n < out.length && (r = z.read(out, n, out.length - n)) > 0) {
        n += r;
      }
    } catch (IOException e) {
      // the head ends inside the stream, or the data is corrupt: keep what was decompressed
    }
    return java.util.Arrays.copyOf(out, n);
  }

  private static Ingester choose(Head head, String origin, IngestOptions options)
      throws IngestException {
    if (options.format().isPresent()) {
      String f = options.format().get();
      return Formats.byName(f)
          .orElseThrow(
              () -> new IllegalArgumentException(
                  "Unknown format '" + f + "'; known formats: " + Formats.names()));
    }
    if (head.bytes().length == 0) {
      throw new IngestException(origin, "empty file");
    }
    return Formats.sniff(head)
        .orElseThrow(
            () -> new UnrecognisedFormatException(
                origin,
                "unrecognised format (not one of " + Formats.names() + "); name one with --format"));
  }

  /** No ingester claims the input: an error when named, a skip when found in a folder. */
  static final class UnrecognisedFormatException extends IngestException {
    private static final long serialVersionUID = 1L;

    UnrecognisedFormatException(String origin, String reason) {
      super(origin, reason);
    }
  }

  private static byte[] peek(InputStream in, int n) throws IOException {
    in.mark(n);
    byte[] buf = in.readNBytes(n);
    in.reset();
    return buf;
  }

  @Override
  public Iterator<RawDocument> iterator() {
    if (iterated) {
      throw new IllegalStateException("Inputs can be iterated once");
    }
    iterated = true;
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        while (currentIterator == null || !currentIterator.hasNext()) {
          closeCurrent();
          if (pending.isEmpty()) {
            return false;
          }
          openNext(pending.pollFirst());
        }
        return true;
      }

      @Override
      public RawDocument next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return currentIterator.next();
      }
    };
  }

  private void openNext(String name) {
    try {
      if (STDIN.equals(name)) {
        current = openStream(nonClosing(stdin), "<stdin>", null, options, listener);
      } else {
        Path path = Path.of(name);
        if (Files.isDirectory(path)) {
          expand(path);
          return;
        }
        if (!Files.exists(path)) {
          listener.failed(name, "no such file or directory");
          return;
        }
        current = openStream(Files.newInputStream(path), name, path.getFileName().toString(), options, listener);
      }
      currentIterator = current.iterator();
    } catch (UnrecognisedFormatException e) {
      if (walked.contains(name)) {
        listener.skipped(e.origin(), RecordReader.reasonOf(e));
      } else {
        listener.failed(e.origin(), RecordReader.reasonOf(e));
      }
    } catch (IngestException e) {
      listener.failed(e.origin(), RecordReader.reasonOf(e));
    } catch (IOException | UncheckedIOException e) {
      listener.failed(name, RecordReader.reasonOf(e));
    }
  }

  /** Puts a directory's files, sorted, at the front of the queue. */
  private void expand(Path dir) throws IOException {
    List<String> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.filter(Files::isRegularFile)
          .filter(p -> !isHidden(dir, p))
          .map(Path::toString)
          .sorted()
          .forEach(files::add);
    }
    for (int i = files.size() - 1; i >= 0; i--) {
      pending.addFirst(files.get(i));
      walked.add(files.get(i));
    }
  }

  private static boolean isHidden(Path root, Path p) {
    for (Path part : root.relativize(p)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private void closeCurrent() {
    if (current != null) {
      try {
        current.close();
      } catch (IOException e) {
        listener.failed("close", RecordReader.reasonOf(e));
      }
      current = null;
      currentIterator = null;
    }
  }

  @Override
  public void close() {
    closeCurrent();
    pending.clear();
  }

  private static InputStream nonClosing(InputStream in) {
    return new java.io.FilterInputStream(in) {
      @Override
      public void close() {}
    };
  }
}
