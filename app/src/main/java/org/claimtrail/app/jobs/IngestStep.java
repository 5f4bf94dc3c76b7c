package org.claimtrail.app.jobs;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.claimtrail.model.ArticleClaims;
import org.claimtrail.model.RawDocument;
import org.claimtrail.model.StageResult;
import org.claimtrail.pipeline.Pipeline;
import org.claimtrail.store.SaveOutcome;
import org.claimtrail.store.Store;
import org.claimtrail.store.search.Indexer;
import org.claimtrail.store.search.SearchIndex;

/**
 * One raw document into the store: {@link Pipeline#process} (which skips the NLP for an article the
 * store holds with the same text), then the save (one transaction) and the search index. Used by
 * {@code claimtrail ingest} and by the server's uploads. Counts what it saved; thread-safe.
 */
public final class IngestStep {
  private final Pipeline pipeline;
  private final Store store;
  private final SearchIndex index;
  private final Optional<Long> run;
  private final Map<SaveOutcome, Long> saves = new EnumMap<>(SaveOutcome.class);
  private final AtomicLong claims = new AtomicLong();

  /**
   * @param run the ingest run the saved articles belong to ({@link Store#startRun}), if any
   */
  public IngestStep(Pipeline pipeline, Store store, SearchIndex index, Optional<Long> run) {
    this.pipeline = pipeline;
    this.store = store;
    this.index = index;
    this.run = run;
  }

  /**
   * The document's final result: Ok when its article was stored (new, or a revision), Skipped
   * {@link StageResult.Skipped#unchanged() unchanged} when the store had it already, else the
   * pipeline's skip or failure, or a failure of the store (stage {@code store}).
   */
  public StageResult<ArticleClaims> ingest(RawDocument doc) {
    StageResult<ArticleClaims> r = pipeline.process(doc, store::holds);
    if (!(r instanceof StageResult.Ok<ArticleClaims> ok)) {
      if (r instanceof StageResult.Skipped<ArticleClaims> s && s.unchanged()) {
        count(SaveOutcome.UNCHANGED);
      }
      return r;
    }
    try {
      Store.Saved saved = store.store(ok.value(), run);
      Indexer.index(index, ok.value(), saved);
      count(saved.outcome());
      if (saved.outcome() == SaveOutcome.UNCHANGED) {
        // Another worker stored the same text first.
        return new StageResult.Skipped<>(doc.origin(), Pipeline.UNCHANGED, true);
      }
      claims.addAndGet(ok.value().claims().size());
      return ok;
    } catch (RuntimeException e) {
      return new StageResult.Failed<>(doc.origin(), StageResult.Category.INTERNAL, "not stored: " + e.getMessage(), "store");
    }
  }

  /** How many saves ended each way (unchanged includes the articles held before the NLP). */
  public synchronized Map<SaveOutcome, Integer> saves() {
    Map<SaveOutcome, Integer> out = new EnumMap<>(SaveOutcome.class);
    saves.forEach((k, v) -> out.put(k, v.intValue()));
    return out;
  }

  /** Claims stored (new articles and revisions). */
  public long claimsStored() {
    return claims.get();
  }

  private synchronized void count(SaveOutcome o) {
    saves.merge(o, 1L, Long::sum);
  }
}
