package org.claimtrail.stance.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import org.claimtrail.stance.HashingEncoder;
import org.claimtrail.stance.Preparation;
import org.claimtrail.stance.text.Idf;
import org.junit.jupiter.api.Test;

class PairFeaturesTest {
  private static final String CLAIM = "North Korean troops are fighting in Russia's Kursk region";
  private static final String OWN = "Seoul's spy agency said on Friday that thousands of North Korean troops were in Russia. "
      + "Ukraine says North Korean troops are fighting in the Kursk region. The claim could not be verified.";
  private static final String DENIAL = "Moscow denied that North Korean troops are fighting in the Kursk region, calling the reports a hoax. "
      + "The weather was mild.";
  private static final String OTHER = "The city council approved a new budget for public libraries. Opening hours will grow.";

  private final HashingEncoder encoder = new HashingEncoder();
  private final List<BodyText> bodies = Preparation.bodies(List.of(OWN, DENIAL, OTHER), List.of(List.of(), List.of(), List.of()), encoder, n -> { });
  private final ClaimText claim = Preparation.claims(List.of(CLAIM), encoder).get(0);
  private final PairFeatures features = new PairFeatures(Idf.learn(bodies.stream().map(BodyText::termCounts).toList()),
      EnumSet.allOf(FeatureGroup.class));

  @Test
  void theBodyAboutTheClaimIsCloserThanAnUnrelatedOne() {
    FeatureRow own = features.of(claim, bodies.get(0));
    FeatureRow other = features.of(claim, bodies.get(2));
    for (String f : List.of("lex.tfidf_body", "lex.bm25", "lex.idf_share", "lex.bigram_share", "sem.max", "sem.centroid")) {
      assertTrue(own.get(f) > other.get(f) + 0.1, f + ": " + own.get(f) + " vs " + other.get(f));
    }
    assertEquals(0.0, other.get("lex.trigram_share"));
    assertTrue(own.get("lex.bm25") > 0 && own.get("lex.bm25") < 1);
  }

  @Test
  void cuesAreCountedNearTheSentenceMostLikeTheClaim() {
    FeatureRow denial = features.of(claim, bodies.get(1));
    FeatureRow own = features.of(claim, bodies.get(0));
    assertEquals(0.0, denial.get("sem.best_position"), "the first sentence is the denial");
    assertEquals(2.0, denial.get("cue.refuting_best_window"), "'denied' and 'hoax'");
    assertTrue(denial.get("cue.refuting_likeness_weighted") > 0.5);
    assertEquals(0.0, own.get("cue.refuting_best_window"));
    assertTrue(own.get("cue.hedging_body_share") > 0, "'could not be verified'");
    assertEquals(0.0, denial.get("cue.negation_on_one_side"), "neither the claim nor the denial has a negation word");
  }

  @Test
  void theClaimsGroupCountsClaimtrailsClaimsInTheBestSentences() {
    BodyText marked = BodyText.of(DENIAL, org.claimtrail.embed.SentenceSplitter.split(DENIAL),
        encoder.encode(org.claimtrail.embed.SentenceSplitter.split(DENIAL).stream().map(s -> s.of(DENIAL)).toList()),
        List.of(new ClaimMark(14, 80, org.claimtrail.model.Stance.DENIED)));
    FeatureRow row = features.of(claim, marked);
    assertEquals(1.0, row.get("claims.near_denied"));
    assertEquals(0.0, row.get("claims.near_asserted"));
    assertEquals(384 * 2, List.of(row.names()).stream().filter(n -> n.startsWith("vec.")).count());
  }
}
