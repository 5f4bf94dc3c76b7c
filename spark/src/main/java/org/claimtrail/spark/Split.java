package org.claimtrail.spark;

import java.io.Serializable;

/**
 * One task's share of the input: a whole file (WARC, HTML, feed, seed text, small JSONL), or a
 * byte range of a large plain JSONL file, cut at line ends.
 *
 * @param path the file, on a file system every executor can read
 * @param start the first byte (0 for a whole file)
 * @param end the byte after the last, or -1 for the whole file
 */
public record Split(String path, long start, long end) implements Serializable {
  public boolean whole() {
    return end < 0;
  }

  /** The origin documents from this split carry: the path, with the byte range when partial. */
  public String origin() {
    return whole() ? path : path + "@" + start + "-" + end;
  }
}
