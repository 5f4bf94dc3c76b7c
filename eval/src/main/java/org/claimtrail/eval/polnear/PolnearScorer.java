package org.claimtrail.eval.polnear;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.Predicate;
import org.claimtrail.eval.SpanScorer;
import org.claimtrail.eval.SpanScorer.Span;
import org.claimtrail.model.Claim;
import org.claimtrail.model.QuoteType;
import org.claimtrail.pipeline.Pipeline;

/**
 * Source, cue and content span P/R/F1 (exact and overlap) against PolNeAR's primary annotations.
 * Texts are annotated as they are (no boilerplate cleaning), so offsets line up. PolNeAR's span
 * conventions are mapped in {@link PolnearConventions}, not in the extractor; and it has one
 * attribution where we have a claim per quoted part or per conjoined source, so those are joined
 * first to last, as its discontinuous gold spans are.
 */
public final class PolnearScorer {
  private static final ObjectMapper JSON = new ObjectMapper();

  private PolnearScorer() {}

  /** One predicted attribution in PolNeAR's terms, written with the predictions for error analysis. */
  public record Attribution(Span source, Span cue, Span content, String lemma, String quote) {}

  /** An article's spans, predicted or annotated. */
  private record Spans(List<Span> source, List<Span> cue, List<Span> content, List<Attribution> attributions) {
    Spans() {
      this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    }
  }

  /** The scores over the articles, and each article's predicted attributions. */
  public record Result(SpanScorer.Result source, SpanScorer.Result cue, SpanScorer.Result content, Map<String, List<Attribution>> predicted) {
    /** The predictions as JSON lines, one per article in order: {@code {"doc", "attributions"}}. */
    public void writePredictions(Writer out) throws IOException {
      for (Map.Entry<String, List<Attribution>> e : predicted.entrySet()) {
        var o = JSON.createObjectNode().put("doc", e.getKey());
        o.set("attributions", JSON.valueToTree(e.getValue()));
        out.write(JSON.writeValueAsString(o) + "\n");
      }
    }
  }

  /** Scores the claims {@code pipeline} finds in {@code docs} of {@code corpus}, {@code threads} articles at a time. */
  public static Result score(Pipeline pipeline, PolnearCorpus corpus, List<String> docs, int threads, IntConsumer done)
      throws IOException, InterruptedException {
    List<Spans> predicted = ArticleWork.map(docs, threads, doc -> predict(pipeline, corpus, doc), done);
    SpanScorer.Result source = SpanScorer.Result.empty();
    SpanScorer.Result cue = SpanScorer.Result.empty();
    SpanScorer.Result content = SpanScorer.Result.empty();
    Map<String, List<Attribution>> attributions = new LinkedHashMap<>();
    for (int i = 0; i < docs.size(); i++) {
      Spans p = predicted.get(i);
      attributions.put(docs.get(i), p.attributions());
      Spans g = goldSpans(corpus.gold(docs.get(i)));
      source = source.plus(SpanScorer.score(g.source(), p.source()));
      cue = cue.plus(SpanScorer.score(g.cue(), p.cue()));
      content = content.plus(SpanScorer.score(g.content(), p.content()));
    }
    return new Result(source, cue, content, attributions);
  }

  private static Spans goldSpans(List<PolnearCorpus.Gold> gold) {
    Spans s = new Spans();
    for (PolnearCorpus.Gold g : gold) {
      g.source().ifPresent(s.source()::add);
      g.cue().ifPresent(s.cue()::add);
      g.content().ifPresent(s.content()::add);
    }
    return s;
  }

  private static Spans predict(Pipeline pipeline, PolnearCorpus corpus, String doc) throws IOException {
    Spans s = new Spans();
    Optional<PolnearCorpus.Found> found = corpus.found(pipeline, doc);
    if (found.isEmpty()) {
      return s;
    }
    String text = found.get().article().text();
    // PolNeAR gives one (discontinuous) content per attribution; we give one claim per quoted
    // part ("…,” he said. “…”, or a quote over several paragraphs; the first may be mixed: "Voters
    // are “angry,” Lee said. “…”"). Join them as the gold is joined.
    List<Claim> claims = found.get().claims();
    Map<String, Span> quoted = joined(claims, c -> c.quote() != QuoteType.INDIRECT, PolnearScorer::quoteKey, c -> new Span(c.start(), c.end()));
    // Likewise one source per attribution: we give a claim per conjoined source ("Trump and Ryan said").
    Map<String, Span> sources = joined(claims, c -> c.source().end() > c.source().begin(), PolnearScorer::sourceKey,
        c -> PolnearConventions.source(text, c.source().begin(), c.source().end()));
    for (Claim c : claims) {
      Span src = sources.get(sourceKey(c));
      if (src != null) {
        addOnce(s.source(), src);
      }
      Span whole = c.quote() != QuoteType.INDIRECT ? quoted.get(quoteKey(c)) : new Span(c.start(), c.end());
      Span content = PolnearConventions.content(text, whole.begin(), whole.end());
      addOnce(s.content(), content);
      Span cue = PolnearConventions.cue(text, c.cueStart(), c.cueStart() + c.cue().length(), content);
      addOnce(s.cue(), cue);
      s.attributions().add(new Attribution(src, cue, content, c.cueLemma(), c.quote().name()));
    }
    return s;
  }

  private static String quoteKey(Claim c) {
    return c.source().begin() + "/" + c.cueStart();
  }

  private static String sourceKey(Claim c) {
    return c.cueStart() + "/" + c.start();
  }

  /** For each key, the first-to-last span over the chosen claims that share it. */
  private static Map<String, Span> joined(List<Claim> claims, Predicate<Claim> which, Function<Claim, String> key, Function<Claim, Span> span) {
    Map<String, Span> out = new LinkedHashMap<>();
    for (Claim c : claims) {
      if (which.test(c)) {
        out.merge(key.apply(c), span.apply(c), (x, y) -> new Span(Math.min(x.begin(), y.begin()), Math.max(x.end(), y.end())));
      }
    }
    return out;
  }

  private static void addOnce(List<Span> spans, Span span) {
    if (!spans.contains(span)) {
      spans.add(span);
    }
  }
}
