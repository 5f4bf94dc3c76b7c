package org.claimtrail.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.claimtrail.eval.polnear.HeldOut;
import org.claimtrail.eval.polnear.PolnearCorpus;
import org.claimtrail.eval.polnear.PolnearScorer;
import org.claimtrail.pipeline.Claimtrail;
import org.claimtrail.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code claimtrail eval polnear DIR}: source, cue and content span P/R/F1 (exact and overlap) against PolNeAR's primary annotations ({@link PolnearScorer}). */
@Command(name = "polnear", mixinStandardHelpOptions = true, description = "PolNeAR span P/R/F1 (exact and overlap) for source, cue, content.")
final class EvalPolnearCommand implements Callable<Integer> {
  @picocli.CommandLine.Mixin PolnearSplit split;

  @picocli.CommandLine.Mixin ModelOption model;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--skip", paramLabel = "N", description = "Skip the first N articles (to score a held-out part of a split).")
  int skip;

  @Option(names = "--held-out", paramLabel = "N", description = "Score only the N articles that train polnear --held-out N kept out of training.")
  int heldOut;

  @Option(names = "--predictions", paramLabel = "FILE", description = "Also write the predicted spans as JSON lines, for error analysis.")
  Path predictions;

  @Override
  public Integer call() throws IOException, InterruptedException {
    // PolNeAR annotates every attribution (beliefs, wishes, questions, refusals), not only claims:
    // its own definition is what is scored.
    var configure = model.configure(spec.commandLine()).andThen(split.configure());
    Pipeline pipeline = Claimtrail.pipeline(cfg -> {
      var c = configure.apply(cfg);
      return c.withClaims(c.claims().withAttributions(true));
    });
    PolnearCorpus corpus = split.corpus(pipeline);
    List<String> all = split.docs(corpus, skip);
    List<String> docs = heldOut <= 0 ? all : HeldOut.of(all, heldOut);
    if (split.cache == null) {
      pipeline.annotator().warmUp(); // load the models before timing
    }
    long t0 = System.nanoTime();
    PolnearScorer.Result r = PolnearScorer.score(pipeline, corpus, docs, split.threads, PolnearSplit.progress(docs.size()));
    if (predictions != null) {
      try (Writer out = Files.newBufferedWriter(predictions, StandardCharsets.UTF_8)) {
        r.writePredictions(out);
      }
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    PrintStream out = System.out;
    out.printf(Locale.ROOT, "PolNeAR %s: %d articles (primary annotations), %.1f s%s%n", split.dir.getFileName(), docs.size(), seconds,
        model.model == null ? "" : ", model " + model.model.getFileName());
    out.printf(Locale.ROOT, "%-8s  %-30s  %-30s%n", "", "exact", "overlap");
    out.printf(Locale.ROOT, "%-8s  %-30s  %-30s%n", "source", r.source().exact(), r.source().overlap());
    out.printf(Locale.ROOT, "%-8s  %-30s  %-30s%n", "cue", r.cue().exact(), r.cue().overlap());
    out.printf(Locale.ROOT, "%-8s  %-30s  %-30s%n", "content", r.content().exact(), r.content().overlap());
    return 0;
  }
}
