package org.claimtrail.ingest;

import java.util.Optional;

/**
 * Limits and choices for one ingest run. Immutable, so one instance can be shared by threads.
 *
 * @param format an ingester name ({@code seed}, {@code text}, {@code html}, {@code feed}, {@code
 *     warc}, {@code jsonl}) to use instead of sniffing, or empty to sniff
 * @param maxDocumentBytes the largest single document (a file, a record, a JSONL line) read
 * @param maxDecompressedBytes how far one gzip stream may expand: guards against gzip bombs
 */
public record IngestOptions(
    Optional<String> format, long maxDocumentBytes, long maxDecompressedBytes) {

  public static final IngestOptions DEFAULTS =
      new IngestOptions(Optional.empty(), 64L << 20, 4L << 30);

  public IngestOptions {
    if (maxDocumentBytes <= 0 || maxDecompressedBytes <= 0) {
      throw new IllegalArgumentException(
          "Limits must be positive: maxDocumentBytes="
              + maxDocumentBytes
              + ", maxDecompressedBytes="
              + maxDecompressedBytes);
    }
  }

  public IngestOptions withFormat(String name) {
    return new IngestOptions(Optional.ofNullable(name), maxDocumentBytes, maxDecompressedBytes);
  }

  public IngestOptions withMaxDocumentBytes(long bytes) {
    return new IngestOptions(format, bytes, maxDecompressedBytes);
  }

  public IngestOptions withMaxDecompressedBytes(long bytes) {
    return new IngestOptions(format, maxDocumentBytes, bytes);
  }
}
