package org.claimtrail.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.claimtrail.ingest.IngestListener;
import org.claimtrail.ingest.Inputs;
import org.claimtrail.model.Article;
import org.claimtrail.model.RawDocument;
import org.claimtrail.model.StageResult;
import org.claimtrail.pipeline.Claimtrail;
import org.claimtrail.pipeline.Pipeline;

/**
 * The anchor for Spark's scaling: the same pipeline (extract, nlp, claims) over the same files on
 * plain worker threads, no Spark. What Spark's local[2] loses against two plain threads is Spark's
 * own cost; what two plain threads lose against twice one is the JVM's and CoreNLP's.
 */
final class ThreadsAnchor {
  private ThreadsAnchor() {}

  static void run(Path folder, int threads) throws Exception {
    Pipeline p = Claimtrail.pipeline();
    List<RawDocument> docs = new ArrayList<>();
    try (Inputs in = Inputs.open(List.of(folder.toString()), p.config().ingest(), IngestListener.IGNORE)) {
      in.forEach(docs::add);
    }
    AtomicInteger n = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> new Thread(r, "anchor-" + n.incrementAndGet()));
    try {
      // Warm-up: every thread has its CoreNLP pipeline and the JIT has seen the stages.
      all(pool, p, docs.subList(0, Math.min(docs.size(), 2 * threads)));
      CpuClock clock = new CpuClock();
      int claims = all(pool, p, docs);
      double secs = clock.wall();
      System.out.printf(Locale.ROOT, "threads[%d] %4d articles  %6d claims  %7.1f s  %6.3f articles/s  %s%n", threads, docs.size(), claims, secs,
          docs.size() / secs, clock.usage());
    } finally {
      pool.shutdown();
    }
  }

  private static int all(ExecutorService pool, Pipeline p, List<RawDocument> docs) throws Exception {
    List<Future<Integer>> futures = new ArrayList<>();
    for (RawDocument d : docs) {
      futures.add(pool.submit(() -> p.extract(d) instanceof StageResult.Ok<Article> a && p.claims(a.value()) instanceof StageResult.Ok<?> ok
          ? ((org.claimtrail.model.ArticleClaims) ok.value()).claims().size() : 0));
    }
    int claims = 0;
    for (Future<Integer> f : futures) {
      claims += f.get();
    }
    return claims;
  }
}
