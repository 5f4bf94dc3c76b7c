package org.claimtrail.pipeline;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.claimtrail.model.StageResult;

/**
 * The outcomes of one run's documents: each document read ends in exactly one outcome, counted
 * once when it ends, so the counts always add up to the documents read (also in a progress line
 * drawn while other documents are still in flight). Thread-safe.
 */
public final class Tally {
  /** How one document ended. */
  public enum Outcome {
    /** Analysed (and stored, where the runner stores). */
    OK,
    /** Held already with the same text: nothing to do. */
    UNCHANGED,
    /** Not an article, on purpose (an empty page, an image record). */
    SKIPPED,
    /** Could not be read or analysed; the runner reports why. */
    FAILED;

    /** The outcome a document's final result stands for. */
    public static Outcome of(StageResult<?> r) {
      if (r instanceof StageResult.Ok<?>) {
        return OK;
      }
      if (r instanceof StageResult.Skipped<?> s) {
        return s.unchanged() ? UNCHANGED : SKIPPED;
      }
      return FAILED;
    }

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The counts at one moment. */
  public record Counts(long ok, long unchanged, long skipped, long failed) {
    public long documents() {
      return ok + unchanged + skipped + failed;
    }

    public long of(Outcome o) {
      return switch (o) {
        case OK -> ok;
        case UNCHANGED -> unchanged;
        case SKIPPED -> skipped;
        case FAILED -> failed;
      };
    }

    /** "120 ok, 2 unchanged, 0 skipped, 1 failed". */
    @Override
    public String toString() {
      return describe("");
    }

    /** As {@link #toString()}, with {@code skippedDetail} right after the skipped count ("9 skipped (WARC records: 9 request)"). */
    public String describe(String skippedDetail) {
      return ok + " ok, " + unchanged + " unchanged, " + skipped + " skipped" + skippedDetail + ", " + failed + " failed";
    }
  }

  private final Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);

  /** Counts one document's end. */
  public synchronized void add(Outcome o) {
    counts.merge(o, 1L, Long::sum);
  }

  /** Counts one document's end by its final result. */
  public void add(StageResult<?> r) {
    add(Outcome.of(r));
  }

  public synchronized Counts counts() {
    return new Counts(get(Outcome.OK), get(Outcome.UNCHANGED), get(Outcome.SKIPPED), get(Outcome.FAILED));
  }

  private long get(Outcome o) {
    return counts.getOrDefault(o, 0L);
  }
}
