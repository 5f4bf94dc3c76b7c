package org.claimtrail.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClaimTest {
  private static final ClaimSource AUSTIN = new ClaimSource("Lloyd Austin", EntityType.PERSON, Optional.of("US Defense Secretary"), Optional.of("e1"),
      "Austin", 0, 6);
  private static final Claim CLAIM = new Claim("a1", AUSTIN, "confirmed", "confirm", 7, Stance.CONFIRMED, QuoteType.INDIRECT, 17, 50,
      "North Korean troops are in Russia", List.of(), Optional.of("2024-10-23"), 0.85);

  @Test
  void eachWithChangesItsFieldAndKeepsTheRest() {
    ClaimSource he = AUSTIN.writtenAs("he", 60, 62);
    assertEquals(new ClaimSource("Lloyd Austin", EntityType.PERSON, Optional.of("US Defense Secretary"), Optional.of("e1"), "he", 60, 62), he);
    assertEquals(new Claim("a1", he, "confirmed", "confirm", 7, Stance.CONFIRMED, QuoteType.INDIRECT, 17, 50, "North Korean troops are in Russia",
        List.of(), Optional.of("2024-10-23"), 0.85), CLAIM.withSource(he));
    assertEquals(new Claim("a1", AUSTIN, "has confirmed", "confirm", 3, Stance.CONFIRMED, QuoteType.INDIRECT, 17, 50,
        "North Korean troops are in Russia", List.of(), Optional.of("2024-10-23"), 0.85), CLAIM.withCue("has confirmed", 3));
    assertEquals(Stance.HEDGED, CLAIM.withStance(Stance.HEDGED).stance());
    assertEquals(QuoteType.MIXED, CLAIM.withQuote(QuoteType.MIXED).quote());
    Claim moved = CLAIM.withContent(17, 36, "North Korean troops");
    assertEquals(List.of(17, 36, "North Korean troops"), List.of(moved.start(), moved.end(), moved.content()));
    assertEquals(CLAIM.withStance(Stance.HEDGED).withStance(Stance.CONFIRMED), CLAIM);
    assertEquals(List.of("The Washington Post"), CLAIM.withVia(List.of("The Washington Post")).via());
  }

  @Test
  void aWithKeepsTheChecksOfTheConstructor() {
    assertThrows(IllegalArgumentException.class, () -> CLAIM.withContent(50, 17, ""));
    assertThrows(NullPointerException.class, () -> CLAIM.withStance(null));
  }
}
