package org.claimtrail.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.claimtrail.model.Claim;
import org.claimtrail.model.ClaimSource;
import org.claimtrail.model.EntityType;
import org.claimtrail.model.QuoteType;
import org.claimtrail.model.Stance;
import org.junit.jupiter.api.Test;

class ScorerTest {
  private static Claim claim(String source, Stance stance, String content, List<String> via) {
    return new Claim("a", new ClaimSource(source, EntityType.PERSON, Optional.empty(), Optional.empty(), source, 0, 1), "said", "say", 0,
        stance, QuoteType.INDIRECT, 0, content.length(), content, via, Optional.empty(), 1);
  }

  @Test
  void levelsCountFoundSourceStanceAndVia() {
    List<GoldClaim> gold = List.of(
        new GoldClaim("Lloyd Austin", "confirmed", "North Korean troops are in Russia", List.of("The Washington Post"), Optional.empty()),
        new GoldClaim("social media videos", "reported", "Korean-speaking soldiers in a Russian military base", List.of(), Optional.empty()),
        new GoldClaim("Ukraine", "claimed", "Pyongyang had deployed troops", List.of(), Optional.empty()));
    List<Claim> predicted = List.of(
        claim("Lloyd Austin", Stance.CONFIRMED, "North Korean troops are in Russia before adding", List.of("Washington Post")),
        claim("videos circulating on social media", Stance.REPORTED, "Korean-speaking soldiers in a Russian military base", List.of("x")),
        claim("Russia", Stance.CLAIMED, "Pyongyang had deployed troops to aid Moscow", List.of()),
        claim("Someone", Stance.ASSERTED, "an unrelated sentence about weather", List.of()));
    ClaimScorer.Result r = ClaimScorer.score(gold, predicted);
    assertEquals(new Prf(3, 4, 3), r.found());
    assertEquals(new Prf(2, 4, 3), r.source());
    assertEquals(new Prf(2, 4, 3), r.stance());
    assertEquals(new Prf(1, 4, 3), r.via());
    assertEquals(1, r.wrongSource().size());
    assertTrue(r.wrongSource().get(0).contains("Russia"));
    assertEquals(List.of(), r.wrongStance(), "both claims with the right source have the right stance");
    ClaimScorer.Result hedged = ClaimScorer.score(gold.subList(0, 1),
        List.of(claim("Lloyd Austin", Stance.HEDGED, "North Korean troops are in Russia", List.of("The Washington Post"))));
    assertEquals(1, hedged.wrongStance().size(), hedged::toString);
    assertTrue(hedged.wrongStance().get(0).startsWith("gold confirmed / predicted hedged"), hedged.wrongStance()::toString);
  }

  @Test
  void namesMatchByWordContainment() {
    assertTrue(ClaimScorer.sameName("The Washington Post", "Washington Post"));
    assertTrue(ClaimScorer.sameName("National Intelligence Service (South Korea)", "National Intelligence Service"));
    assertFalse(ClaimScorer.sameName("North Korea", "South Korea"));
  }

  @Test
  void spansScoreExactAndOverlapSeparately() {
    var gold = List.of(new SpanScorer.Span(0, 5), new SpanScorer.Span(10, 20));
    var predicted = List.of(new SpanScorer.Span(0, 5), new SpanScorer.Span(12, 30), new SpanScorer.Span(40, 41));
    SpanScorer.Result r = SpanScorer.score(gold, predicted);
    assertEquals(1.0 / 3, r.exact().precision(), 1e-9);
    assertEquals(0.5, r.exact().recall(), 1e-9);
    assertEquals(2.0 / 3, r.overlap().precision(), 1e-9);
    assertEquals(1.0, r.overlap().recall(), 1e-9);
  }
}
