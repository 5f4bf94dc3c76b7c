package org.claimtrail.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.claimtrail.eval.ClaimScorer;
import org.claimtrail.eval.GoldClaim;
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
  private static final ObjectMapper JSON = new ObjectMapper();

  @Option(names = "--gold", required = true, paramLabel = "FILE", description = "Gold file (seed format, or {\"articles\": [...]}).")
  Path gold;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "The annotated documents, or the corpora folder that holds them.")
  List<String> inputs;

  @Option(names = {"-v", "--verbose"}, description = "List missed claims and wrong sources.")
  boolean verbose;

  /** One gold article: how to recognise its raw document, and its claims once the text is known. */
  private record GoldArticle(String key, JsonNode node) {}

  @Override
  public Integer call() throws IOException {
    JsonNode root = JSON.readTree(Files.readString(gold));
    List<GoldArticle> articles = new ArrayList<>();
    if (root.has("articles")) {
      root.get("articles").forEach(a -> articles.add(new GoldArticle(a.get("id").asText(), a)));
    } else {
      articles.add(new GoldArticle(root.get("document").asText(), root));
    }
    Map<String, GoldArticle> byKey = new HashMap<>();
    articles.forEach(a -> byKey.put(a.key(), a));
    Pipeline pipeline = Claimtrail.pipeline();
    PrintStream out = System.out;
    ClaimScorer.Result total = ClaimScorer.Result.empty();
    int seen = 0;
    RunReport report = new RunReport(System.err, false);
    try (Inputs in = Inputs.open(inputs, IngestOptions.DEFAULTS, report)) {
      for (RawDocument doc : in) {
        GoldArticle g = match(doc, byKey);
        if (g == null) {
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
        ClaimScorer.Result r = ClaimScorer.score(goldClaims(g.node(), doc.decodedText()), claims.value().claims());
        out.printf("%-60s found %s%n", shorten(doc.origin()), r.found());
        if (verbose) {
          r.missed().forEach(m -> out.println("    missed: " + m));
          r.wrongSource().forEach(m -> out.println("    wrong source: " + m));
        }
        total = total.plus(r);
      }
    }
    out.println();
    out.printf("articles scored: %d of %d in the gold file%n", seen, articles.size());
    out.println("(a) claim found      " + total.found());
    out.println("(b) + right source   " + total.source());
    out.println("(c) + right stance   " + total.stance());
    out.println("(d) + right via      " + total.via());
    out.println("found with a wrong source: " + total.wrongSource().size());
    return seen == articles.size() ? 0 : Main.SOME_FAILED;
  }

  private static GoldArticle match(RawDocument doc, Map<String, GoldArticle> byKey) {
    String origin = doc.origin();
    int id = origin.indexOf("(id ");
    if (id >= 0) {
      GoldArticle g = byKey.get(origin.substring(id + 4, origin.length() - 1));
      if (g != null) {
        return g;
      }
    }
    return byKey.get(Path.of(origin.replaceFirst("#.*$", "")).getFileName().toString());
  }

  /** Gold claims; offsets (our own gold format) are read against the record's raw text. */
  static List<GoldClaim> goldClaims(JsonNode node, String rawText) {
    List<GoldClaim> out = new ArrayList<>();
    for (JsonNode c : node.get("claims")) {
      String content = c.has("content") ? c.get("content").asText()
          : rawText.substring(c.get("content_start").asInt(), c.get("content_end").asInt());
      List<String> via = new ArrayList<>();
      c.path("via").forEach(v -> via.add(v.asText()));
      out.add(new GoldClaim(c.get("source").asText(), c.get("stance").asText(), content, via,
          Optional.ofNullable(c.get("said_when")).map(JsonNode::asText)));
    }
    return out;
  }

  private static String shorten(String s) {
    return s.length() <= 60 ? s : "…" + s.substring(s.length() - 59);
  }
}
