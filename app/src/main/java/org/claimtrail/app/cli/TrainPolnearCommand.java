package org.claimtrail.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.claimtrail.claims.learned.ClaimModel;
import org.claimtrail.eval.SpanScorer.Span;
import org.claimtrail.model.Article;
import org.claimtrail.model.ArticleClaims;
import org.claimtrail.model.Claim;
import org.claimtrail.model.StageResult;
import org.claimtrail.nlp.AnnotatedText;
import org.claimtrail.pipeline.Claimtrail;
import org.claimtrail.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code claimtrail train polnear DIR --out FILE}: learns where indirect claims' content begins and
 * ends from PolNeAR's annotations. The rules find the claims; each claim whose cue matches an
 * annotated cue teaches the model its annotated content boundaries. The model file holds feature
 * weights (parts of speech, function words, punctuation, tree shapes), no text of the articles.
 */
@Command(name = "polnear", mixinStandardHelpOptions = true, description = "Learns a content-boundary model from a PolNeAR split (use train/).")
final class TrainPolnearCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "DIR", description = "A PolNeAR split folder with text/ and gold.jsonl.")
  Path dir;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the model.")
  Path out;

  @Option(names = "--cache", paramLabel = "DIR", description = "CoreNLP annotations cache, as for 'eval polnear'.")
  Path cache;

  @Option(names = "--limit", paramLabel = "N", description = "Learn from the first N articles only.")
  int limit = Integer.MAX_VALUE;

  @Option(names = "--held-out", paramLabel = "N", description = "Keep the last N of the articles out of training and report boundary accuracy on them.")
  int heldOut;

  @Option(names = "--keep-margin", paramLabel = "X", description = "Keep claims scoring up to X below 'no attribution' (default: ${DEFAULT-VALUE}).")
  double keepMargin = 0;

  @Option(names = "--epochs", paramLabel = "N", description = "Passes over the examples (default: ${DEFAULT-VALUE}).")
  int epochs = 10;

  @Option(names = "--threads", paramLabel = "N", description = "Annotation threads (default: cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  /**
   * A claim of the rules, the article's other claims, and the annotated content it should have had
   * (empty when no annotated attribution has its cue: a false find).
   */
  private record Example(Claim claim, AnnotatedText text, List<Claim> all, Optional<Span> gold) {}

  @Override
  public Integer call() throws IOException, InterruptedException, ExecutionException {
    PolnearCorpus corpus = new PolnearCorpus(dir, Optional.ofNullable(cache));
    List<String> docs = corpus.docs();
    docs = docs.subList(0, Math.min(limit, docs.size()));
    Pipeline pipeline = Claimtrail.pipeline();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> new Thread(r, "polnear-train"));
    AtomicInteger done = new AtomicInteger();
    Progress progress = new Progress(System.err, Progress.terminal(), docs.size());
    List<Future<List<Example>>> futures = new ArrayList<>();
    for (String doc : docs) {
      futures.add(pool.submit(() -> {
        List<Example> x = examples(pipeline, corpus, doc);
        synchronized (progress) {
          progress.update(done.incrementAndGet(), "");
        }
        return x;
      }));
    }
    ClaimModel.Trainer trainer = ClaimModel.trainer();
    ClaimModel.Trainer test = ClaimModel.trainer();
    int claims = 0;
    int framed = 0;
    try {
      for (int d = 0; d < futures.size(); d++) {
        ClaimModel.Trainer into = d >= futures.size() - heldOut ? test : trainer;
        for (Example x : futures.get(d).get()) {
          into.addKeep(x.claim(), x.text(), x.all(), x.gold().isPresent());
          if (x.gold().isEmpty()) {
            continue;
          }
          claims++;
          String text = x.text().text();
          Span g = x.gold().get();
          boolean added = into.add(x.claim(), x.text(),
              b -> b == g.begin() || PolnearConventions.content(text, b, b).begin() == g.begin(),
              e -> e == g.end() || PolnearConventions.contentEnd(text, e) == g.end());
          framed += added ? 1 : 0;
        }
      }
    } finally {
      pool.shutdown();
    }
    progress.finish(docs.size(), "");
    ClaimModel model = trainer.train(epochs).withKeepMargin(keepMargin);
    Path partial = out.resolveSibling(out.getFileName() + ".partial");
    model.write(partial);
    Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    int[] k = trainer.keepAccuracy(model);
    System.out.printf(java.util.Locale.ROOT, "training claims: kept %d of %d; attributions among them %d of %d%n", k[1], trainer.keepExamples(), k[0], k[2]);
    if (heldOut > 0) {
      int[] h = test.keepAccuracy(model);
      System.out.printf(java.util.Locale.ROOT, "held out claims: kept %d of %d (precision %.3f, rules %.3f); attributions kept %d of %d (recall %.3f)%n",
          h[1], test.keepExamples(), h[0] / (double) h[1], h[2] / (double) test.keepExamples(), h[0], h[2], h[0] / (double) h[2]);
    }
    int[] t = trainer.accuracy(model);
    System.out.printf(java.util.Locale.ROOT, "training examples: end right %.3f (rules %.3f) of %d; start right %.3f (rules %.3f) of %d%n",
        t[0] / (double) t[2], t[1] / (double) t[2], t[2], t[3] / (double) t[5], t[4] / (double) t[5], t[5]);
    if (heldOut > 0) {
      int[] a = test.accuracy(model);
      System.out.printf(java.util.Locale.ROOT, "held out (%d articles): end right %.3f (rules %.3f) of %d; start right %.3f (rules %.3f) of %d%n",
          heldOut, a[0] / (double) a[2], a[1] / (double) a[2], a[2], a[3] / (double) a[5], a[4] / (double) a[5], a[5]);
    }
    System.out.printf("%d articles, %d claims matched to an annotated cue, %d indirect; examples: %d ends, %d starts; %d epochs -> %s%n",
        docs.size(), claims, framed, trainer.endExamples(), trainer.startExamples(), epochs, out);
    return 0;
  }

  /** The rules' claims whose cue overlaps an annotated cue, each with that attribution's content. */
  private static List<Example> examples(Pipeline pipeline, PolnearCorpus corpus, String doc) throws IOException {
    Article article = corpus.article(doc);
    AnnotatedText text = corpus.annotated(pipeline, article);
    StageResult<ArticleClaims> r = pipeline.claims(article, text);
    List<Example> out = new ArrayList<>();
    if (!(r instanceof StageResult.Ok<ArticleClaims> ok)) {
      System.err.println("error: " + doc + ": " + r);
      return out;
    }
    for (Claim c : ok.value().claims()) {
      Span cue = new Span(c.cueStart(), c.cueStart() + c.cue().length());
      PolnearCorpus.Gold best = null;
      int bestOverlap = 0;
      for (PolnearCorpus.Gold g : corpus.gold(doc)) {
        if (g.cue().isEmpty() || g.content().isEmpty() || !overlaps(g.cue().get(), cue)) {
          continue;
        }
        int overlap = Math.min(c.end(), g.content().get().end()) - Math.max(c.start(), g.content().get().begin());
        if (best == null || overlap > bestOverlap) {
          bestOverlap = overlap;
          best = g;
        }
      }
      out.add(new Example(c, text, ok.value().claims(), Optional.ofNullable(best).map(g -> g.content().get())));
    }
    return out;
  }

  private static boolean overlaps(Span a, Span b) {
    return a.begin() < b.end() && b.begin() < a.end();
  }
}
