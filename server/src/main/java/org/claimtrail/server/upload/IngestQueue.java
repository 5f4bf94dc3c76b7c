package org.claimtrail.server.upload;

/**
 * Takes a job of uploaded files (already on disk and recorded as received in the store) and
 * ingests them in the background. The app module supplies the implementation, which runs the same
 * pipeline as {@code claimtrail ingest}; the server only receives files and reports progress.
 */
public interface IngestQueue {
  void submit(String job);
}
