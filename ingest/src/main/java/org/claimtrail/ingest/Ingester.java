package org.claimtrail.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/**
 * One input format. Implementations are registered in {@code
 * META-INF/services/org.claimtrail.ingest.Ingester} and chosen by {@link Formats}: by {@code
 * --format NAME}, else by the strongest {@link #sniff} answer.
 */
public interface Ingester {

  /** How sure an ingester is that a head is its format. */
  enum Match {
    NONE,
    /** The file name fits (an {@code .html} suffix), the bytes say nothing against it. */
    BY_NAME,
    /** The bytes themselves show the format (a {@code WARC/1.1} line, an {@code <rss} tag). */
    BY_CONTENT
  }

  /** The short name used by {@code --format}. */
  String name();

  /** The media types read, for documentation and for callers that know one. */
  Set<String> mediaTypes();

  /** Whether the head of an input looks like this format. */
  Match sniff(Head head);

  /**
   * Whether this is a binary container whose records may carry any payload (a WARC's images and
   * PDFs): {@link Inputs} then neither refuses it for control bytes nor unwraps its gzip, which
   * the format's own reader decodes member by member.
   */
  default boolean binaryContainer() {
    return false;
  }

  /**
   * Opens the stream as this format. The source owns {@code in} and closes it.
   *
   * @param origin the input's name, used in every error and document origin
   */
  DocumentSource open(InputStream in, String origin, IngestOptions options, IngestListener listener)
      throws IOException;
}
