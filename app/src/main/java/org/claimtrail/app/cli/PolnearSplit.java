package org.claimtrail.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options {@code eval polnear} and {@code train polnear} share: which split, which articles, the annotation cache, threads. */
final class PolnearSplit {
  @Parameters(index = "0", paramLabel = "DIR", description = "A PolNeAR split folder with text/ and gold.jsonl.")
  Path dir;

  @Option(names = "--limit", paramLabel = "N", description = "Use only the first N articles.")
  int limit = Integer.MAX_VALUE;

  @Option(names = "--cache", paramLabel = "DIR", description = "Keep each article's CoreNLP annotations here (gzip JSON) and reuse them on later runs: "
      + "scoring or training then takes seconds instead of minutes. Delete the folder when the annotators change.")
  Path cache;

  @Option(names = "--threads", paramLabel = "N", description = "Annotation threads (default: cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  PolnearCorpus corpus() throws IOException {
    return new PolnearCorpus(dir, Optional.ofNullable(cache));
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
