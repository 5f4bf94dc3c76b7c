package org.claimtrail.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.UnaryOperator;
import org.claimtrail.eval.polnear.PolnearCorpus;
import org.claimtrail.pipeline.Pipeline;
import org.claimtrail.pipeline.PipelineConfig;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options {@code eval polnear} and {@code train polnear} share: which split, which articles, the annotation cache, threads. */
final class PolnearSplit {
  @Parameters(index = "0", paramLabel = "DIR", description = "A PolNeAR split folder with text/ and gold.jsonl.")
  Path dir;

  @Option(names = "--limit", paramLabel = "N", description = "Use only the first N articles.")
  int limit = Integer.MAX_VALUE;

  @Option(names = "--cache", paramLabel = "DIR", description = "Keep each article's CoreNLP annotations here (the annotation cache of "
      + "--annotation-cache: gzip JSON keyed by annotator and text) and reuse them on later runs: scoring or training then takes seconds "
      + "instead of minutes. Annotations an earlier version kept in the folder are read when this run's annotator made them.")
  Path cache;

  @Option(names = "--threads", paramLabel = "N", description = "Annotation threads (default: cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  /** The pipeline's configuration for these options: the annotation cache. */
  UnaryOperator<PipelineConfig> configure() {
    return cache == null ? UnaryOperator.identity() : cfg -> cfg.withClaims(cfg.claims().withAnnotationCache(cache));
  }

  /** The split, reading what an earlier version kept in the cache folder when {@code pipeline}'s annotator made it. */
  PolnearCorpus corpus(Pipeline pipeline) throws IOException {
    PolnearCorpus corpus = new PolnearCorpus(dir, System.err::println);
    return cache == null ? corpus : corpus.withEarlierCache(cache, pipeline.annotator().version());
  }

  /** The corpus's articles from {@code skip} on, at most {@code --limit} of them. */
  List<String> docs(PolnearCorpus corpus, int skip) {
    List<String> docs = corpus.docs();
    return docs.subList(Math.min(skip, docs.size()), (int) Math.min((long) skip + limit, docs.size()));
  }

  /** A progress line over {@code n} articles (drawn when stderr is a terminal), as a count of articles done. */
  static IntConsumer progress(int n) {
    Progress p = new Progress(System.err, Progress.terminal(), n);
    return done -> {
      if (done == n) {
        p.finish(done, "");
      } else {
        p.update(done, "");
      }
    };
  }
}
