package org.claimtrail.ingest;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What one container file (a WARC) held: its records, how many became documents, and the rest by
 * kind ({@code request}, {@code response image/png}, {@code response HTTP 404}, …), so that a run
 * can say where every record went.
 *
 * @param origin the file
 * @param records every record read, whatever became of it
 * @param read the records that became documents
 * @param failed the records that could not be read (reported one by one as well)
 * @param skipped the records passed over on purpose, by kind, in name order
 */
public record RecordCounts(String origin, long records, long read, long failed, Map<String, Long> skipped) {

  public RecordCounts {
    Objects.requireNonNull(origin, "origin");
    skipped = Map.copyOf(skipped);
  }

  /** The number of records passed over on purpose. */
  public long skippedTotal() {
    return skipped.values().stream().mapToLong(Long::longValue).sum();
  }

  /**
   * One line: {@code crawl.warc.gz: 41 records, 6 HTML documents read, 0 failed; skipped 14
   * request, 6 response image/png, …}.
   */
  @Override
  public String toString() {
    String line = origin + ": " + records + " records, " + read + " HTML documents read, " + failed + " failed";
    if (skipped.isEmpty()) {
      return line;
    }
    return line + "; skipped " + new TreeMap<>(skipped).entrySet().stream()
        .map(e -> e.getValue() + " " + e.getKey())
        .collect(Collectors.joining(", "));
  }
}
