package org.claimtrail.ingest;

import java.io.Closeable;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.claimtrail.model.RawDocument;

/**
 * A streaming reader of documents, used as {@code try (var src = Inputs.open(...)) { for
 * (RawDocument d : src) ... }}. Documents are read one at a time; nothing holds a whole corpus in
 * memory. Iterate once.
 */
public interface DocumentSource extends Iterable<RawDocument>, Closeable {

  /** The documents as a sequential stream; closing the source stays the caller's job. */
  default Stream<RawDocument> documents() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }
}
