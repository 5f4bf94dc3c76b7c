package org.claimtrail.ingest;

import org.claimtrail.model.RawDocument;

/** A source of exactly one document, for the formats where a file is one article. */
public final class SingleDocument extends RecordReader {
  private RawDocument document;

  public SingleDocument(RawDocument document, IngestListener listener) {
    super(document.origin(), listener);
    this.document = document;
  }

  @Override
  protected RawDocument readNext() {
    RawDocument d = document;
    document = null;
    return d;
  }

  @Override
  public void close() {}
}
