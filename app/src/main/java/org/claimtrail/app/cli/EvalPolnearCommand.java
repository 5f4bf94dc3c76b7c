package org.claimtrail.app.cli;

import java.util.Locale;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.claimtrail.eval.SpanScorer;
import org.claimtrail.model.Article;
import org.claimtrail.model.ArticleClaims;
import org.claimtrail.model.Claim;
import org.claimtrail.model.StageResult;
import org.claimtrail.pipeline.Claimtrail;
import org.claimtrail.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code claimtrail eval polnear DIR}: source, cue and content span P/R/F1 (exact and overlap)
 * against PolNeAR's primary annotations. Texts are annotated as they are (no boilerplate
 * cleaning), so offsets line up. PolNeAR's span conventions differ from ours in ways that are
 * mapped here, not in the extractor: its content starts at a complementiser "that" and keeps the
 * quote marks; its cue includes auxiliaries ("has said") and a colon before a quote; and it has one
 * attribution where we have a claim per quoted part or per conjoined source, so those are joined
 * first to last, as its discontinuous gold spans are.
 */
@Command(name = "polnear", mixinStandardHelpOptions = true, description = "PolNeAR span P/R/F1 (exact and overlap) for source, cue, content.")
final class EvalPolnearCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Parameters(index = "0", paramLabel = "DIR", description = "A PolNeAR split folder with text/ and gold.jsonl.")
  Path dir;

  @Option(names = "--limit", paramLabel = "N", description = "Score only the first N articles.")
  int limit = Integer.MAX_VALUE;

  @Option(names = "--predictions", paramLabel = "FILE", description = "Also write the predicted spans as JSON lines, for error analysis.")
  Path predictions;

  @Option(names = "--threads", paramLabel = "N", description = "Annotation threads (default: cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  private record Spans(List<SpanScorer.Span> source, List<SpanScorer.Span> cue, List<SpanScorer.Span> content) {
    Spans() {
      this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    }
  }

  @Override
  public Integer call() throws IOException, InterruptedException, ExecutionException {
    Map<String, Spans> gold = new LinkedHashMap<>();
    for (String line : Files.readAllLines(dir.resolve("gold.jsonl"), StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode a = JSON.readTree(line);
      if (!a.path("primary").asBoolean()) {
        continue;
      }
      Spans s = gold.computeIfAbsent(a.get("doc").asText(), k -> new Spans());
      span(a.get("source")).ifPresent(s.source()::add);
      span(a.get("cue")).ifPresent(s.cue()::add);
      span(a.get("content")).ifPresent(s.content()::add);
    }
    List<String> docs = new ArrayList<>(gold.keySet()).subList(0, Math.min(limit, gold.size()));
    Pipeline pipeline = Claimtrail.pipeline();
    pipeline.annotator(); // load the models before timing
    long t0 = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> new Thread(r, "polnear-annotate"));
    AtomicInteger done = new AtomicInteger();
    Progress progress = new Progress(System.err, Progress.terminal(), docs.size());
    List<Future<Spans>> futures = new ArrayList<>();
    for (String doc : docs) {
      futures.add(pool.submit(() -> {
        Spans s = predict(pipeline, doc);
        synchronized (progress) {
          progress.update(done.incrementAndGet(), "");
        }
        return s;
      }));
    }
    SpanScorer.Result source = SpanScorer.Result.empty();
    SpanScorer.Result cue = SpanScorer.Result.empty();
    SpanScorer.Result content = SpanScorer.Result.empty();
    java.io.Writer dump = predictions == null ? null : Files.newBufferedWriter(predictions, StandardCharsets.UTF_8);
    for (int i = 0; i < docs.size(); i++) {
      Spans p = futures.get(i).get();
      if (dump != null) {
        var o = JSON.createObjectNode().put("doc", docs.get(i));
        o.set("source", JSON.valueToTree(p.source()));
        o.set("cue", JSON.valueToTree(p.cue()));
        o.set("content", JSON.valueToTree(p.content()));
        dump.write(JSON.writeValueAsString(o) + "\n");
      }
      Spans g = gold.get(docs.get(i));
      source = source.plus(SpanScorer.score(g.source(), p.source()));
      cue = cue.plus(SpanScorer.score(g.cue(), p.cue()));
      content = content.plus(SpanScorer.score(g.content(), p.content()));
    }
    pool.shutdown();
    if (dump != null) {
      dump.close();
    }
    progress.finish(docs.size(), "");
    double seconds = (System.nanoTime() - t0) / 1e9;
    PrintStream out = System.out;
    out.printf(Locale.ROOT, "PolNeAR %s: %d articles (primary annotations), %.1f s%n", dir.getFileName(), docs.size(), seconds);
    out.printf(Locale.ROOT, "%-8s  %-30s  %-30s%n", "", "exact", "overlap");
    out.printf(Locale.ROOT, "%-8s  %-30s  %-30s%n", "source", source.exact(), source.overlap());
    out.printf(Locale.ROOT, "%-8s  %-30s  %-30s%n", "cue", cue.exact(), cue.overlap());
    out.printf(Locale.ROOT, "%-8s  %-30s  %-30s%n", "content", content.exact(), content.overlap());
    return 0;
  }

  private Spans predict(Pipeline pipeline, String doc) throws IOException {
    String text = Files.readString(dir.resolve("text").resolve(doc + ".txt"), StandardCharsets.UTF_8);
    Article article = new Article(doc, doc, Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
        Optional.empty(), Optional.of("en"), List.of(text), List.of(), doc);
    StageResult<ArticleClaims> r = pipeline.claims(article);
    Spans s = new Spans();
    if (!(r instanceof StageResult.Ok<ArticleClaims> ok)) {
      System.err.println("error: " + doc + ": " + r);
      return s;
    }
    // PolNeAR gives one (discontinuous) content per attribution; we give one claim per quoted
    // part ("…,” he said. “…”, or a quote over several paragraphs). Join them as the gold is joined.
    List<Claim> claims = ok.value().claims();
    Map<String, SpanScorer.Span> quoted = joined(claims, c -> c.quote() == org.claimtrail.model.QuoteType.DIRECT,
        EvalPolnearCommand::quoteKey, c -> new SpanScorer.Span(c.start(), c.end()));
    // Likewise one source per attribution: we give a claim per conjoined source ("Trump and Ryan said").
    Map<String, SpanScorer.Span> sources = joined(claims, c -> c.source().end() > c.source().begin(),
        EvalPolnearCommand::sourceKey, c -> new SpanScorer.Span(c.source().begin(), c.source().end()));
    for (Claim c : claims) {
      SpanScorer.Span src = sources.get(sourceKey(c));
      if (src != null) {
        addOnce(s.source(), src);
      }
      SpanScorer.Span whole = c.quote() == org.claimtrail.model.QuoteType.DIRECT ? quoted.get(quoteKey(c)) : new SpanScorer.Span(c.start(), c.end());
      SpanScorer.Span content = withThat(text, whole.begin(), whole.end());
      addOnce(s.content(), content);
      addOnce(s.cue(), withAdjuncts(text, withAuxiliaries(text, c.cueStart(), c.cueStart() + c.cue().length()), content));
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
  private static Map<String, SpanScorer.Span> joined(List<Claim> claims, java.util.function.Predicate<Claim> which,
      java.util.function.Function<Claim, String> key, java.util.function.Function<Claim, SpanScorer.Span> span) {
    Map<String, SpanScorer.Span> out = new LinkedHashMap<>();
    for (Claim c : claims) {
      if (which.test(c)) {
        out.merge(key.apply(c), span.apply(c), (x, y) -> new SpanScorer.Span(Math.min(x.begin(), y.begin()), Math.max(x.end(), y.end())));
      }
    }
    return out;
  }

  private static void addOnce(List<SpanScorer.Span> spans, SpanScorer.Span span) {
    if (!spans.contains(span)) {
      spans.add(span);
    }
  }

  /**
   * PolNeAR's content span for ours: it includes a leading "that" or sentence-initial "But",
   * the quote marks around a quotation, and punctuation inside a closing quote mark.
   */
  private static SpanScorer.Span withThat(String text, int begin, int end) {
    if (begin > 0 && "“\"".indexOf(text.charAt(begin - 1)) >= 0) {
      begin--;
    }
    int e = end;
    while (e < text.length() && ",.!?;".indexOf(text.charAt(e)) >= 0) {
      e++;
    }
    if (e < text.length() && "”\"".indexOf(text.charAt(e)) >= 0) {
      end = e + 1;
    }
    for (String lead : new String[] {"that ", "But ", "And "}) {
      if (begin >= lead.length() && text.startsWith(lead, begin - lead.length())) {
        return new SpanScorer.Span(begin - lead.length(), end);
      }
    }
    return new SpanScorer.Span(begin, end);
  }

  /**
   * PolNeAR's cue takes a colon or a preposition that stands between the verb and its content
   * ("saying: “…”", "tweeted:", "called for").
   */
  private static SpanScorer.Span withAdjuncts(String text, SpanScorer.Span cue, SpanScorer.Span content) {
    if (content.begin() < cue.end()) {
      return cue;
    }
    String gap = text.substring(cue.end(), content.begin());
    String word = gap.strip();
    boolean joins = word.equals(":") || word.equals("for") || word.equals("on") || word.equals(", saying:");
    return joins ? new SpanScorer.Span(cue.begin(), cue.end() + gap.stripTrailing().length()) : cue;
  }

  private static SpanScorer.Span withAuxiliaries(String text, int begin, int end) {
    for (String aux : new String[] {"has ", "have ", "had ", "has also ", "also ", "will ", "would "}) {
      if (begin >= aux.length() && text.startsWith(aux, begin - aux.length())) {
        return new SpanScorer.Span(begin - aux.length(), end);
      }
    }
    return new SpanScorer.Span(begin, end);
  }

  /** The gold span of one element, first to last character (discontinuous spans joined). */
  private static Optional<SpanScorer.Span> span(JsonNode element) {
    if (element == null || element.isNull() || !element.has("spans") || element.get("spans").isEmpty()) {
      return Optional.empty();
    }
    int begin = Integer.MAX_VALUE;
    int end = -1;
    for (JsonNode s : element.get("spans")) {
      begin = Math.min(begin, s.get(0).asInt());
      end = Math.max(end, s.get(1).asInt());
    }
    return Optional.of(new SpanScorer.Span(begin, end));
  }
}
