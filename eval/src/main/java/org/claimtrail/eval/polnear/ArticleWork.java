package org.claimtrail.eval.polnear;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/** Work on every article of a split, a few at a time, results in article order. */
public final class ArticleWork {
  private ArticleWork() {}

  /** Work on one article that may read files (the article, a cache). */
  public interface PerArticle<T> {
    T apply(String doc) throws IOException;
  }

  /** {@code work} on each article, {@code threads} at a time; {@code done} hears the count of articles done so far. */
  public static <T> List<T> map(List<String> docs, int threads, PerArticle<T> work, IntConsumer done) throws IOException, InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> new Thread(r, "polnear"));
    AtomicInteger finished = new AtomicInteger();
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (String doc : docs) {
        futures.add(pool.submit(() -> {
          T result = work.apply(doc);
          synchronized (done) {
            done.accept(finished.incrementAndGet());
          }
          return result;
        }));
      }
      List<T> out = new ArrayList<>();
      for (Future<T> f : futures) {
        try {
          out.add(f.get());
        } catch (ExecutionException e) {
          if (e.getCause() instanceof IOException io) {
            throw io;
          }
          throw new IllegalStateException(e.getCause());
        }
      }
      return out;
    } finally {
      pool.shutdown();
    }
  }
}
