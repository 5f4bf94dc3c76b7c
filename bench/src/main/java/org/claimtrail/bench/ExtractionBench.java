package org.claimtrail.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.claimtrail.extract.Extractor;
import org.claimtrail.model.Article;
import org.claimtrail.model.RawDocument;
import org.claimtrail.model.SourceHints;
import org.claimtrail.model.StageResult;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Scores our HTML extraction on the html-pages corpus beside Mozilla Readability's (the output of
 * {@code bench/readability/run.mjs}): word-level precision, recall and F1 against the reference
 * texts; title, author and date accuracy against the references ({@link MetadataScore} says what
 * counts as right); and pages per second, over all pages and by page size (both single-threaded,
 * parse and extraction only).
 *
 * <p>Usage: {@code ExtractionBench PAGES_DIR [--readability FILE] [--judged FILE] [--repeats N]
 * [--per-page] [--metadata]}
 */
public final class ExtractionBench {
  private static final ObjectMapper JSON = new ObjectMapper();

  private record Page(String id, JsonNode index, byte[] html, String reference) {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    Path readability = null;
    Path judged = null;
    int repeats = 5;
    boolean perPage = false;
    boolean metadata = false;
    for (int i = 1; i < args.length; i++) {
      switch (args[i]) {
        case "--readability" -> readability = Path.of(args[++i]);
        case "--judged" -> judged = Path.of(args[++i]);
        case "--repeats" -> repeats = Integer.parseInt(args[++i]);
        case "--per-page" -> perPage = true;
        case "--metadata" -> metadata = true;
        default -> throw new IllegalArgumentException("Unknown argument: " + args[i]);
      }
    }
    List<Page> pages = load(dir);
    Extractor extractor = new Extractor();
    Map<String, Article> ours = new HashMap<>();
    for (Page p : pages) { // warm-up and results
      extract(extractor, p).ifPresent(a -> ours.put(p.id(), a));
    }
    Map<String, Double> ourMs = time(extractor, pages, repeats);
    Map<String, JsonNode> theirs = readReadability(readability);
    Map<String, MetadataTally.Judgment> judgments = MetadataTally.readJudgments(judged);
    List<TokenOverlap.Score> us = new ArrayList<>();
    List<TokenOverlap.Score> them = new ArrayList<>();
    MetadataTally usMeta = new MetadataTally();
    MetadataTally themMeta = new MetadataTally();
    for (Page p : pages) {
      Article a = ours.get(p.id());
      JsonNode t = theirs.get(p.id());
      if (p.reference() != null) {
        TokenOverlap.Score s = TokenOverlap.score(a == null ? "" : a.text(), p.reference());
        us.add(s);
        TokenOverlap.Score r = t == null ? null : TokenOverlap.score(t.path("text").asText(""), p.reference());
        if (r != null) {
          them.add(r);
        }
        if (perPage) {
          System.out.printf(Locale.ROOT, "%-40s ours %.3f/%.3f/%.3f%s%n", p.id(), s.precision(), s.recall(), s.f1(),
              r == null ? "" : String.format(Locale.ROOT, "  readability %.3f/%.3f/%.3f", r.precision(), r.recall(), r.f1()));
        }
      }
      MetadataTally.Answer mine = a == null ? new MetadataTally.Answer(null, List.of(), null, null)
          : new MetadataTally.Answer(a.title().orElse(null), a.authors(), a.published().orElse(null), null);
      usMeta.reference(p.index(), mine);
      Optional.ofNullable(judgments.get(p.id())).ifPresent(j -> usMeta.judged(p.id(), j, mine));
      if (t != null) {
        MetadataTally.Answer r = new MetadataTally.Answer(text(t, "title"), t.hasNonNull("byline") ? List.of(text(t, "byline")) : List.of(), null, text(t, "published"));
        themMeta.reference(p.index(), r);
        Optional.ofNullable(judgments.get(p.id())).ifPresent(j -> themMeta.judged(p.id(), j, r));
      }
    }
    printText(pages, us, them, !theirs.isEmpty());
    printSpeed(pages, ourMs, theirs);
    printMetadata(usMeta, themMeta, !theirs.isEmpty(), metadata);
  }

  /**
   * Mean milliseconds per page over {@code repeats} runs: wall-clock under {@code id}, and the
   * CPU time of the JVM process (every thread: the collector's and the compiler's too, as Node's
   * {@code process.cpuUsage()} counts) under {@code cpu:id}.
   */
  private static Map<String, Double> time(Extractor extractor, List<Page> pages, int repeats) {
    Map<String, Double> ms = new HashMap<>();
    for (int r = 0; r < repeats; r++) {
      for (Page p : pages) {
        long c0 = ProcessCpu.nanos();
        long t0 = System.nanoTime();
        extract(extractor, p);
        ms.merge(p.id(), (System.nanoTime() - t0) / 1e6 / repeats, Double::sum);
        ms.merge("cpu:" + p.id(), (ProcessCpu.nanos() - c0) / 1e6 / repeats, Double::sum);
      }
    }
    return ms;
  }

  private static Map<String, JsonNode> readReadability(Path file) throws IOException {
    Map<String, JsonNode> theirs = new HashMap<>();
    if (file != null) {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          JsonNode n = JSON.readTree(line);
          theirs.put(n.get("id").asText(), n);
        }
      }
    }
    return theirs;
  }

  private static double mean(List<TokenOverlap.Score> s, java.util.function.ToDoubleFunction<TokenOverlap.Score> f) {
    return s.stream().mapToDouble(f).average().orElse(0);
  }

  private static void printText(List<Page> pages, List<TokenOverlap.Score> us, List<TokenOverlap.Score> them, boolean readability) {
    double mb = pages.stream().mapToLong(p -> p.html().length).sum() / 1e6;
    System.out.printf(Locale.ROOT, "html-pages: %d pages, %d with a reference text; %.1f MB%n", pages.size(), us.size(), mb);
    System.out.printf(Locale.ROOT, "%-22s %9s %9s %9s%n", "extractor", "precision", "recall", "F1");
    System.out.printf(Locale.ROOT, "%-22s %9.3f %9.3f %9.3f%n", "claimtrail", mean(us, TokenOverlap.Score::precision), mean(us, TokenOverlap.Score::recall), mean(us, TokenOverlap.Score::f1));
    if (readability) {
      System.out.printf(Locale.ROOT, "%-22s %9.3f %9.3f %9.3f%n", "mozilla-readability", mean(them, TokenOverlap.Score::precision), mean(them, TokenOverlap.Score::recall), mean(them, TokenOverlap.Score::f1));
    }
  }

  /** Pages per second over all pages and by size: pages divided by the summed mean time per page. */
  private static void printSpeed(List<Page> pages, Map<String, Double> ourMs, Map<String, JsonNode> theirs) {
    List<Page> bySize = new ArrayList<>(pages);
    bySize.sort(Comparator.comparingInt((Page p) -> p.html().length).reversed());
    int largest = Math.min(20, bySize.size());
    int cutoff = bySize.get(largest - 1).html().length;
    for (String clock : List.of("wall-clock", "CPU time")) {
      String key = clock.equals("CPU time") ? "cpu:" : "";
      String theirField = clock.equals("CPU time") ? "cpu_ms" : "ms";
      System.out.printf(Locale.ROOT, "pages/s by %-19s %10s %12s %7s%n", clock + " (1 thread)", "claimtrail", "readability", "ratio");
      speedRow("all pages", pages, p -> true, key, ourMs, theirs, theirField);
      speedRow("under 100 KB", pages, p -> p.html().length < 100_000, key, ourMs, theirs, theirField);
      speedRow("100-300 KB", pages, p -> p.html().length >= 100_000 && p.html().length < 300_000, key, ourMs, theirs, theirField);
      speedRow("300 KB and more", pages, p -> p.html().length >= 300_000, key, ourMs, theirs, theirField);
      speedRow(String.format(Locale.ROOT, "largest %d (>= %d KB)", largest, cutoff / 1000), pages, p -> p.html().length >= cutoff, key, ourMs, theirs, theirField);
    }
  }

  private static void speedRow(String label, List<Page> pages, Predicate<Page> which, String key, Map<String, Double> ourMs,
      Map<String, JsonNode> theirs, String theirField) {
    List<Page> sel = pages.stream().filter(which).toList();
    double ours = sel.size() / (sel.stream().mapToDouble(p -> ourMs.get(key + p.id())).sum() / 1000);
    List<Page> timed = sel.stream().filter(p -> theirs.containsKey(p.id()) && theirs.get(p.id()).has(theirField)).toList();
    String row = String.format(Locale.ROOT, "  %-28s %10.1f", label + " (" + sel.size() + ")", ours);
    if (!timed.isEmpty()) {
      double rate = timed.size() / (timed.stream().mapToDouble(p -> theirs.get(p.id()).get(theirField).asDouble()).sum() / 1000);
      row += String.format(Locale.ROOT, " %12.1f %6.1fx", rate, ours / rate);
    }
    System.out.println(row);
  }

  private static void printMetadata(MetadataTally us, MetadataTally them, boolean readability, boolean perPage) {
    System.out.println("metadata accuracy (right/with reference)    claimtrail     readability");
    for (String field : List.of("title", "author", "published", "judged title", "judged author", "judged published")) {
      if (us.get(field)[1] > 0) {
        System.out.printf(Locale.ROOT, "  %-40s %s  %s%n", field, MetadataTally.percent(us.get(field)), readability ? MetadataTally.percent(them.get(field)) : "");
      }
    }
    System.out.println("  (" + MetadataScore.DEFINITION + "; 'judged': newspaper pages judged by hand, bench/metadata-judged.tsv)");
    if (perPage) {
      System.out.println("claimtrail wrong: " + String.join(", ", us.wrong));
      System.out.println("readability wrong: " + String.join(", ", them.wrong));
    }
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static Optional<Article> extract(Extractor extractor, Page p) {
    JsonNode idx = p.index();
    SourceHints hints = idx.hasNonNull("url") ? SourceHints.NONE.withUrl(idx.get("url").asText()) : SourceHints.NONE;
    RawDocument doc = new RawDocument(idx.get("file").asText(), org.claimtrail.model.ContentKind.HTML, p.html(), Optional.empty(), hints);
    StageResult<Article> r = extractor.extract(doc);
    return r instanceof StageResult.Ok<Article> ok ? Optional.of(ok.value()) : Optional.empty();
  }

  private static List<Page> load(Path dir) throws IOException {
    List<Page> pages = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve("index.jsonl"), StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode idx = JSON.readTree(line);
      byte[] html = Files.readAllBytes(dir.resolve(idx.get("file").asText()));
      String reference = null;
      if (idx.hasNonNull("expected_text")) {
        reference = Files.readString(dir.resolve(idx.get("expected_text").asText()), StandardCharsets.UTF_8);
      } else if (idx.hasNonNull("expected_html")) {
        reference = htmlText(Files.readString(dir.resolve(idx.get("expected_html").asText()), StandardCharsets.UTF_8));
      }
      pages.add(new Page(idx.get("id").asText(), idx, html, reference));
    }
    return pages;
  }

  /** The text of a reference HTML extraction, one line per block. */
  static String htmlText(String html) {
    StringBuilder sb = new StringBuilder();
    for (Element e : Jsoup.parse(html).body().getAllElements()) {
      if (e.isBlock() && e.children().stream().noneMatch(Element::isBlock)) {
        String t = e.text().strip();
        if (!t.isEmpty()) {
          sb.append(t).append('\n');
        }
      }
    }
    return sb.toString();
  }
}
