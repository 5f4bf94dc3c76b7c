package org.claimtrail.server.progress;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * The live state of an ingest that runs while the server answers: the runner (the demo) reports
 * to it from its threads, the pages read a {@link Snapshot} of it. Thread-safe.
 */
public final class BackgroundIngest {
  /** Where the run is. */
  public enum Phase {
    /** Loading the language models and counting the inputs' documents. */
    PREPARING,
    INGESTING,
    /** Every document is read; the last linking run is under way. */
    LINKING,
    DONE,
    FAILED
  }

  private final String what;
  private final long startNanos = System.nanoTime();
  private Phase phase = Phase.PREPARING;
  private long firstDoneNanos;
  private long firstDone;
  private long endNanos;
  private long total = -1;
  private long done;
  private long failed;
  private long claims;
  private int linkRuns;
  private long linkedAt;
  private long clusters;
  private boolean linkRunning;
  private String problem = "";

  /** @param what the inputs, as people would name them ("the seed article and Wikinews 2020") */
  public BackgroundIngest(String what) {
    this.what = what;
  }

  /** The inputs are counted ({@code total}, or negative when unknown) and the pipeline is ready. */
  public synchronized void started(long total) {
    this.total = total;
    this.phase = Phase.INGESTING;
  }

  /** Documents handled so far (stored, unchanged or failed), failures among them, and claims stored. */
  public synchronized void progress(long done, long failed, long claims) {
    if (firstDoneNanos == 0 && done > 0) {
      // The rate counts from the first document done: before it, the language models load.
      firstDoneNanos = System.nanoTime();
      firstDone = done;
    }
    this.done = done;
    this.failed = failed;
    this.claims = claims;
  }

  /** A linking run begins. */
  public synchronized void linking() {
    linkRunning = true;
  }

  /** A linking run ended with {@code clusters} clusters, over the documents done when it began. */
  public synchronized void linked(long clusters, long documentsLinked) {
    this.linkRunning = false;
    this.linkRuns++;
    this.clusters = clusters;
    this.linkedAt = documentsLinked;
  }

  /** A linking run failed; the clusters shown stay the last run's. */
  public synchronized void linkFailed(String message) {
    linkRunning = false;
    problem = "a linking run failed: " + message;
  }

  /** Every document is read; only the final linking run is left. */
  public synchronized void ingested() {
    phase = Phase.LINKING;
    endNanos = System.nanoTime();
  }

  public synchronized void finished() {
    phase = Phase.DONE;
    endNanos = endNanos == 0 ? System.nanoTime() : endNanos;
  }

  /** The run stopped on an error it could not get past (a bad input is counted, not this). */
  public synchronized void failed(String message) {
    phase = Phase.FAILED;
    problem = message == null ? "" : message;
    endNanos = endNanos == 0 ? System.nanoTime() : endNanos;
  }

  public synchronized Snapshot snapshot() {
    long until = endNanos != 0 ? endNanos : System.nanoTime();
    double seconds = firstDoneNanos == 0 ? 0 : (until - firstDoneNanos) / 1e9;
    double rate = seconds > 0 && done > firstDone ? (done - firstDone) / seconds : 0;
    return new Snapshot(what, phase, done, total, failed, claims, rate, linkRuns, linkedAt, clusters, linkRunning, Duration.ofNanos(until - startNanos),
        problem);
  }

  /**
   * The run at one moment, with what the pages print.
   *
   * @param total documents in the inputs, or negative while not counted
   * @param rate documents per second since the first was done (before it, the language models load)
   * @param linkedAt documents done when the latest finished linking run began
   * @param elapsed since the run began (models included), up to its end
   */
  public record Snapshot(String what, Phase phase, long done, long total, long failed, long claims, double rate, int linkRuns, long linkedAt,
      long clusters, boolean linkRunning, Duration elapsed, String problem) {

    /** Whether the pages should keep polling. */
    public boolean running() {
      return phase != Phase.DONE && phase != Phase.FAILED;
    }

    public String phaseName() {
      return phase.name().toLowerCase(Locale.ROOT);
    }

    /** "1.4/s". */
    public String rateText() {
      return String.format(Locale.ROOT, "%.1f/s", rate);
    }

    /** The time left at the current rate, while ingesting with a known total. */
    public Optional<String> eta() {
      if (phase != Phase.INGESTING || total <= 0 || rate <= 0 || done >= total) {
        return Optional.empty();
      }
      return Optional.of(clock(Math.round((total - done) / rate)));
    }

    public String elapsedText() {
      return clock(elapsed.toSeconds());
    }

    private static String clock(long seconds) {
      return String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
  }
}
