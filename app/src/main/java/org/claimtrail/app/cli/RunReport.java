package org.claimtrail.app.cli;

import java.io.PrintStream;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.claimtrail.ingest.IngestListener;
import org.claimtrail.ingest.RecordCounts;
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
  private final Map<String, Long> skippedByKind = new TreeMap<>();

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

  /** A WARC's records: one line per file, always, and its skips by kind in the summary. */
  @Override
  public synchronized void counted(RecordCounts counts) {
    err.println("read: " + counts);
    counts.skipped().forEach((kind, n) -> skippedByKind.merge(kind, n, Long::sum));
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

  /** {@code c} as one line, the WARC records skipped by kind after the skipped count. */
  synchronized String summary(Tally.Counts c) {
    String kinds = skippedByKind.isEmpty() ? "" : skippedByKind.entrySet().stream()
        .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", ", " (WARC records: ", ")"));
    return c.describe(kinds);
  }

  int exitCode() {
    return counts().failed() > 0 ? Main.SOME_FAILED : 0;
  }
}
