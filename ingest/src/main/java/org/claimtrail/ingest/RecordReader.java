package org.claimtrail.ingest;

import java.io.IOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.claimtrail.model.RawDocument;

/**
 * Base of the container formats' sources: subclasses read one document at a time in {@link
 * #readNext()}. A bad record that the subclass can step over is reported by the subclass and
 * skipped; an {@link IOException} from {@code readNext} means the rest of the stream is unreadable
 * (a truncated gzip, a broken WARC header): it is reported once, and iteration ends.
 */
public abstract class RecordReader implements DocumentSource {
  protected final String origin;
  protected final IngestListener listener;
  private RawDocument next;
  private boolean finished;
  private boolean iterated;

  protected RecordReader(String origin, IngestListener listener) {
    this.origin = origin;
    this.listener = listener;
  }

  /** The next document, or {@code null} at the end. */
  protected abstract RawDocument readNext() throws IOException;

  @Override
  public final Iterator<RawDocument> iterator() {
    if (iterated) {
      throw new IllegalStateException("A DocumentSource can be iterated once: " + origin);
    }
    iterated = true;
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        if (next == null && !finished) {
          try {
            next = readNext();
          } catch (IngestException e) {
            listener.failed(e.origin(), reasonOf(e));
            next = null;
          } catch (IOException | RuntimeException e) {
            // A library choked on the bytes: that is bad input here, and it ends this stream.
            listener.failed(origin, reasonOf(e));
            next = null;
          }
          if (next == null) {
            finished = true;
          }
        }
        return next != null;
      }

      @Override
      public RawDocument next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        RawDocument d = next;
        next = null;
        return d;
      }
    };
  }

  /** The message without a repeated origin prefix, with the exception type where it helps. */
  static String reasonOf(Throwable e) {
    String message = e.getMessage();
    if (e instanceof IngestException ie && message != null) {
      String prefix = ie.origin() + ": ";
      return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }
    if (message == null || message.isBlank()) {
      return e.getClass().getSimpleName();
    }
    if (e instanceof IOException || e instanceof RuntimeException) {
      return message + " (" + e.getClass().getSimpleName() + ")";
    }
    return message;
  }
}
