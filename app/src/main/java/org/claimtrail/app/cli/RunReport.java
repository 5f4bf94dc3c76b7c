package org.claimtrail.app.cli;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicLong;
import org.claimtrail.ingest.IngestListener;
import org.claimtrail.model.StageResult;
import org.claimtrail.pipeline.Tally;

/**
 * Counts every document's outcome once, when it ends, and prints each failure as one line on
 * stderr, naming the file and record and the reason. A record the readers skip or cannot read is a
 * document of the run too, so the summary accounts for every input.
 */
final class RunReport implements IngestListener {
  private final PrintStream err;
  private final boolean verbose;
  private final Tally tally = new Tally();
  final AtomicLong warnings = new AtomicLong();

  RunReport(PrintStream err, boolean verbose) {
    this.err = err;
    this.verbose = verbose;
  }

  @Override
  public synchronized void skipped(String origin, String reason) {
    tally.add(Tally.Outcome.SKIPPED);
    if (verbose) {
      err.println("skipped: " + origin + ": " + reason);
    }
  }

  @Override
  public synchronized void failed(String origin, String reason) {
    tally.add(Tally.Outcome.FAILED);
    err.println("error: " + origin + ": " + reason);
  }

  @Override
  public synchronized void warning(String origin, String message) {
    warnings.incrementAndGet();
    if (verbose) {
      err.println("warning: " + origin + ": " + message);
    }
  }

  /** Counts a document's final result; failures and (verbosely) skips and warnings are printed. */
  void count(StageResult<?> r) {
    if (r instanceof StageResult.Ok<?> o) {
      tally.add(Tally.Outcome.OK);
      o.warnings().forEach(w -> warning(o.origin(), w));
    } else if (r instanceof StageResult.Skipped<?> s && s.unchanged()) {
      tally.add(Tally.Outcome.UNCHANGED);
    } else if (r instanceof StageResult.Skipped<?> s) {
      skipped(s.origin(), s.reason());
    } else if (r instanceof StageResult.Failed<?> f) {
      failed(f.origin(), f.category() + ": " + f.message());
    }
  }

  Tally.Counts counts() {
    return tally.counts();
  }

  int exitCode() {
    return counts().failed() > 0 ? Main.SOME_FAILED : 0;
  }
}
