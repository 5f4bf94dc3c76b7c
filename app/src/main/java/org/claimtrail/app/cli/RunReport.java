package org.claimtrail.app.cli;

import java.io.PrintStream;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.claimtrail.ingest.IngestListener;
import org.claimtrail.ingest.RecordCounts;
import org.claimtrail.model.StageResult;

/**
 * Counts every document's outcome and prints each failure as one line on stderr, naming the file
 * and record and the reason. The summary at the end accounts for every input.
 */
final class RunReport implements IngestListener {
  private final PrintStream err;
  private final boolean verbose;
  final AtomicLong ok = new AtomicLong();
  final AtomicLong skipped = new AtomicLong();
  final AtomicLong failed = new AtomicLong();
  final AtomicLong warnings = new AtomicLong();
  private final Map<String, Long> skippedByKind = new TreeMap<>();

  RunReport(PrintStream err, boolean verbose) {
    this.err = err;
    this.verbose = verbose;
  }

  @Override
  public synchronized void skipped(String origin, String reason) {
    skipped.incrementAndGet();
    if (verbose) {
      err.println("skipped: " + origin + ": " + reason);
    }
  }

  @Override
  public synchronized void failed(String origin, String reason) {
    failed.incrementAndGet();
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

  /** Counts a stage result; failures and (verbosely) skips are printed. */
  void count(StageResult<?> r) {
    if (r instanceof StageResult.Ok<?> o) {
      ok.incrementAndGet();
      o.warnings().forEach(w -> warning(o.origin(), w));
    } else if (r instanceof StageResult.Skipped<?> s) {
      skipped(s.origin(), s.reason());
    } else if (r instanceof StageResult.Failed<?> f) {
      failed(f.origin(), f.category() + ": " + f.message());
    }
  }

  synchronized String summary() {
    String kinds = skippedByKind.isEmpty() ? "" : skippedByKind.entrySet().stream()
        .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", ", " (WARC records: ", ")"));
    return ok.get() + " ok, " + skipped.get() + " skipped" + kinds + ", " + failed.get() + " failed";
  }

  int exitCode() {
    return failed.get() > 0 ? Main.SOME_FAILED : 0;
  }
}
