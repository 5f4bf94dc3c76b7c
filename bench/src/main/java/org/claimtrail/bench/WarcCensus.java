package org.claimtrail.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * What a folder of WARC files holds, counted independently of the pipeline: records by WARC type,
 * and responses by HTTP status and payload type. Usage: {@code WarcCensus FOLDER}.
 */
public final class WarcCensus {
  private WarcCensus() {}

  public static void main(String[] args) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(Path.of(args[0]))) {
      files = s.filter(f -> f.getFileName().toString().contains(".warc")).sorted().toList();
    }
    Map<String, Integer> types = new TreeMap<>();
    Map<String, Integer> responses = new TreeMap<>();
    long bytes = 0;
    int records = 0;
    for (Path f : files) {
      bytes += Files.size(f);
      try (WarcReader r = new WarcReader(f)) {
        for (WarcRecord rec : r) {
          records++;
          types.merge(rec.type(), 1, Integer::sum);
          if (rec instanceof WarcResponse resp) {
            responses.merge(resp.http().status() + " " + resp.http().contentType().base(), 1, Integer::sum);
          }
        }
      }
    }
    System.out.printf(java.util.Locale.ROOT, "WARC: %d files, %.1f MB (gzip per record), %d records%n", files.size(), bytes / 1e6, records);
    System.out.println("records by type: " + types);
    System.out.println("responses by status and type: " + responses);
  }
}
