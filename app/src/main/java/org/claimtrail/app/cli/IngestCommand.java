package org.claimtrail.app.cli;

import java.util.Locale;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.claimtrail.model.ArticleClaims;
import org.claimtrail.model.StageResult;
import org.claimtrail.store.SaveOutcome;
import org.claimtrail.store.Store;
import org.claimtrail.store.search.Indexer;
import org.claimtrail.store.search.SearchIndex;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code claimtrail ingest}: ingest → extract → nlp → claims → store, one transaction per article. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the pipeline over the inputs and stores articles, entities and claims.",
      "Re-ingesting an article is a no-op (unchanged); a changed text under a known URL becomes a new revision."
    })
final class IngestCommand implements Callable<Integer> {
  @Mixin InputOptions in;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin StoreOptions where;

  @Mixin ModelOption model;

  @Mixin NlpTimeLimitOption nlpTime;

  @Mixin AnnotationCacheOption annotationCache;

  @Override
  public Integer call() {
    try (Store store = Store.open(where.url());
        SearchIndex search = SearchIndex.open(where.indexDir())) {
      if (Indexer.catchUp(store, search)) {
        System.err.println("ingest: the search index was behind the store (an interrupted run?); rebuilt it from the store");
      }
      return into(store, search, ArticleRun.Watcher.NONE);
    }
  }

  /** Ingests the inputs into an open store and its index; {@code watcher} sees the counts as documents finish (the demo's page shows them). */
  int into(Store store, SearchIndex search, ArticleRun.Watcher watcher) {
    // Options first: a bad one stops the command before the store records a run.
    java.util.function.UnaryOperator<org.claimtrail.pipeline.PipelineConfig> configure =
        model.configure(spec.commandLine()).andThen(nlpTime.configure(spec.commandLine())).andThen(annotationCache.configure())::apply;
    String url = store.url();
    Map<SaveOutcome, Integer> outcomes = java.util.Collections.synchronizedMap(new EnumMap<>(SaveOutcome.class));
    AtomicLong claims = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    AtomicLong documents = new AtomicLong();
    long run = store.startRun(String.join(" ", in.inputs));
    int code =
        ArticleRun.run(
            spec.commandLine(),
            in,
            configure,
            (doc, article, pipeline, report) -> {
              documents.incrementAndGet();
              if (store.holds(article)) {
                // Saving would change nothing: skip the NLP, the run's expensive part.
                outcomes.merge(SaveOutcome.UNCHANGED, 1, Integer::sum);
                return;
              }
              StageResult<ArticleClaims> r = pipeline.claims(article);
              if (r instanceof StageResult.Ok<ArticleClaims> ok) {
                try {
                  Store.Saved saved = store.store(ok.value(), Optional.of(run));
                  SaveOutcome o = saved.outcome();
                  outcomes.merge(o, 1, Integer::sum);
                  Indexer.index(search, ok.value(), saved);
                  if (o != SaveOutcome.UNCHANGED) {
                    claims.addAndGet(ok.value().claims().size());
                  }
                } catch (RuntimeException e) {
                  failed.incrementAndGet();
                  report.failed(doc.origin(), "not stored: " + e.getMessage());
                }
              } else {
                failed.incrementAndGet();
                report.count(r);
              }
            },
            "claims stored",
            claims::get,
            Runtime.getRuntime().availableProcessors(),
            watcher);
    search.commit();
    store.finishRun(run, (int) documents.get(), outcomes, (int) failed.get());
    System.err.printf(Locale.ROOT, "ingest: %d new, %d revisions, %d unchanged, %d failed; %d claims stored in %s%n",
        outcomes.getOrDefault(SaveOutcome.NEW, 0), outcomes.getOrDefault(SaveOutcome.REVISION, 0),
        outcomes.getOrDefault(SaveOutcome.UNCHANGED, 0), failed.get(), claims.get(), url);
    return code;
  }
}
