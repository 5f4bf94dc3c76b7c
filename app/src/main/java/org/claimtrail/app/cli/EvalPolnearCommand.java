package org.claimtrail.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.claimtrail.eval.SpanScorer;
import org.claimtrail.eval.SpanScorer.Span;
import org.claimtrail.model.Claim;
import org.claimtrail.model.QuoteType;
import org.claimtrail.pipeline.Claimtrail;
import org.claimtrail.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code claimtrail eval polnear DIR}: source, cue and content span P/R/F1 (exact and overlap)
 * against PolNeAR's primary annotations. Texts are annotated as they are (no boilerplate
 * cleaning), so offsets line up. PolNeAR's span conventions are mapped in
 * {@link PolnearConventions}, not in the extractor; and it has one attribution where we have a
 * claim per quoted part or per conjoined source, so those are joined first to last, as its
 * discontinuous gold spans are.
 */
@Command(name = "polnear", mixinStandardHelpOptions = true, description = "PolNeAR span P/R/F1 (exact and overlap) for source, cue, content.")
final class EvalPolnearCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @picocli.CommandLine.Mixin PolnearSplit split;

  @picocli.CommandLine.Mixin ModelOption model;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--skip", paramLabel = "N", description = "Skip the first N articles (to score a held-out part of a split).")
  int skip;

  @Option(names = "--held-out", paramLabel = "N", description = "Score only the N articles that train polnear --held-out N kept out of training.")
  int heldOut;

  @Option(names = "--predictions", paramLabel = "FILE", description = "Also write the predicted spans as JSON lines, for error analysis.")
  Path predictions;

  private record Spans(List<Span> source, List<Span> cue, List<Span> content, List<Attribution> attributions) {
    Spans() {
      this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    }
  }

  /** One predicted attribution in PolNeAR's terms, written with the predictions for error analysis. */
  private record Attribution(Span source, Span cue, Span content, String lemma, String quote) {}

  @Override
  public Integer call() throws IOException, InterruptedException {
    // PolNeAR annotates every attribution (beliefs, wishes, questions, refusals), not only claims:
    // its own definition is what is scored.
    var withModel = model.configure(spec.commandLine());
    Pipeline pipeline = Claimtrail.pipeline(cfg -> withModel.apply(cfg).withClaims(withModel.apply(cfg).claims().withAttributions(true)));
    PolnearCorpus corpus = split.corpus(pipeline);
    List<String> all = split.docs(corpus, skip);
    List<String> docs = heldOut <= 0 ? all
        : IntStream.range(0, all.size()).filter(i -> PolnearSplit.heldOut(i, all.size(), heldOut)).mapToObj(all::get).toList();
    if (split.cache == null) {
      pipeline.annotator(); // load the models before timing
    }
    long t0 = System.nanoTime();
    List<Spans> predicted = PolnearCorpus.map(docs, split.threads, doc -> predict(pipeline, corpus, doc));
    SpanScorer.Result source = SpanScorer.Result.empty();
    SpanScorer.Result cue = SpanScorer.Result.empty();
    SpanScorer.Result content = SpanScorer.Result.empty();
    try (Writer dump = predictions == null ? Writer.nullWriter() : Files.newBufferedWriter(predictions, StandardCharsets.UTF_8)) {
      for (int i = 0; i < docs.size(); i++) {
        Spans p = predicted.get(i);
        var o = JSON.createObjectNode().put("doc", docs.get(i));
        o.set("attributions", JSON.valueToTree(p.attributions()));
        dump.write(JSON.writeValueAsString(o) + "\n");
        Spans g = goldSpans(corpus.gold(docs.get(i)));
        source = source.plus(SpanScorer.score(g.source(), p.source()));
        cue = cue.plus(SpanScorer.score(g.cue(), p.cue()));
        content = content.plus(SpanScorer.score(g.content(), p.content()));
      }
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    PrintStream out = System.out;
    out.printf(Locale.ROOT, "PolNeAR %s: %d articles (primary annotations), %.1f s%s%n", split.dir.getFileName(), docs.size(), seconds,
        model.model == null ? "" : ", model " + model.model.getFileName());
    out.printf(Locale.ROOT, "%-8s  %-30s  %-30s%n", "", "exact", "overlap");
    out.printf(Locale.ROOT, "%-8s  %-30s  %-30s%n", "source", source.exact(), source.overlap());
    out.printf(Locale.ROOT, "%-8s  %-30s  %-30s%n", "cue", cue.exact(), cue.overlap());
    out.printf(Locale.ROOT, "%-8s  %-30s  %-30s%n", "content", content.exact(), content.overlap());
    return 0;
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
    Map<String, Span> quoted = joined(claims, c -> c.quote() != QuoteType.INDIRECT, EvalPolnearCommand::quoteKey, c -> new Span(c.start(), c.end()));
    // Likewise one source per attribution: we give a claim per conjoined source ("Trump and Ryan said").
    Map<String, Span> sources = joined(claims, c -> c.source().end() > c.source().begin(), EvalPolnearCommand::sourceKey,
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
