package org.claimtrail.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.claimtrail.extract.Extractor;
import org.claimtrail.model.Article;
import org.claimtrail.model.RawDocument;
import org.claimtrail.model.SourceHints;
import org.claimtrail.model.StageResult;
import org.claimtrail.model.Timestamps;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Scores our HTML extraction on the html-pages corpus (word-level precision, recall, F1 against
 * the reference extractions; metadata accuracy where the index has references) and measures
 * throughput; with {@code --readability FILE} (the output of {@code bench/readability/run.mjs})
 * it scores Mozilla Readability on the same pages side by side.
 *
 * <p>Usage: {@code ExtractionBench PAGES_DIR [--readability FILE] [--repeats N] [--per-page]}
 */
public final class ExtractionBench {
  private static final ObjectMapper JSON = new ObjectMapper();

  private record Page(JsonNode index, byte[] html, String reference) {}

  private record Totals(List<TokenOverlap.Score> scores, Map<String, int[]> meta) {
    Totals() {
      this(new ArrayList<>(), new HashMap<>());
    }

    void meta(String field, boolean correct) {
      int[] c = meta.computeIfAbsent(field, k -> new int[2]);
      c[0] += correct ? 1 : 0;
      c[1]++;
    }

    double mean(java.util.function.ToDoubleFunction<TokenOverlap.Score> f) {
      return scores.stream().mapToDouble(f).average().orElse(0);
    }
  }

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    Path readability = null;
    int repeats = 5;
    boolean perPage = false;
    for (int i = 1; i < args.length; i++) {
      switch (args[i]) {
        case "--readability" -> readability = Path.of(args[++i]);
        case "--repeats" -> repeats = Integer.parseInt(args[++i]);
        case "--per-page" -> perPage = true;
        default -> throw new IllegalArgumentException("Unknown argument: " + args[i]);
      }
    }
    List<Page> pages = load(dir);
    Extractor extractor = new Extractor();
    Map<String, Article> ours = new HashMap<>();
    for (Page p : pages) { // warm-up and results
      extract(extractor, p).ifPresent(a -> ours.put(p.index().get("id").asText(), a));
    }
    long t0 = System.nanoTime();
    long bytes = 0;
    for (int r = 0; r < repeats; r++) {
      for (Page p : pages) {
        extract(extractor, p);
        bytes += p.html().length;
      }
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    double ourRate = pages.size() * repeats / seconds;

    Map<String, JsonNode> theirs = new HashMap<>();
    double theirMs = 0;
    if (readability != null) {
      for (String line : Files.readAllLines(readability, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          JsonNode n = JSON.readTree(line);
          theirs.put(n.get("id").asText(), n);
          theirMs += n.get("ms").asDouble();
        }
      }
    }
    Totals us = new Totals();
    Totals them = new Totals();
    for (Page p : pages) {
      String id = p.index().get("id").asText();
      Article a = ours.get(id);
      JsonNode idx = p.index();
      if (p.reference() != null) {
        TokenOverlap.Score s = TokenOverlap.score(a == null ? "" : a.text(), p.reference());
        us.scores().add(s);
        if (theirs.containsKey(id)) {
          TokenOverlap.Score t = TokenOverlap.score(theirs.get(id).path("text").asText(""), p.reference());
          them.scores().add(t);
          if (perPage) {
            System.out.printf(Locale.ROOT, "%-40s ours %.3f/%.3f/%.3f  readability %.3f/%.3f/%.3f%n", id, s.precision(), s.recall(), s.f1(), t.precision(), t.recall(), t.f1());
          }
        } else if (perPage) {
          System.out.printf(Locale.ROOT, "%-40s ours %.3f/%.3f/%.3f%n", id, s.precision(), s.recall(), s.f1());
        }
      }
      scoreMeta(us, idx, a == null ? null : a.title().orElse(null), a == null ? null : String.join(", ", a.authors()),
          a == null ? null : a.language().orElse(null), a == null ? null : a.published().orElse(null), a == null ? null : a.url().orElse(null), true);
      JsonNode t = theirs.get(id);
      if (t != null) {
        scoreMeta(them, idx, text(t, "title"), text(t, "byline"), text(t, "lang"),
            Optional.ofNullable(text(t, "published")).flatMap(Timestamps::parse).orElse(null), null, false);
      }
    }
    System.out.printf(Locale.ROOT, "html-pages: %d pages, %d with a reference text; %.1f MB%n", pages.size(), us.scores().size(), bytes / (double) repeats / 1e6);
    System.out.printf(Locale.ROOT, "%-22s %9s %9s %9s %12s%n", "extractor", "precision", "recall", "F1", "pages/s");
    System.out.printf(Locale.ROOT, "%-22s %9.3f %9.3f %9.3f %12.1f%n", "claimtrail", us.mean(TokenOverlap.Score::precision), us.mean(TokenOverlap.Score::recall), us.mean(TokenOverlap.Score::f1), ourRate);
    if (!theirs.isEmpty()) {
      double theirRate = theirs.size() / (theirMs / 1000);
      System.out.printf(Locale.ROOT, "%-22s %9.3f %9.3f %9.3f %12.1f%n", "mozilla-readability", them.mean(TokenOverlap.Score::precision), them.mean(TokenOverlap.Score::recall), them.mean(TokenOverlap.Score::f1), theirRate);
      System.out.printf(Locale.ROOT, "throughput ratio claimtrail/readability: %.1fx%n", ourRate / theirRate);
    }
    System.out.println("metadata accuracy (correct/with reference):");
    for (String field : List.of("title", "author", "language", "published", "url")) {
      int[] u = us.meta().getOrDefault(field, new int[2]);
      int[] r = them.meta().getOrDefault(field, new int[2]);
      System.out.printf(Locale.ROOT, "  %-10s claimtrail %3d/%-3d %s%n", field, u[0], u[1], r[1] == 0 ? "" : String.format(Locale.ROOT, "readability %3d/%-3d", r[0], r[1]));
    }
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static void scoreMeta(Totals t, JsonNode idx, String title, String byline, String lang, Instant published, String url, boolean checkUrl) {
    if (idx.hasNonNull("title")) {
      t.meta("title", title != null && norm(title).equals(norm(idx.get("title").asText())));
    }
    if (idx.hasNonNull("byline")) {
      String want = norm(idx.get("byline").asText());
      t.meta("author", byline != null && !byline.isBlank() && (norm(byline).contains(want) || want.contains(norm(byline))));
    }
    if (idx.hasNonNull("lang")) {
      String want = idx.get("lang").asText().toLowerCase(Locale.ROOT);
      t.meta("language", lang != null && want.startsWith(lang.toLowerCase(Locale.ROOT).substring(0, Math.min(2, lang.length()))));
    }
    if (idx.hasNonNull("published")) {
      Optional<Instant> want = Timestamps.parse(idx.get("published").asText());
      t.meta("published", want.isPresent() && published != null
          && Math.abs(want.get().atOffset(ZoneOffset.UTC).toLocalDate().toEpochDay() - published.atOffset(ZoneOffset.UTC).toLocalDate().toEpochDay()) <= 1);
    }
    if (idx.hasNonNull("url") && checkUrl) {
      t.meta("url", url != null && stripScheme(url).equals(stripScheme(idx.get("url").asText())));
    }
  }

  private static String stripScheme(String u) {
    return u.replaceFirst("^https?://(www\\.)?", "").replaceFirst("/$", "");
  }

  private static String norm(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
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
      pages.add(new Page(idx, html, reference));
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
