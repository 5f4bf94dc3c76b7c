package org.claimtrail.app.cli;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import org.claimtrail.app.jobs.IngestStep;
import org.claimtrail.pipeline.PipelineConfig;
import org.claimtrail.store.SaveOutcome;
import org.claimtrail.store.Store;
import org.claimtrail.store.search.Indexer;
import org.claimtrail.store.search.SearchIndex;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

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

  /** The store step of this run, made once the pipeline has learnt the corpus. */
  private volatile IngestStep step;

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
    UnaryOperator<PipelineConfig> configure =
        model.configure(spec.commandLine()).andThen(nlpTime.configure(spec.commandLine())).andThen(annotationCache.configure())::apply;
    String url = store.url();
    long run = store.startRun(String.join(" ", in.inputs));
    ArticleRun.Finished done = ArticleRun.run(spec.commandLine(), in, configure, pipeline -> {
      step = new IngestStep(pipeline, store, search, Optional.of(run));
      return step::ingest;
    }, "claims stored", () -> step == null ? 0 : step.claimsStored(), Runtime.getRuntime().availableProcessors(), watcher);
    search.commit();
    Map<SaveOutcome, Integer> saves = step.saves();
    store.finishRun(run, done.counts().documents(), saves, (int) done.counts().skipped(), (int) done.counts().failed());
    System.err.printf(Locale.ROOT, "ingest: %d new, %d revisions, %d unchanged, %d skipped, %d failed; %d claims stored in %s%n",
        saves.getOrDefault(SaveOutcome.NEW, 0), saves.getOrDefault(SaveOutcome.REVISION, 0), done.counts().unchanged(), done.counts().skipped(),
        done.counts().failed(), step.claimsStored(), url);
    return done.exitCode();
  }
}
