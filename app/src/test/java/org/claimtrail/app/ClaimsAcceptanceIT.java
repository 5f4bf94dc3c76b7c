package org.claimtrail.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.claimtrail.eval.ClaimScorer;
import org.claimtrail.eval.GoldFile;
import org.claimtrail.ingest.IngestListener;
import org.claimtrail.ingest.Inputs;
import org.claimtrail.model.Article;
import org.claimtrail.model.ArticleClaims;
import org.claimtrail.model.RawDocument;
import org.claimtrail.model.StageResult;
import org.claimtrail.pipeline.Claimtrail;
import org.claimtrail.pipeline.Pipeline;
import org.claimtrail.testkit.SharedCorpora;
import org.junit.jupiter.api.Test;

/**
 * The claims stage end to end with the real CoreNLP models, scored against gold annotations: the
 * seed's (17 claims) and our own file of corpus articles. Thresholds sit just under today's
 * figures, so a regression fails the build.
 */
class ClaimsAcceptanceIT {
  private static final Pipeline PIPELINE = Claimtrail.pipeline();

  private static ClaimScorer.Result score(Path gold, List<String> inputs) throws Exception {
    GoldFile file = GoldFile.read(gold);
    ClaimScorer.Result total = ClaimScorer.Result.empty();
    int seen = 0;
    try (Inputs in = PIPELINE.open(inputs, IngestListener.IGNORE)) {
      for (RawDocument doc : in) {
        Optional<String> key = file.keyOf(doc.origin());
        if (key.isEmpty()) {
          continue;
        }
        seen++;
        Article a = ((StageResult.Ok<Article>) PIPELINE.extract(doc)).value();
        StageResult<ArticleClaims> r = PIPELINE.claims(a);
        ArticleClaims claims = ((StageResult.Ok<ArticleClaims>) r).value();
        total = total.plus(ClaimScorer.score(file.claims(key.get(), doc.decodedText()), claims.claims()));
      }
    }
    assertEquals(file.size(), seen, "every gold article was found in the inputs");
    return total;
  }

  @Test
  void seedArticle() throws Exception {
    ClaimScorer.Result r = score(SharedCorpora.corpora().resolve("seed/gold.json"), List.of(SharedCorpora.seedArticle().toString()));
    assertTrue(r.stance().truePositives() >= 16, () -> "claims with right source and stance: " + r.stance() + "; missed " + r.missed());
    assertEquals(List.of(), r.wrongSource(), "no claim attributed to the wrong source");
  }

  @Test
  void ownGoldOfCorpusArticles() throws Exception {
    Path gold = Path.of(ClaimsAcceptanceIT.class.getResource("/gold/claims-gold.json").toURI());
    ClaimScorer.Result r = score(gold, List.of(
        SharedCorpora.corpora().resolve("wikinews").toString(), SharedCorpora.corpora().resolve("reuters-21578").toString()));
    assertTrue(r.found().f1() >= 0.80, () -> "claims found: " + r.found());
    assertTrue(r.source().f1() >= 0.70, () -> "with the right source: " + r.source() + "; wrong " + r.wrongSource());
    assertTrue(r.stance().f1() >= 0.58, () -> "with the right stance: " + r.stance());
  }
}
