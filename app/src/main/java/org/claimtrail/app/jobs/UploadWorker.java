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
import org.claimtrail.model.ArticleClaims;
import org.claimtrail.model.RawDocument;
import org.claimtrail.model.StageResult;
import org.claimtrail.pipeline.Pipeline;
import org.claimtrail.pipeline.Tally;
import org.claimtrail.server.upload.IngestQueue;
import org.claimtrail.store.Store;
import org.claimtrail.store.Uploads;
import org.claimtrail.store.search.SearchIndex;

/**
 * Ingests uploaded files in the background, one job at a time, with the same step as {@code
 * claimtrail ingest} ({@link IngestStep}); then links the store again. Each file's outcome
 * (documents, articles, claims, and every error naming its record) is written to the upload
 * ledger, which the job page polls. Jobs left unfinished by a crash are picked up by {@link
 * #resumeUnfinished()}.
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

  /**
   * Ingests one uploaded file through the same step as {@code claimtrail ingest}. Every document
   * read (a record the readers skip or cannot read included) ends in one count, so the ledger's
   * documents are its articles (stored, or found stored already) plus the skipped and failed ones.
   */
  private void ingestOne(Pipeline pipeline, Uploads.Upload u) {
    List<String> errors = new ArrayList<>();
    Tally tally = new Tally();
    IngestStep step = new IngestStep(pipeline, store, index, Optional.empty());
    String stored = u.storedAs();
    IngestListener listener = new IngestListener() {
      @Override
      public void skipped(String origin, String reason) {
        tally.add(Tally.Outcome.SKIPPED);
      }

      @Override
      public void failed(String origin, String reason) {
        tally.add(Tally.Outcome.FAILED);
        error(errors, origin.replace(stored, u.name()) + ": " + reason);
      }
    };
    String state;
    try (Inputs docs = pipeline.open(List.of(stored), listener)) {
      for (RawDocument doc : docs) {
        StageResult<ArticleClaims> r = step.ingest(doc);
        tally.add(r);
        if (r instanceof StageResult.Failed<?> || r instanceof StageResult.Skipped<?> s && !s.unchanged()) {
          error(errors, doc.origin().replace(stored, u.name()) + ": " + describe(r));
        }
      }
      Tally.Counts n = tally.counts();
      state = n.ok() + n.unchanged() == 0 && !errors.isEmpty() ? Uploads.FAILED : Uploads.DONE;
    } catch (RuntimeException e) {
      error(errors, u.name() + ": " + e.getMessage());
      state = Uploads.FAILED;
    }
    Tally.Counts n = tally.counts();
    uploads.finished(u.id(), state, new Uploads.Counts((int) n.documents(), (int) (n.ok() + n.unchanged()), (int) n.unchanged(), (int) n.skipped(),
        (int) n.failed(), (int) step.claimsStored()), String.join("\n", errors));
  }

  private static String describe(StageResult<?> r) {
    if (r instanceof StageResult.Failed<?> f) {
      return f.category().name().toLowerCase(java.util.Locale.ROOT) + ": " + f.message();
    }
    return r instanceof StageResult.Skipped<?> s ? "skipped: " + s.reason() : r.toString();
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
