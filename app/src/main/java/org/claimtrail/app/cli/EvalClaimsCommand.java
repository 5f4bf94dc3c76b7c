package org.claimtrail.app.cli;

import java.util.Locale;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.claimtrail.eval.ClaimScorer;
import org.claimtrail.eval.GoldFile;
import org.claimtrail.ingest.IngestOptions;
import org.claimtrail.ingest.Inputs;
import org.claimtrail.model.Article;
import org.claimtrail.model.ArticleClaims;
import org.claimtrail.model.RawDocument;
import org.claimtrail.model.StageResult;
import org.claimtrail.pipeline.Claimtrail;
import org.claimtrail.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code claimtrail eval claims --gold FILE PATH...}: claim precision, recall and F1 against a gold
 * file. Two gold shapes are read: the seed's ({@code document} plus {@code claims} with content
 * strings) and ours for corpus articles ({@code articles}, each with {@code id} and claims whose
 * content is given by {@code content_start}/{@code content_end} offsets into the record's raw
 * text, so that no article text is copied into the gold file).
 */
@Command(name = "claims", mixinStandardHelpOptions = true, description = "Claim P/R/F1: (a) found, (b) + source, (c) + stance, (d) + via.")
final class EvalClaimsCommand implements Callable<Integer> {
  @Option(names = "--gold", required = true, paramLabel = "FILE", description = "Gold file (seed format, or {\"articles\": [...]}).")
  Path gold;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "The annotated documents, or the corpora folder that holds them.")
  List<String> inputs;

  @Option(names = {"-v", "--verbose"}, description = "List missed claims, wrong sources and wrong stances.")
  boolean verbose;

  @picocli.CommandLine.Mixin ModelOption model;

  @picocli.CommandLine.Mixin AnnotationCacheOption annotationCache;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    GoldFile goldFile = GoldFile.read(gold);
    Pipeline pipeline = Claimtrail.pipeline(cfg -> annotationCache.configure().apply(model.configure(spec.commandLine()).apply(cfg)));
    PrintStream out = System.out;
    ClaimScorer.Result total = ClaimScorer.Result.empty();
    int seen = 0;
    RunReport report = new RunReport(System.err, false);
    try (Inputs in = Inputs.open(inputs, IngestOptions.DEFAULTS, report)) {
      for (RawDocument doc : in) {
        Optional<String> key = goldFile.keyOf(doc.origin());
        if (key.isEmpty()) {
          continue;
        }
        seen++;
        StageResult<Article> a = pipeline.extract(doc);
        if (!(a instanceof StageResult.Ok<Article> ok)) {
          System.err.println("error: " + doc.origin() + ": not extracted: " + a);
          continue;
        }
        StageResult<ArticleClaims> c = pipeline.claims(ok.value());
        if (!(c instanceof StageResult.Ok<ArticleClaims> claims)) {
          System.err.println("error: " + doc.origin() + ": " + c);
          continue;
        }
        ClaimScorer.Result r = ClaimScorer.score(goldFile.claims(key.get(), doc.decodedText()), claims.value().claims());
        out.printf(Locale.ROOT, "%-60s found %s%n", shorten(doc.origin()), r.found());
        if (verbose) {
          r.missed().forEach(m -> out.println("    missed: " + m));
          r.wrongSource().forEach(m -> out.println("    wrong source: " + m));
          r.wrongStance().forEach(m -> out.println("    wrong stance: " + m));
        }
        total = total.plus(r);
      }
    }
    out.println();
    out.printf(Locale.ROOT, "articles scored: %d of %d in the gold file%n", seen, goldFile.size());
    out.println("(a) claim found      " + total.found());
    out.println("(b) + right source   " + total.source());
    out.println("(c) + right stance   " + total.stance());
    out.println("(d) + right via      " + total.via());
    out.println("found with a wrong source: " + total.wrongSource().size());
    return seen == goldFile.size() ? 0 : Main.SOME_FAILED;
  }

  private static String shorten(String s) {
    return s.length() <= 60 ? s : "…" + s.substring(s.length() - 59);
  }
}
