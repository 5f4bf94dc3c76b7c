package org.claimtrail.app.jobs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.claimtrail.ingest.IngestListener;
import org.claimtrail.ingest.Inputs;
import org.claimtrail.model.Article;
import org.claimtrail.model.ArticleClaims;
import org.claimtrail.model.RawDocument;
import org.claimtrail.model.StageResult;
import org.claimtrail.pipeline.Pipeline;
import org.claimtrail.server.upload.IngestQueue;
import org.claimtrail.store.SaveOutcome;
import org.claimtrail.store.Store;
import org.claimtrail.store.Uploads;
import org.claimtrail.store.search.Indexer;
import org.claimtrail.store.search.SearchIndex;

/**
 * Ingests uploaded files in the background, one job at a time, with the same pipeline as
 * {@code claimtrail ingest}; then links the store again. Each file's outcome (documents, articles,
 * claims, and every error naming its record) is written to the upload ledger, which the job page
 * polls. Jobs left unfinished by a crash are picked up by {@link #resumeUnfinished()}.
 */
public final class UploadWorker implements IngestQueue, AutoCloseable {
  /** At most this many error lines are kept per file; the count of the rest is noted. */
  private static final int MAX_ERRORS = 50;

  private final Store store;
  private final SearchIndex index;
  private final Uploads uploads;
  private final AnalystAliases aliases;
  private final java.util.concurrent.ThreadPoolExecutor worker = new java.util.concurrent.ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
      new java.util.concurrent.LinkedBlockingQueue<>(), r -> {
        Thread t = new Thread(r, "claimtrail-upload-ingest");
        t.setDaemon(true);
        return t;
      });

  /**
   * @param workDir where the worker keeps the analysts' alias file it hands the pipeline (the
   *     upload folder: beside the data, not in /tmp, where a killed server would leave it)
   */
  public UploadWorker(Store store, SearchIndex index, Pipeline pipeline, Path workDir) {
    this.store = store;
    this.index = index;
    this.uploads = new Uploads(store);
    this.aliases = new AnalystAliases(store, pipeline, workDir.resolve("analyst-aliases.tsv"));
  }

  @Override
  public void submit(String job) {
    worker.execute(() -> run(job));
  }

  /** Queues the jobs a previous process left unfinished; returns how many. */
  public int resumeUnfinished() {
    Set<String> jobs = new LinkedHashSet<>();
    uploads.unfinished().forEach(u -> jobs.add(u.job()));
    jobs.forEach(this::submit);
    return jobs.size();
  }

  private void run(String job) {
    Pipeline pipeline = aliases.pipeline();
    for (Uploads.Upload u : uploads.job(job)) {
      if (u.state().equals(Uploads.DONE) || u.state().equals(Uploads.FAILED)) {
        continue;
      }
      uploads.state(u.id(), Uploads.RUNNING);
      ingestOne(pipeline, u);
    }
    index.commit();
    // Linking reads the whole store (41 s at 50,000 claims): run it once the queue is empty, not
    // after every job of a burst (measured: 48 uploads in 30 s would have queued 48 linking runs).
    if (worker.getQueue().isEmpty()) {
      StoreLinker.link(store, aliases.pipeline().linker());
    }
  }

  private void ingestOne(Pipeline pipeline, Uploads.Upload u) {
    List<String> errors = new ArrayList<>();
    int[] counts = new int[3]; // documents, articles, claims
    String stored = u.storedAs();
    IngestListener listener = new IngestListener() {
      @Override
      public void skipped(String origin, String reason) {}

      @Override
      public void failed(String origin, String reason) {
        error(errors, origin.replace(stored, u.name()) + ": " + reason);
      }
    };
    try (Inputs docs = pipeline.open(List.of(stored), listener)) {
      for (RawDocument doc : docs) {
        counts[0]++;
        String where = doc.origin().replace(stored, u.name());
        StageResult<Article> a = pipeline.extract(doc);
        if (!(a instanceof StageResult.Ok<Article> article)) {
          error(errors, where + ": " + describe(a));
          continue;
        }
        if (store.holds(article.value())) {
          counts[1]++; // stored before: saving it again would change nothing
          continue;
        }
        StageResult<ArticleClaims> c = pipeline.claims(article.value());
        if (!(c instanceof StageResult.Ok<ArticleClaims> ok)) {
          error(errors, where + ": " + describe(c));
          continue;
        }
        Store.Saved saved = store.store(ok.value(), Optional.empty());
        Indexer.index(index, ok.value(), saved);
        counts[1]++;
        if (saved.outcome() != SaveOutcome.UNCHANGED) {
          counts[2] += ok.value().claims().size();
        }
      }
      String state = counts[1] == 0 && !errors.isEmpty() ? Uploads.FAILED : Uploads.DONE;
      uploads.finished(u.id(), state, counts[0], counts[1], counts[2], String.join("\n", errors));
    } catch (RuntimeException e) {
      error(errors, u.name() + ": " + e.getMessage());
      uploads.finished(u.id(), Uploads.FAILED, counts[0], counts[1], counts[2], String.join("\n", errors));
    }
  }

  private static String describe(StageResult<?> r) {
    return r instanceof StageResult.Failed<?> f ? f.category().name().toLowerCase(java.util.Locale.ROOT) + ": " + f.message() : r.toString();
  }

  private static void error(List<String> errors, String line) {
    if (errors.size() < MAX_ERRORS) {
      errors.add(line);
    } else if (errors.size() == MAX_ERRORS) {
      errors.add("… more errors not shown");
    }
  }

  /** Lets the running job finish (up to a minute), then stops. */
  @Override
  public void close() {
    worker.shutdown();
    try {
      worker.awaitTermination(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
