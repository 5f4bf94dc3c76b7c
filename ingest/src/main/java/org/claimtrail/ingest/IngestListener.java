package org.claimtrail.ingest;

/**
 * Hears about input that did not become a document, so that nothing goes missing silently. Called
 * on the thread that iterates the source.
 */
public interface IngestListener {

  /** A record that is not an article on purpose (a WARC request record, an image response). */
  void skipped(String origin, String reason);

  /** Bad input: a corrupt file or record; iteration goes on with the next one where it can. */
  void failed(String origin, String reason);

  /** A recoverable oddity: the document was kept, but something in it was ignored. */
  default void warning(String origin, String message) {}

  /**
   * A container file (a WARC) was read to its end, or as far as it could be: where its records
   * went. Called once per such file, after its last document; each skipped or failed record was
   * also reported on its own.
   */
  default void counted(RecordCounts counts) {}

  /** Ignores everything: for callers that only want the documents. */
  IngestListener IGNORE =
      new IngestListener() {
        @Override
        public void skipped(String origin, String reason) {}

        @Override
        public void failed(String origin, String reason) {}
      };
}
