package org.claimtrail.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.claimtrail.extract.Extractor;
import org.claimtrail.model.Article;
import org.claimtrail.model.ContentKind;
import org.claimtrail.model.RawDocument;
import org.claimtrail.model.SourceHints;
import org.claimtrail.model.StageResult;
import org.claimtrail.testkit.SharedCorpora;
import org.junit.jupiter.api.Test;

class HtmlExtractionTest {
  private final Extractor extractor = new Extractor();

  private Article extract(String file, SourceHints hints) throws Exception {
    byte[] html = Files.readAllBytes(SharedCorpora.htmlPages().resolve(file));
    StageResult<Article> r = extractor.extract(new RawDocument(file, ContentKind.HTML, html, Optional.empty(), hints));
    return assertInstanceOf(StageResult.Ok.class, r, r::toString).value() instanceof Article a ? a : null;
  }

  private static Set<String> words(String s) {
    return new HashSet<>(List.of(s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")));
  }

  /** Share of the reference's distinct words found in ours, and of ours found in the reference. */
  private static double[] overlap(String ours, String reference) {
    Set<String> a = words(ours);
    Set<String> b = words(reference);
    Set<String> common = new HashSet<>(a);
    common.retainAll(b);
    return new double[] {(double) common.size() / a.size(), (double) common.size() / b.size()};
  }

  @Test
  void newsPageBodyMatchesTheReferenceAndDropsFurniture() throws Exception {
    Article a = extract("newspaper/reuters.com1.html", SourceHints.NONE);
    String reference = Files.readString(SharedCorpora.htmlPages().resolve("newspaper/reuters.com1.expected.txt"), StandardCharsets.UTF_8);
    double[] pr = overlap(a.text(), reference);
    assertTrue(pr[0] > 0.85 && pr[1] > 0.85, () -> "precision/recall " + pr[0] + "/" + pr[1] + "\n" + a.text());
    assertTrue(a.paragraphs().size() > 3, "paragraphs preserved");
  }

  @Test
  void readabilityPageBodyAndMetadata() throws Exception {
    JsonNode idx = SharedCorpora.htmlPageIndex().stream().filter(n -> n.get("id").asText().equals("readability-bbc-1")).findFirst().orElseThrow();
    Article a = extract(idx.get("file").asText(), SourceHints.NONE);
    assertEquals(idx.get("title").asText(), a.title().orElseThrow());
    assertEquals("en", a.language().orElseThrow());
    assertTrue(a.url().orElseThrow().contains("bbc."), a.url().toString());
    assertTrue(a.text().contains("common sense gun safety laws"), a.text());
    assertFalse(a.text().toLowerCase(Locale.ROOT).contains("share this with"), "share bar removed");
    assertFalse(a.removed().isEmpty(), "removed blocks kept for review");
  }

  @Test
  void metadataFromJsonLdOpenGraphAndTime() {
    String html =
        "<html lang='de-AT'><head><title>Ignored | Example Times</title>"
            + "<meta property='og:site_name' content='Example Times'>"
            + "<link rel='canonical' href='https://news.example.org/2021/05/04/story'>"
            + "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebSite\"},"
            + "{\"@type\":\"NewsArticle\",\"headline\":\"Mayor denies rumour\",\"datePublished\":\"2021-05-04T10:20:00+0200\","
            + "\"author\":[{\"@type\":\"Person\",\"name\":\"Eva Muster\"},{\"name\":\"Max Probe\"}]}]}</script></head>"
            + "<body><article><h1>Mayor denies rumour</h1><p>The mayor denied on Tuesday that the town hall would close, saying the rumour was false and that staff were not affected.</p>"
            + "<p>Officials said a decision on the budget would come next month, after the council had met twice to discuss it.</p></article></body></html>";
    StageResult<Article> r = extractor.extract(RawDocument.html("m", html, SourceHints.NONE));
    Article a = ((StageResult.Ok<Article>) r).value();
    assertEquals("Mayor denies rumour", a.title().orElseThrow());
    assertEquals(List.of("Eva Muster", "Max Probe"), a.authors());
    assertEquals("Example Times", a.publisher().orElseThrow());
    assertEquals(Instant.parse("2021-05-04T08:20:00Z"), a.published().orElseThrow());
    assertEquals("https://news.example.org/2021/05/04/story", a.url().orElseThrow());
    assertEquals("de", a.language().orElseThrow());
    assertEquals(2, a.paragraphs().size(), a.paragraphs()::toString);
  }

  @Test
  void scriptInArticleTextIsTextNotMarkupAndDeepNestingIsSafe() {
    StringBuilder deep = new StringBuilder("<html><body>");
    for (int i = 0; i < 20000; i++) {
      deep.append("<div>");
    }
    deep.append("<p>Police said the road was closed after the storm, and that it would reopen on Friday morning.</p>");
    StageResult<Article> r = extractor.extract(RawDocument.html("deep", deep.toString(), SourceHints.NONE));
    assertInstanceOf(StageResult.Ok.class, r, r::toString);
    StageResult<Article> empty = extractor.extract(RawDocument.html("empty", "<html><body><nav><a href=/>Home</a></nav></body></html>", SourceHints.NONE));
    assertInstanceOf(StageResult.Skipped.class, empty);
  }

  @Test
  void everyCorpusPageExtractsWithoutFailure() throws Exception {
    int ok = 0;
    List<JsonNode> index = SharedCorpora.htmlPageIndex();
    for (JsonNode idx : index) {
      Path p = SharedCorpora.htmlPages().resolve(idx.get("file").asText());
      StageResult<Article> r = extractor.extract(new RawDocument(p.toString(), ContentKind.HTML, Files.readAllBytes(p), Optional.empty(), SourceHints.NONE));
      assertFalse(r instanceof StageResult.Failed, r::toString);
      ok += r instanceof StageResult.Ok ? 1 : 0;
    }
    assertTrue(ok >= index.size() - 2, "articles found in " + ok + " of " + index.size());
  }
}
