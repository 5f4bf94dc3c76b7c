package org.claimtrail.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.claimtrail.pipeline.Pipeline;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The options {@code eval polnear} and {@code train polnear} share: which split, which articles, the annotation cache, threads. */
final class PolnearSplit {
  @Parameters(index = "0", paramLabel = "DIR", description = "A PolNeAR split folder with text/ and gold.jsonl.")
  Path dir;

  @Option(names = "--limit", paramLabel = "N", description = "Use only the first N articles.")
  int limit = Integer.MAX_VALUE;

  @Option(names = "--cache", paramLabel = "DIR", description = "Keep each article's CoreNLP annotations here (gzip JSON) and reuse them on later runs: "
      + "scoring or training then takes seconds instead of minutes. The folder records what made its annotations; "
      + "a run that annotates otherwise stops rather than read them.")
  Path cache;

  @Option(names = "--threads", paramLabel = "N", description = "Annotation threads (default: cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  /** The command these options belong to, for its error messages. */
  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  /** The split, its annotation cache (if any) checked against what annotates in {@code pipeline}. */
  PolnearCorpus corpus(Pipeline pipeline) throws IOException {
    PolnearCorpus corpus = new PolnearCorpus(dir, Optional.ofNullable(cache));
    if (cache != null) {
      try {
        corpus.checkCache(pipeline.annotator().version());
      } catch (IOException e) {
        throw new CommandLine.ParameterException(command.commandLine(), "--cache " + e.getMessage());
      }
    }
    return corpus;
  }

  /**
   * Whether article {@code i} of {@code size} is one of {@code n} held out of training: every
   * (size / n)-th, spread over the split. A split's articles sort by outlet, so its last ones are
   * all from one outlet; spread, the held-out part has each outlet in its share.
   */
  static boolean heldOut(int i, int size, int n) {
    // Exactly n of the size articles: i is held out where floor(i·n/size) steps up.
    return n > 0 && (long) (i + 1) * n / size > (long) i * n / size;
  }

  /** The corpus's articles from {@code skip} on, at most {@code --limit} of them. */
  List<String> docs(PolnearCorpus corpus, int skip) {
    List<String> docs = corpus.docs();
    return docs.subList(Math.min(skip, docs.size()), (int) Math.min((long) skip + limit, docs.size()));
  }
}
