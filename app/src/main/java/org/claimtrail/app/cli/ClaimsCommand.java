package org.claimtrail.app.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.claimtrail.model.ArticleClaims;
import org.claimtrail.model.Claim;
import org.claimtrail.model.StageResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code claimtrail claims}: ingest → extract → nlp → claims, one claim per line. */
@Command(
    name = "claims",
    mixinStandardHelpOptions = true,
    description = {
      "Finds the attributed claims in news: who claimed what, how sure, through whom, and when.",
      "Loads Stanford CoreNLP's models on first use (about 15 s and 2-3 GB of memory)."
    })
final class ClaimsCommand implements Callable<Integer> {
  enum OutputFormat {
    json,
    table
  }

  @Mixin InputOptions in;

  @Mixin ModelOption model;

  @Mixin NlpTimeLimitOption nlpTime;

  @Mixin AnnotationCacheOption annotationCache;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--format", paramLabel = "FORMAT", description = "Output: json (one claim per line) or table. Default: ${DEFAULT-VALUE}.", defaultValue = "json")
  OutputFormat output;

  @Option(names = "--all-attributions",
      description = "Every attribution found, each with its kind (claim, belief, intention, question, request, refusal, topic), not only the claims.")
  boolean allAttributions;

  @Option(names = "--aliases", paramLabel = "FILE", description = "Extra aliases, one per line: canonical<TAB>TYPE<TAB>alias.")
  Path aliases;

  @Override
  public Integer call() {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
    AtomicLong claims = new AtomicLong();
    if (output == OutputFormat.table) {
      out.println(String.format(Locale.ROOT, "%-28s %-12s %-9s %-8s %-22s %s", "SOURCE", "CUE", "STANCE", "QUOTE", "VIA", "CONTENT"));
    }
    int code =
        ArticleRun.run(
            spec.commandLine(),
            in,
            configure(),
            pipeline -> doc -> {
              StageResult<ArticleClaims> r = pipeline.process(doc);
              if (r instanceof StageResult.Ok<ArticleClaims> ok) {
                synchronized (out) { // one article's claims stay together
                  for (Claim c : ok.value().claims()) {
                    claims.incrementAndGet();
                    out.println(output == OutputFormat.json ? ClaimJson.write(json(ok.value().article(), c)) : row(c));
                  }
                  out.flush();
                }
              }
              return r;
            },
            "claims",
            claims::get).exitCode();
    out.flush();
    return code;
  }

  private java.util.function.UnaryOperator<org.claimtrail.pipeline.PipelineConfig> configure() {
    var withModel = model.configure(spec.commandLine());
    var withTimeLimit = nlpTime.configure(spec.commandLine());
    var withCache = annotationCache.configure();
    return cfg -> {
      var c = withCache.apply(withTimeLimit.apply(withModel.apply(aliases == null ? cfg : cfg.withClaims(cfg.claims().withUserAliases(aliases)))));
      return allAttributions ? c.withClaims(c.claims().withAttributions(true)) : c;
    };
  }

  private com.fasterxml.jackson.databind.node.ObjectNode json(org.claimtrail.model.Article article, Claim c) {
    var o = ClaimJson.of(article, c);
    return allAttributions ? o.put("kind", c.kind().label()).put("cue_start", c.cueStart()) : o;
  }

  private static String row(Claim c) {
    return String.format(Locale.ROOT, "%-28s %-12s %-9s %-8s %-22s %s",
        cut(c.source().name(), 28), cut(c.cue(), 12), c.stance().label(), c.quote().label(), cut(String.join(" > ", c.via()), 22), cut(c.content(), 90));
  }

  private static String cut(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n - 1) + "…";
  }
}
