package org.claimtrail.app.cli;

import java.io.PrintStream;
import java.util.function.UnaryOperator;
import org.claimtrail.ingest.Formats;
import org.claimtrail.ingest.IngestListener;
import org.claimtrail.ingest.IngestOptions;
import org.claimtrail.ingest.Inputs;
import org.claimtrail.model.Article;
import org.claimtrail.model.RawDocument;
import org.claimtrail.model.StageResult;
import org.claimtrail.pipeline.Claimtrail;
import org.claimtrail.pipeline.Pipeline;
import org.claimtrail.pipeline.PipelineConfig;
import picocli.CommandLine;

/**
 * The loop every document command runs: build the pipeline, learn the corpus's repeated lines,
 * read and clean each document, hand each article on, count every outcome and show progress.
 */
final class ArticleRun {
  /** What a command does with each article; it may count further outcomes on the report. */
  interface Handler {
    void article(RawDocument doc, Article article, Pipeline pipeline, RunReport report);
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

  static int run(CommandLine cmd, InputOptions in, UnaryOperator<PipelineConfig> configure, Handler handler, String extraLabel, java.util.function.LongSupplier extra) {
    return run(cmd, in, configure, handler, extraLabel, extra, 1);
  }

  /**
   * As above, with {@code defaultThreads} documents in flight when the user did not say: reading
   * stays on this thread, each document is cleaned and handled on a pool thread, and at most twice
   * the pool's size is read ahead, so memory stays bounded.
   */
  static int run(CommandLine cmd, InputOptions in, UnaryOperator<PipelineConfig> configure, Handler handler, String extraLabel,
      java.util.function.LongSupplier extra, int defaultThreads) {
    return run(cmd, in, configure, handler, extraLabel, extra, defaultThreads, Watcher.NONE);
  }

  /** As above, telling {@code watcher} the counts as documents finish. */
  static int run(CommandLine cmd, InputOptions in, UnaryOperator<PipelineConfig> configure, Handler handler, String extraLabel,
      java.util.function.LongSupplier extra, int defaultThreads, Watcher watcher) {
    int threads = in.threads != null ? in.threads : defaultThreads;
    if (threads < 1) {
      throw new CommandLine.ParameterException(cmd, "--threads must be at least 1");
    }
    if (in.inputFormat != null && Formats.byName(in.inputFormat).isEmpty()) {
      throw new CommandLine.ParameterException(cmd, "Unknown input format '" + in.inputFormat + "'; known: " + Formats.names());
    }
    PrintStream err = System.err;
    RunReport report = new RunReport(err, in.verbose);
    IngestOptions ingest;
    try {
      ingest = in.ingestOptions();
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cmd, e.getMessage());
    }
    Pipeline pipeline = Claimtrail.pipeline(cfg -> configure.apply(cfg.withIngest(ingest)));
    long total = -1;
    if (!in.noLearn && !in.inputs.contains(Inputs.STDIN)) {
      Pipeline.Learned learned = pipeline.learnBoilerplate(in.inputs, IngestListener.IGNORE);
      pipeline = learned.pipeline();
      total = learned.documents();
    }
    Progress progress = new Progress(err, Progress.terminal(), total);
    watcher.started(total);
    java.util.concurrent.atomic.AtomicLong done = new java.util.concurrent.atomic.AtomicLong();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> new Thread(r, "claimtrail-worker"));
    java.util.concurrent.Semaphore inFlight = new java.util.concurrent.Semaphore(threads * 2);
    final Pipeline p = pipeline;
    try (Inputs docs = pipeline.open(in.inputs, report)) {
      for (RawDocument doc : docs) {
        inFlight.acquireUninterruptibly();
        pool.execute(() -> {
          try {
            StageResult<Article> r = p.extract(doc);
            report.count(r);
            if (r instanceof StageResult.Ok<Article> ok) {
              handler.article(doc, ok.value(), p, report);
            }
          } catch (RuntimeException e) {
            report.failed(doc.origin(), "INTERNAL: " + e);
          } finally {
            long d = done.incrementAndGet();
            synchronized (progress) {
              progress.update(d, summary(report, extraLabel, extra));
            }
            watcher.progress(d, report.failed.get(), extra.getAsLong());
            inFlight.release();
          }
        });
      }
    } finally {
      pool.shutdown();
      try {
        pool.awaitTermination(365, java.util.concurrent.TimeUnit.DAYS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    long n = done.get();
    progress.finish(n, summary(report, extraLabel, extra));
    if (in.verbose || report.failed.get() > 0) {
      err.println(cmd.getCommandName() + ": " + summary(report, extraLabel, extra));
    }
    return report.exitCode();
  }

  private static String summary(RunReport report, String label, java.util.function.LongSupplier extra) {
    return label == null ? report.summary() : report.summary() + ", " + extra.getAsLong() + " " + label;
  }
}
