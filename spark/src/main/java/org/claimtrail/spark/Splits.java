package org.claimtrail.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Cuts the inputs into splits: every file under the given paths is one split, except plain
 * (uncompressed) JSONL files and gzipped WARC files larger than {@code splitBytes}, which are cut
 * into byte ranges that a reader moves to the next line start ({@link LineRange}) or the next
 * record's gzip member ({@link MemberRange}: WARCs are gzipped record by record, as CC-News and
 * wget write them). So a 1 GB CC-News file is 16 tasks at the default 64 MB, not one of hours.
 *
 * <p>Inputs are listed through Hadoop's {@link FileSystem}, so any scheme the cluster configures
 * works ({@code hdfs://}, {@code s3a://} with hadoop-aws on the classpath, {@code file://}); a path
 * without a scheme is on the default file system ({@code fs.defaultFS}: the local disk unless the
 * cluster says otherwise). In a folder, files whose name or folder starts with {@code .} or
 * {@code _} are skipped, as the CLI skips hidden files and Hadoop skips {@code _SUCCESS} and
 * checksum files.
 */
public final class Splits {
  private Splits() {}

  /** As {@link #of(List, long, Configuration)} with Hadoop's default configuration. */
  public static List<Split> of(List<String> inputs, long splitBytes) {
    return of(inputs, splitBytes, new Configuration());
  }

  public static List<Split> of(List<String> inputs, long splitBytes, Configuration conf) {
    List<Split> out = new ArrayList<>();
    for (String input : inputs) {
      try {
        Path p = new Path(input);
        FileSystem fs = p.getFileSystem(conf);
        FileStatus status;
        try {
          status = fs.getFileStatus(p);
        } catch (FileNotFoundException e) {
          throw new IllegalArgumentException("No such input: " + input, e);
        }
        if (status.isFile()) {
          add(out, status, input, splitBytes);
          continue;
        }
        for (FileStatus f : files(fs, status.getPath())) {
          add(out, f, named(input, status.getPath(), f.getPath()), splitBytes);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot list " + input + ": " + e.getMessage(), e);
      }
    }
    return out;
  }

  /** The visible files under a folder, in path order. */
  private static List<FileStatus> files(FileSystem fs, Path dir) throws IOException {
    List<FileStatus> files = new ArrayList<>();
    String root = dir.toUri().getPath();
    RemoteIterator<LocatedFileStatus> it = fs.listFiles(dir, true);
    while (it.hasNext()) {
      LocatedFileStatus f = it.next();
      if (f.isFile() && !hidden(relative(root, f.getPath()))) {
        files.add(f);
      }
    }
    files.sort(Comparator.comparing((FileStatus f) -> f.getPath().toString()));
    return files;
  }

  private static void add(List<Split> out, FileStatus f, String name, long splitBytes) {
    long size = f.getLen();
    String file = f.getPath().toString();
    if (rangeable(name) && size > splitBytes) {
      for (long s = 0; s < size; s += splitBytes) {
        out.add(new Split(file, name, s, Math.min(size, s + splitBytes)));
      }
    } else {
      out.add(new Split(file, name, 0, -1));
    }
  }

  /** Plain JSONL (cut at line ends) and gzipped WARC (cut at record boundaries, each record its own gzip member). */
  static boolean rangeable(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".jsonl") || isWarcGz(n);
  }

  static boolean isWarcGz(String name) {
    return name.toLowerCase(Locale.ROOT).endsWith(".warc.gz");
  }

  /** A folder's file named as the user named the folder, with the path below it. */
  private static String named(String input, Path dir, Path file) {
    String base = input.endsWith("/") ? input.substring(0, input.length() - 1) : input;
    return base + "/" + relative(dir.toUri().getPath(), file);
  }

  private static String relative(String root, Path file) {
    String path = file.toUri().getPath();
    String prefix = root.endsWith("/") ? root : root + "/";
    return path.startsWith(prefix) ? path.substring(prefix.length()) : file.getName();
  }

  private static boolean hidden(String relative) {
    for (String part : relative.split("/")) {
      if (part.startsWith(".") || part.startsWith("_")) {
        return true;
      }
    }
    return false;
  }
}
