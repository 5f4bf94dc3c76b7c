package org.claimtrail.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import org.claimtrail.eval.judged.JudgedReport;
import org.claimtrail.eval.judged.JudgedScorer;
import org.claimtrail.eval.judged.JudgedSet;
import org.claimtrail.model.Article;
import org.claimtrail.model.ArticleClaims;
import org.claimtrail.model.Claim;
import org.claimtrail.model.StageResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code claimtrail eval judged}: runs the claims stage over a judged sample's corpora, one
 * {@code claims} run per corpus as the sample's was, and prints what became of the judgments
 * ({@link JudgedReport}). The matching and the figures are {@code eval}'s ({@link JudgedScorer}).
 */
@Command(name = "judged", mixinStandardHelpOptions = true,
    description = "Precision against a judged random sample of claims: non-claims still produced, right claims still found, per pattern.")
final class EvalJudgedCommand implements Callable<Integer> {
  @Option(names = "--set", paramLabel = "FILE", description = "A judged set file (default: the bundled set " + JudgedSet.BUNDLED + ").")
  Path setFile;

  @Option(names = "--corpora", paramLabel = "DIR", defaultValue = "../shared/corpora",
      description = "The folder the set's inputs are under (default ${DEFAULT-VALUE}).")
  Path corpora;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "2", description = "Documents processed at once (default ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--claims-out", paramLabel = "DIR",
      description = "Also write each corpus's claims to DIR/CORPUS.jsonl (the claims command's lines plus cue_start), e.g. to draw a fresh sample.")
  Path claimsOut;

  @Option(names = {"-v", "--verbose"}, description = "List every judged negative with what became of it.")
  boolean verbose;

  @CommandLine.Mixin ModelOption model;

  @CommandLine.Mixin AnnotationCacheOption annotationCache;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    JudgedSet set = setFile == null ? JudgedSet.bundled(JudgedSet.BUNDLED) : JudgedSet.read(setFile);
    Map<String, List<Claim>> claims = new ConcurrentHashMap<>();
    Map<String, String> hashes = new ConcurrentHashMap<>();
    int code = 0;
    if (claimsOut != null) {
      Files.createDirectories(claimsOut);
    }
    for (JudgedSet.Corpus corpus : set.corpora()) {
      code = Math.max(code, run(corpus, claims, hashes));
    }
    JudgedReport report = JudgedScorer.score(set, new JudgedScorer.Run(claims, hashes));
    report.print(System.out);
    if (verbose) {
      JudgedListing.print(report, System.out);
    }
    return code;
  }

  /** One corpus as one claims run; its claims from the documents the sample was drawn from. */
  private int run(JudgedSet.Corpus corpus, Map<String, List<Claim>> claims, Map<String, String> hashes) throws IOException {
    InputOptions in = new InputOptions();
    in.inputs = new ArrayList<>();
    for (String input : corpus.inputs()) {
      Path p = corpora.resolve(input);
      if (!Files.exists(p)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "judged set " + corpus.name() + ": no " + p + " (see --corpora)");
      }
      in.inputs.add(p.toString());
    }
    in.threads = threads;
    in.maxDocumentMb = 64;
    in.maxDecompressedMb = 4096;
    List<Claim> found = java.util.Collections.synchronizedList(new ArrayList<>());
    try (PrintWriter out = claimsOut == null ? null
        : new PrintWriter(Files.newBufferedWriter(claimsOut.resolve(corpus.name() + ".jsonl"), StandardCharsets.UTF_8))) {
      var withModel = model.configure(spec.commandLine());
      var withCache = annotationCache.configure();
      int code = ArticleRun.run(spec.commandLine(), in, cfg -> withCache.apply(withModel.apply(cfg)), pipeline -> doc -> {
        StageResult<Article> extracted = pipeline.extract(doc);
        if (!(extracted instanceof StageResult.Ok<Article> a)) {
          return extracted;
        }
        Article article = a.value();
        if (!corpus.holds(article.origin())) {
          return new StageResult.Skipped<>(doc.origin(), "not in the judged set", false);
        }
        StageResult<ArticleClaims> r = pipeline.claims(article);
        if (!(r instanceof StageResult.Ok<ArticleClaims> ok)) {
          return r;
        }
        hashes.put(article.id(), article.contentHash());
        found.addAll(ok.value().claims());
        if (out != null) {
          synchronized (out) {
            for (Claim c : ok.value().claims()) {
              out.println(ClaimJson.write(ClaimJson.of(article, c).put("cue_start", c.cueStart())));
            }
          }
        }
        return r;
      }, corpus.name() + " claims", () -> found.size(), threads).exitCode();
      claims.put(corpus.name(), List.copyOf(found));
      return code;
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
