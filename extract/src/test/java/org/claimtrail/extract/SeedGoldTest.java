package org.claimtrail.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import org.claimtrail.model.Article;
import org.claimtrail.model.RawDocument;
import org.claimtrail.model.SourceHints;
import org.claimtrail.model.StageResult;
import org.claimtrail.testkit.SharedCorpora;
import org.junit.jupiter.api.Test;

/** The founding acceptance test: the seed's hand-annotated body and boilerplate. */
class SeedGoldTest {

  @Test
  void cleanTextKeepsTheBodyAndDropsEveryBoilerplateString() throws Exception {
    String raw = Files.readString(SharedCorpora.seedArticle(), StandardCharsets.UTF_8);
    String body = raw.substring(raw.indexOf("2024-10-23") + "2024-10-23".length());
    RawDocument doc = RawDocument.text("seed", body, SourceHints.NONE.withPublished(Instant.parse("2024-10-23T00:00:00Z")));
    StageResult<Article> r = new Extractor().extract(doc);
    Article a = ((StageResult.Ok<Article>) r).value();
    String text = a.text();
    JsonNode gold = SharedCorpora.seedGold();
    for (String must : SharedCorpora.strings(gold, "body_must_contain")) {
      assertTrue(text.contains(must), () -> "missing from clean text: " + must);
    }
    for (String mustNot : SharedCorpora.strings(gold, "body_must_not_contain")) {
      assertFalse(text.contains(mustNot), () -> "boilerplate left in clean text: " + mustNot);
    }
    // Paragraph boundaries survive: the article has 12 body paragraphs.
    assertEquals(12, a.paragraphs().size(), () -> String.join("\n---\n", a.paragraphs()));
    assertEquals("en", a.language().orElseThrow());
    // No metadata names the outlet; its promotion lines do ("@Kyivpost_official" beside "Kyiv Post").
    assertEquals("Kyiv Post", a.publisher().orElseThrow());
    assertTrue(a.publisherInferred(), "marked as inferred");
  }
}
