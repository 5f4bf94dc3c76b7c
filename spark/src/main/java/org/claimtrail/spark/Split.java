package org.claimtrail.spark;

import java.io.Serializable;

/**
 * One task's share of the input: a whole file (WARC, HTML, feed, seed text, small JSONL), or a
 * byte range of a large plain JSONL file, cut at line ends.
 *
 * @param file the file as a fully qualified URI ({@code file:/…}, {@code hdfs://…}, {@code
 *     s3a://…}) that every executor opens through Hadoop's {@code FileSystem}
 * @param name the file as the user named it (the input, and the path below it for a folder's
 *     files): what documents from this split carry as their origin
 * @param start the first byte (0 for a whole file)
 * @param end the byte after the last, or -1 for the whole file
 */
public record Split(String file, String name, long start, long end) implements Serializable {
  public boolean whole() {
    return end < 0;
  }

  /** The origin documents from this split carry: the name, with the byte range when partial. */
  public String origin() {
    return whole() ? name : name + "@" + start + "-" + end;
  }
}
