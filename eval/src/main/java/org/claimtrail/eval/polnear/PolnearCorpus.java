package org.claimtrail.eval.polnear;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.claimtrail.eval.SpanScorer.Span;
import org.claimtrail.model.Article;
import org.claimtrail.model.ArticleClaims;
import org.claimtrail.model.Claim;
import org.claimtrail.model.StageResult;
import org.claimtrail.nlp.AnnotatedText;
import org.claimtrail.pipeline.Pipeline;

/**
 * One split of PolNeAR as read from {@code ../shared/corpora/polnear}: its articles, their primary
 * annotations, and each article's claims as a pipeline finds them. Annotations come from the
 * pipeline's annotation cache when it has one ({@code --cache}), or from a folder the PolNeAR
 * commands wrote before they used it ({@link EarlierCache}): CoreNLP takes a hundred times longer
 * over an article than the claim rules do.
 */
public final class PolnearCorpus {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** An article with its annotations and the claims found in it. */
  public record Found(Article article, AnnotatedText text, List<Claim> claims) {}

  /** One annotated attribution; a discontinuous span is joined first to last. */
  public record Gold(Optional<Span> source, Optional<Span> cue, Optional<Span> content) {}

  private final Path dir;
  private final Map<String, List<Gold>> gold;
  private final Consumer<String> warnings;
  private final EarlierCache earlier;

  /**
   * Reads the split's primary annotations ({@code DIR/gold.jsonl}).
   *
   * @param warnings where to say what went wrong with one article (it is then left out), and why
   *     an earlier cache folder is not read
   */
  public PolnearCorpus(Path dir, Consumer<String> warnings) throws IOException {
    this(dir, readGold(dir), warnings, EarlierCache.NONE);
  }

  private PolnearCorpus(Path dir, Map<String, List<Gold>> gold, Consumer<String> warnings, EarlierCache earlier) {
    this.dir = dir;
    this.gold = gold;
    this.warnings = warnings;
    this.earlier = earlier;
  }

  private static Map<String, List<Gold>> readGold(Path dir) throws IOException {
    Map<String, List<Gold>> gold = new LinkedHashMap<>();
    Path file = dir.resolve("gold.jsonl");
    if (!Files.isRegularFile(file)) {
      throw new IOException(dir + ": not a PolNeAR split (no gold.jsonl)");
    }
    int lineNo = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode a;
      try {
        a = JSON.readTree(line);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IOException(file + ": line " + lineNo + ": not JSON: " + e.getOriginalMessage(), e);
      }
      if (a.path("primary").asBoolean()) {
        gold.computeIfAbsent(a.get("doc").asText(), k -> new ArrayList<>()).add(new Gold(span(a.get("source")), span(a.get("cue")), span(a.get("content"))));
      }
    }
    return gold;
  }

  /** This split, also reading the annotations a PolNeAR command kept in {@code folder} before, when {@code annotator} made them. */
  public PolnearCorpus withEarlierCache(Path folder, String annotator) throws IOException {
    return new PolnearCorpus(dir, gold, warnings, EarlierCache.in(folder, annotator, warnings));
  }

  /** The articles with primary annotations, in file order. */
  public List<String> docs() {
    return new ArrayList<>(gold.keySet());
  }

  public List<Gold> gold(String doc) {
    return gold.getOrDefault(doc, List.of());
  }

  /** The article as it is: no boilerplate cleaning, so annotation offsets line up. */
  public Article article(String doc) throws IOException {
    String text = Files.readString(dir.resolve("text").resolve(doc + ".txt"), StandardCharsets.UTF_8);
    return new Article(doc, doc, Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
        Optional.empty(), Optional.of("en"), List.of(text), List.of(), doc);
  }

  /**
   * The article annotated (from a cache when it can be) and its claims; empty, with the reason
   * told to the warnings, when CoreNLP or the claim rules fail on it: one article must not end the run.
   */
  public Optional<Found> found(Pipeline pipeline, String doc) throws IOException {
    Article article = article(doc);
    AnnotatedText text;
    try {
      Optional<AnnotatedText> kept = earlier.read(article, warnings);
      text = kept.isPresent() ? kept.get() : pipeline.annotate(article);
    } catch (RuntimeException e) {
      warnings.accept("error: " + doc + ": annotation failed: " + e);
      return Optional.empty();
    }
    StageResult<ArticleClaims> r = pipeline.claims(article, text);
    if (!(r instanceof StageResult.Ok<ArticleClaims> ok)) {
      warnings.accept("error: " + doc + ": " + r);
      return Optional.empty();
    }
    return Optional.of(new Found(article, text, ok.value().claims()));
  }

  private static Optional<Span> span(JsonNode element) {
    if (element == null || element.isNull() || !element.has("spans") || element.get("spans").isEmpty()) {
      return Optional.empty();
    }
    int begin = Integer.MAX_VALUE;
    int end = -1;
    for (JsonNode s : element.get("spans")) {
      begin = Math.min(begin, s.get(0).asInt());
      end = Math.max(end, s.get(1).asInt());
    }
    return Optional.of(new Span(begin, end));
  }
}
