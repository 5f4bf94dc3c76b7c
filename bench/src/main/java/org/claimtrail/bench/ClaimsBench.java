package org.claimtrail.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.claimtrail.ingest.IngestListener;
import org.claimtrail.ingest.Inputs;
import org.claimtrail.model.Article;
import org.claimtrail.model.ArticleClaims;
import org.claimtrail.model.RawDocument;
import org.claimtrail.model.StageResult;
import org.claimtrail.nlp.corenlp.CoreNlpAnnotator;
import org.claimtrail.pipeline.Claimtrail;
import org.claimtrail.pipeline.Pipeline;

/**
 * Speed of the claims pipeline on a fixed set of real articles, next to raw CoreNLP with the same
 * annotators on the same clean texts in the same run: articles/s, sentences/s, our overhead, and
 * the peak heap. Single-threaded. Usage: {@code ClaimsBench N PATH...} (the first N articles of
 * the inputs, in input order). With {@code $CLAIMTRAIL_MODEL} set, the claim model runs too.
 */
public final class ClaimsBench {
  public static void main(String[] args) throws Exception {
    int n = Integer.parseInt(args[0]);
    List<String> inputs = List.of(args).subList(1, args.length);
    // With $CLAIMTRAIL_MODEL set, the claim model runs too (as the CLI would use it).
    String model = System.getenv("CLAIMTRAIL_MODEL");
    Pipeline pipeline = Claimtrail.pipeline(cfg -> model == null || model.isBlank() ? cfg : cfg.withClaims(cfg.claims().withModel(java.nio.file.Path.of(model))));
    System.out.println(model == null || model.isBlank() ? "claim model: none (the rules alone)" : "claim model: " + model);
    List<Article> articles = new ArrayList<>();
    try (Inputs in = pipeline.open(inputs, IngestListener.IGNORE)) {
      for (RawDocument d : in) {
        if (pipeline.extract(d) instanceof StageResult.Ok<Article> ok) {
          articles.add(ok.value());
          if (articles.size() == n) {
            break;
          }
        }
      }
    }
    long chars = articles.stream().mapToLong(a -> a.text().length()).sum();
    long t0 = System.nanoTime();
    CoreNlpAnnotator raw = (CoreNlpAnnotator) pipeline.annotator();
    raw.warmUp();
    double load = (System.nanoTime() - t0) / 1e9;
    // Warm-up: JIT and CoreNLP caches, on both paths.
    for (Article a : articles.subList(0, Math.min(5, articles.size()))) {
      raw.annotateRaw(a.text(), date(a));
      pipeline.claims(a);
    }
    double bestRaw = Double.MAX_VALUE;
    double bestFull = Double.MAX_VALUE;
    int sentences = 0;
    long claims = 0;
    for (int round = 0; round < 2; round++) {
      long r0 = System.nanoTime();
      sentences = 0;
      for (Article a : articles) {
        sentences += raw.annotateRaw(a.text(), date(a));
      }
      bestRaw = Math.min(bestRaw, (System.nanoTime() - r0) / 1e9);
      long f0 = System.nanoTime();
      claims = 0;
      for (Article a : articles) {
        if (pipeline.claims(a) instanceof StageResult.Ok<ArticleClaims> ok) {
          claims += ok.value().claims().size();
        }
      }
      bestFull = Math.min(bestFull, (System.nanoTime() - f0) / 1e9);
    }
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf(Locale.ROOT, "claims bench: %d articles, %d sentences, %.0f KB of clean text; %d claims; models loaded in %.1f s%n",
        articles.size(), sentences, chars / 1024.0, claims, load);
    System.out.printf(Locale.ROOT, "%-34s %10s %12s %13s%n", "", "seconds", "articles/s", "sentences/s");
    System.out.printf(Locale.ROOT, "%-34s %10.2f %12.2f %13.1f%n", "raw CoreNLP (same annotators)", bestRaw, articles.size() / bestRaw, sentences / bestRaw);
    System.out.printf(Locale.ROOT, "%-34s %10.2f %12.2f %13.1f%n", "claimtrail nlp + claims", bestFull, articles.size() / bestFull, sentences / bestFull);
    System.out.printf(Locale.ROOT, "overhead of our stages over raw CoreNLP: %.1f %%%n", 100 * (bestFull - bestRaw) / bestRaw);
    System.out.printf(Locale.ROOT, "peak heap (sum of pool peaks): %.0f MB of %.0f MB max%n", peak / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
  }

  private static Optional<LocalDate> date(Article a) {
    return a.published().map(p -> p.atOffset(ZoneOffset.UTC).toLocalDate());
  }
}
