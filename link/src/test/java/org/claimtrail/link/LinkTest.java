package org.claimtrail.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.claimtrail.link.cluster.ClaimClusterer;
import org.claimtrail.link.dedup.MinHash;
import org.claimtrail.link.dedup.NearDuplicates;
import org.claimtrail.link.status.StatusRules;
import org.claimtrail.model.Claim;
import org.claimtrail.model.ClaimCluster;
import org.claimtrail.model.ClaimSource;
import org.claimtrail.model.ClusterStatus;
import org.claimtrail.model.DatedClaim;
import org.claimtrail.model.EntityType;
import org.claimtrail.model.QuoteType;
import org.claimtrail.model.Stance;
import org.junit.jupiter.api.Test;

class LinkTest {
  private static final String STORY =
      "The central bank kept its main interest rate unchanged on Thursday, saying inflation had slowed for a third month "
          + "while growth remained weak. Officials said they would watch wage data closely before deciding on any cut, and "
          + "analysts polled last week had expected no change. The currency rose slightly after the announcement.";

  @Test
  void syndicatedCopiesGroupAndOtherStoriesDoNot() {
    MinHash minHash = new MinHash();
    String copy = "FRANKFURT (Wire) - " + STORY + " Reporting by A. Writer; editing by B. Editor.";
    String other = "Heavy rain flooded roads across the region on Sunday and the weather service warned of more storms, while "
        + "rescue teams evacuated hundreds of residents from low-lying villages near the river.";
    List<long[]> sigs = List.of(minHash.signature(STORY), minHash.signature(copy), minHash.signature(other));
    assertTrue(MinHash.similarity(sigs.get(0), sigs.get(1)) > 0.6, "copy similarity " + MinHash.similarity(sigs.get(0), sigs.get(1)));
    assertTrue(MinHash.similarity(sigs.get(0), sigs.get(2)) < 0.1);
    int[] groups = new NearDuplicates().groups(sigs);
    assertEquals(groups[0], groups[1]);
    assertNotEquals(groups[0], groups[2]);
  }

  private static DatedClaim claim(String id, String source, Stance stance, String content, String date, String publisher) {
    Claim c = new Claim("a" + id, new ClaimSource(source, EntityType.ORGANIZATION, Optional.empty(), Optional.empty(), source, 0, 1), "said", "say",
        0, stance, QuoteType.INDIRECT, 0, content.length(), content, List.of(), Optional.empty(), 1);
    return new DatedClaim(id, c, Optional.of(Instant.parse(date + "T00:00:00Z")), Optional.of(publisher));
  }

  @Test
  void sameClaimInOtherWordsJoinsButNegationAndOtherNumbersDoNot() {
    ClaimClusterer clusterer = new ClaimClusterer(0.5, s -> s.replace("Pyongyang", "North Korea").replace("Moscow", "Russia"));
    List<DatedClaim> claims = List.of(
        claim("1", "HUR", Stance.CLAIMED, "Pyongyang had deployed troops to aid Moscow's invasion of Ukraine", "2024-10-10", "Kyiv Post"),
        claim("2", "South Korea", Stance.CLAIMED, "North Korea deployed troops to aid Russia's invasion of Ukraine", "2024-10-12", "Wire"),
        claim("3", "Russia", Stance.DENIED, "North Korea has not deployed troops to aid Russia's invasion of Ukraine", "2024-10-13", "Wire"),
        claim("4", "HUR", Stance.CLAIMED, "six North Korean officers had been killed in a missile strike", "2024-10-14", "Kyiv Post"),
        claim("5", "Kremlin critics", Stance.CLAIMED, "ten North Korean officers had been killed in a missile strike", "2024-10-15", "Blog"));
    int[] c = clusterer.cluster(claims);
    assertEquals(c[0], c[1]);
    assertNotEquals(c[0], c[2], "a negated claim is not the same claim");
    assertNotEquals(c[3], c[4], "six and ten killed contradict");
    assertNotEquals(c[0], c[3]);
  }

  @Test
  void statusRisesWithIndependentOriginsAndFallsWithDenials() {
    ClaimCluster cl = StatusRules.build("c1", List.of(
        claim("2", "HUR", Stance.CLAIMED, "x", "2024-10-11", "Outlet B"),
        claim("1", "HUR", Stance.CLAIMED, "x", "2024-10-10", "Outlet A"),
        claim("3", "NIS", Stance.ALLEGED, "x", "2024-10-12", "Outlet C"),
        claim("4", "Pentagon", Stance.CONFIRMED, "x", "2024-10-22", "Outlet D")));
    assertEquals(List.of("1", "2", "3", "4"), cl.members());
    assertEquals(List.of("HUR", "NIS", "Pentagon"), cl.origins(), "two outlets citing HUR are one origin");
    assertEquals(List.of(ClusterStatus.CLAIMED, ClusterStatus.CORROBORATED, ClusterStatus.CONFIRMED),
        cl.history().stream().map(ClaimCluster.Change::status).toList());
    assertEquals(ClusterStatus.CONFIRMED, cl.status());

    ClaimCluster disputed = StatusRules.build("c2", List.of(
        claim("1", "HUR", Stance.CLAIMED, "x", "2024-10-10", "A"), claim("2", "Kremlin", Stance.DENIED, "x", "2024-10-11", "B")));
    assertEquals(ClusterStatus.DISPUTED, disputed.status());
    ClaimCluster retracted = StatusRules.build("c3", List.of(
        claim("1", "Ministry", Stance.ASSERTED, "x", "2024-10-10", "A"), claim("2", "Ministry", Stance.DENIED, "x", "2024-10-11", "B")));
    assertEquals(ClusterStatus.RETRACTED, retracted.status());
  }
}
