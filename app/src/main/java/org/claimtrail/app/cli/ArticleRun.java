package org.claimtrail.app.cli;

import java.io.PrintStream;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;
import org.claimtrail.ingest.Formats;
import org.claimtrail.ingest.IngestListener;
import org.claimtrail.ingest.IngestOptions;
import org.claimtrail.ingest.Inputs;
import org.claimtrail.model.RawDocument;
import org.claimtrail.model.StageResult;
import org.claimtrail.pipeline.Claimtrail;
import org.claimtrail.pipeline.Pipeline;
import org.claimtrail.pipeline.PipelineConfig;
import org.claimtrail.pipeline.Tally;
import picocli.CommandLine;

/**
 * The loop every document command runs: build the pipeline, learn the corpus's repeated lines,
 * read each document and hand it to the command, count the outcome it ends in (once, when it ends:
 * a progress line's count is always the sum of its outcomes) and show progress.
 */
final class ArticleRun {
  /** What a command does with each document; it returns the document's final result. */
  interface Handler {
    StageResult<?> document(RawDocument doc);
  }

  /** How a run ended: its exit code, and how its documents ended. */
  record Finished(int exitCode, Tally.Counts counts) {}

  /** What the progress line says: the counts (WARC records skipped by kind with them), then {@code extra} and its label, if any. */
  private record Extra(RunReport report, String label, LongSupplier count) {
    String after(Tally.Counts c) {
      String counts = report.summary(c);
      return label == null ? counts : counts + ", " + count.getAsLong() + " " + label;
    }
  }

  /** Sees the counts as the run goes (the demo shows them on its page); called from the run's threads. */
  interface Watcher {
    Watcher NONE = new Watcher() {
      @Override
      public void started(long total) {}

      @Override
      public void progress(long done, long failed, long extra) {}
    };

    /** The pipeline is built and the inputs hold {@code total} documents (negative when not counted). */
    void started(long total);

    /** {@code done} documents are finished, {@code failed} failures counted, and {@code extra} as the command counts it. */
    void progress(long done, long failed, long extra);
  }

  private ArticleRun() {}

  /** One document at a time; {@code start} makes the command's handler once the pipeline is ready. */
  static Finished run(CommandLine cmd, InputOptions in, UnaryOperator<PipelineConfig> configure, Function<Pipeline, Handler> start, String extraLabel,
      LongSupplier extra) {
    return run(cmd, in, configure, start, extraLabel, extra, 1);
  }

  /**
   * As above, with {@code defaultThreads} documents in flight when the user did not say: reading
   * stays on this thread, each document is handled on a pool thread, and at most twice the pool's
   * size is read ahead, so memory stays bounded.
   */
  static Finished run(CommandLine cmd, InputOptions in, UnaryOperator<PipelineConfig> configure, Function<Pipeline, Handler> start, String extraLabel,
      LongSupplier extra, int defaultThreads) {
    return run(cmd, in, configure, start, extraLabel, extra, defaultThreads, Watcher.NONE);
  }

  /** As above, telling {@code watcher} the counts as documents finish. */
  static Finished run(CommandLine cmd, InputOptions in, UnaryOperator<PipelineConfig> configure, Function<Pipeline, Handler> start, String extraLabel,
      LongSupplier extra, int defaultThreads, Watcher watcher) {
    int threads = in.threads != null ? in.threads : defaultThreads;
    if (threads < 1) {
      throw new CommandLine.ParameterException(cmd, "--threads must be at least 1");
    }
    if (in.inputFormat != null && Formats.byName(in.inputFormat).isEmpty()) {
      throw new CommandLine.ParameterException(cmd, "Unknown input format '" + in.inputFormat + "'; known: " + Formats.names());
    }
    IngestOptions ingest;
    try {
      ingest = in.ingestOptions();
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cmd, e.getMessage());
    }
    PrintStream err = System.err;
    RunReport report = new RunReport(err, in.verbose);
    Pipeline pipeline = Claimtrail.pipeline(cfg -> configure.apply(cfg.withIngest(ingest)));
    long total = -1;
    if (!in.noLearn && !in.inputs.contains(Inputs.STDIN)) {
      Pipeline.Learned learned = pipeline.learnBoilerplate(in.inputs, IngestListener.IGNORE);
      pipeline = learned.pipeline();
      total = learned.documents();
    }
    Progress progress = new Progress(err, Progress.terminal(), total);
    watcher.started(total);
    Extra after = new Extra(report, extraLabel, extra);
    feed(pipeline, in, start.apply(pipeline), threads, report, progress, after, watcher);
    Tally.Counts c = report.counts();
    progress.finish(c.documents(), after.after(c));
    if (in.verbose || c.failed() > 0) {
      err.println(cmd.getCommandName() + ": " + c.documents() + " documents: " + after.after(c));
    }
    return new Finished(report.exitCode(), c);
  }

  /** Reads the inputs and hands each document to a pool thread; returns when every document has ended. */
  private static void feed(Pipeline pipeline, InputOptions in, Handler handler, int threads, RunReport report, Progress progress, Extra after,
      Watcher watcher) {
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> new Thread(r, "claimtrail-worker"));
    Semaphore inFlight = new Semaphore(threads * 2);
    try (Inputs docs = pipeline.open(in.inputs, report)) {
      for (RawDocument doc : docs) {
        inFlight.acquireUninterruptibly();
        pool.execute(() -> {
          try {
            report.count(handler.document(doc));
          } catch (RuntimeException e) {
            report.failed(doc.origin(), "INTERNAL: " + e);
          } finally {
            Tally.Counts c;
            synchronized (progress) {
              c = report.counts();
              progress.update(c.documents(), after.after(c));
            }
            watcher.progress(c.documents(), c.failed(), after.count().getAsLong());
            inFlight.release();
          }
        });
      }
    } finally {
      pool.shutdown();
      try {
        pool.awaitTermination(365, TimeUnit.DAYS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
