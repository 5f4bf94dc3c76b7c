package org.claimtrail.app.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.claimtrail.embed.SentenceEncoder;
import org.claimtrail.model.Article;
import org.claimtrail.model.ArticleClaims;
import org.claimtrail.model.BodyStance;
import org.claimtrail.model.CheckReport;
import org.claimtrail.model.Claim;
import org.claimtrail.model.ClaimSource;
import org.claimtrail.model.EntityType;
import org.claimtrail.model.QuoteType;
import org.claimtrail.model.Stance;
import org.claimtrail.stance.StanceModel;
import org.claimtrail.store.Store;
import org.claimtrail.store.search.Indexer;
import org.claimtrail.store.search.SearchIndex;
import org.claimtrail.store.search.VectorIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check service on a small H2 store of four made-up articles, with the real encoder and the shipped stance model. */
class ClaimCheckTest {
  @TempDir Path dir;

  private static final String CONFIRMS = "North Korean troops are in Russia, the Pentagon confirmed on Wednesday.\n\n"
      + "US Defense Secretary Lloyd Austin said there is evidence that North Korean soldiers have arrived in Russia for training.\n\n"
      + "It is not yet clear what they will do there.";
  private static final String DENIES = "Moscow on Thursday denied reports that North Korean troops are in Russia.\n\n"
      + "A Kremlin spokesman called the reports a fabrication and said no North Korean soldiers had crossed the border.";
  private static final String REPORTS = "South Korea's spy agency claimed that North Korean troops may be in Russia, according to unconfirmed reports.\n\n"
      + "The claim could not be independently verified.";
  private static final String OTHER = "The city council of Lyon voted on Monday to extend the tram line to the airport.\n\n"
      + "Work is expected to start next spring and to cost 200 million euros.";

  private static ArticleClaims article(String url, String title, String text, List<Claim> claims) {
    Article a = new Article("id-" + url, "test#" + url, Optional.of(url), Optional.of(title), Optional.of("Test Wire"), List.of(),
        Optional.of(Instant.parse("2024-10-23T00:00:00Z")), Optional.empty(), Optional.of("en"), List.of(text.split("\n\n")), List.of(),
        Integer.toHexString(text.hashCode()) + "0".repeat(56));
    return new ArticleClaims(a, List.of(), List.of(), claims);
  }

  private static Claim austin(String text) {
    String content = "there is evidence that North Korean soldiers have arrived in Russia for training";
    int start = text.indexOf(content);
    return new Claim("id-a", new ClaimSource("Lloyd Austin", EntityType.PERSON, Optional.of("US Defense Secretary"), Optional.empty(), "Lloyd Austin",
        text.indexOf("Lloyd"), text.indexOf("Lloyd") + 12), "said", "say", text.indexOf(" said") + 1, Stance.CONFIRMED, QuoteType.INDIRECT,
        start, start + content.length(), content, List.of(), Optional.empty(), 0.9);
  }

  @Test
  void findsTheArticlesThatCarryTheClaimWithTheirStanceAndEvidence() {
    try (Store store = Store.open(Store.h2Url(dir.resolve("db"))); SearchIndex search = SearchIndex.open(dir.resolve("index"));
        VectorIndex vectors = VectorIndex.open(dir.resolve("vectors"), SentenceEncoder.VERSION, SentenceEncoder.DIMENSIONS)) {
      String confirms = String.join("\n\n", CONFIRMS.split("\n\n"));
      store.save(article("https://a.example/confirms", "Pentagon confirms troops", CONFIRMS, List.of(austin(confirms))), Optional.empty());
      store.save(article("https://a.example/denies", "Moscow denies", DENIES, List.of()), Optional.empty());
      store.save(article("https://a.example/reports", "Spy agency claims", REPORTS, List.of()), Optional.empty());
      store.save(article("https://a.example/other", "Tram line", OTHER, List.of()), Optional.empty());
      Indexer.rebuild(store, search);
      assertEquals(4, ArticleVectors.fill(store, vectors, SentenceEncoder.shared(), n -> { }));
      assertEquals(0, ArticleVectors.fill(store, vectors, SentenceEncoder.shared(), n -> { }), "a second fill has nothing to add");
      assertTrue(ArticleVectors.complete(store, vectors));

      CheckReport r = new ClaimCheck(store, search, vectors, SentenceEncoder.shared(), StanceModel.loadDefault())
          .check("North Korean troops are in Russia", 10);
      assertEquals(4, r.candidates());
      List<String> titles = r.articles().stream().map(CheckReport.Checked::label).toList();
      assertFalse(titles.contains("Tram line"), r.toString());
      CheckReport.Checked pentagon = r.articles().stream().filter(c -> c.label().equals("Pentagon confirms troops")).findFirst().orElseThrow();
      assertTrue(pentagon.stance() == BodyStance.AGREE || pentagon.stance() == BodyStance.DISCUSS, pentagon.toString());
      CheckReport.Evidence best = pentagon.evidence().stream().filter(e -> !e.claims().isEmpty()).findFirst().orElseThrow();
      assertTrue(best.sentence().contains("Lloyd Austin said"), best.toString());
      assertEquals("Lloyd Austin", best.claims().get(0).source());
      // The denial carries the claim too; which of disagree and discuss it is, is the model's call (FNC-1 trained, it says discuss).
      CheckReport.Checked moscow = r.articles().stream().filter(c -> c.label().equals("Moscow denies")).findFirst().orElseThrow();
      assertTrue(moscow.stance() != BodyStance.AGREE, moscow.toString());
      assertTrue(moscow.evidence().stream().anyMatch(e -> e.sentence().contains("denied reports")), moscow.toString());
      List<BodyStance> order = r.articles().stream().map(CheckReport.Checked::stance).toList();
      assertEquals(order.stream().sorted().toList(), order, "grouped: agree, then disagree, then discuss");
    }
  }
}
