package org.claimtrail.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.claimtrail.link.dedup.MinHash;
import org.claimtrail.link.dedup.NearDuplicates;
import org.claimtrail.link.status.Origins;
import org.claimtrail.link.status.StanceStatus;
import org.claimtrail.link.status.StatusRules;
import org.claimtrail.model.ArticleToLink;
import org.claimtrail.model.ClaimCluster;
import org.claimtrail.model.ClaimToLink;
import org.claimtrail.model.ClusterStatus;
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

  private static ClaimToLink claim(String id, String source, Stance stance, String content, String date, String publisher) {
    return new ClaimToLink(id, "a" + id, source, EntityType.ORGANIZATION, Optional.empty(), stance, "say", content, QuoteType.INDIRECT, List.of(),
        Optional.of(Instant.parse(date + "T00:00:00Z")), Optional.of(publisher));
  }

  /** The cluster id of each claim, in input order. */
  private static List<String> clusterOf(Linker linker, List<ClaimToLink> claims) {
    LinkResult r = linker.link(new LinkInput(List.of(), claims));
    return claims.stream().map(c -> r.clusters().stream().filter(k -> k.members().contains(c.id())).findFirst().orElseThrow().id()).toList();
  }

  @Test
  void sameClaimInOtherWordsJoinsButNegationAndOtherNumbersDoNot() {
    Linker linker = Linker.standard(s -> s.replace("Pyongyang", "North Korea").replace("Moscow", "Russia"));
    List<ClaimToLink> claims = List.of(
        claim("1", "HUR", Stance.CLAIMED, "Pyongyang had deployed troops to aid Moscow's invasion of Ukraine", "2024-10-10", "Kyiv Post"),
        claim("2", "South Korea", Stance.CLAIMED, "North Korea deployed troops to aid Russia's invasion of Ukraine", "2024-10-12", "Wire"),
        claim("3", "Russia", Stance.DENIED, "North Korea has not deployed troops to aid Russia's invasion of Ukraine", "2024-10-13", "Wire"),
        claim("4", "HUR", Stance.CLAIMED, "six North Korean officers had been killed in a missile strike", "2024-10-14", "Kyiv Post"),
        claim("5", "Kremlin critics", Stance.CLAIMED, "ten North Korean officers had been killed in a missile strike", "2024-10-15", "Blog"));
    List<String> c = clusterOf(linker, claims);
    assertEquals(c.get(0), c.get(1));
    assertNotEquals(c.get(0), c.get(2), "a negated claim is not the same claim");
    assertNotEquals(c.get(3), c.get(4), "six and ten killed contradict");
    assertNotEquals(c.get(0), c.get(3));
    List<String> pair = clusterOf(linker, List.of(claims.get(0), claim("9", "NIS", Stance.CLAIMED,
        "Pyongyang deployed no fewer than 10,000 troops to aid Moscow's invasion of Ukraine", "2024-10-16", "Wire")));
    assertNotEquals(pair.get(0), pair.get(1), "'no' negates, even in 'no fewer than' (a word of link's negation list)");
  }

  @Test
  void theThresholdIsTheLinkers() {
    List<ClaimToLink> claims = List.of(claim("1", "HUR", Stance.CLAIMED, "troops crossed the border near Kursk on Monday", "2024-10-10", "A"),
        claim("2", "NIS", Stance.CLAIMED, "troops crossed the border near Kursk overnight", "2024-10-11", "B"));
    List<String> loose = clusterOf(Linker.standard(s -> s, 0.5), claims);
    List<String> strict = clusterOf(Linker.standard(s -> s, 0.9), claims);
    assertEquals(loose.get(0), loose.get(1), "5 of 7 content words shared: 0.71");
    assertNotEquals(strict.get(0), strict.get(1));
  }

  @Test
  void aRunGroupsCopiesAndClustersClaimsWithTheirStatus() {
    Linker linker = Linker.standard(s -> s);
    String copy = "FRANKFURT (Wire) - " + STORY + " Reporting by A. Writer; editing by B. Editor.";
    LinkInput in = linker.input().article(new ArticleToLink("10", STORY)).article(new ArticleToLink("11", copy))
        .article(new ArticleToLink("12", "Heavy rain flooded roads across the region on Sunday and the weather service warned of more storms."))
        .claim(claim("1", "HUR", Stance.CLAIMED, "the bank kept its main interest rate unchanged", "2024-10-10", "A"))
        .claim(claim("2", "NIS", Stance.CLAIMED, "the bank kept its main interest rate unchanged on Thursday", "2024-10-11", "B"))
        .claim(claim("3", "Weather service", Stance.ASSERTED, "more storms are coming to the region", "2024-10-12", "C")).build();
    LinkResult r = linker.link(in);
    assertEquals(r.groups().get("10"), r.groups().get("11"));
    assertEquals("12", r.groups().get("12"));
    assertEquals(1, r.syndicatedGroups());
    assertEquals(2, r.clusters().size());
    ClaimCluster first = r.clusters().get(0);
    assertEquals(List.of("1", "2"), first.members(), "largest first, members in time order");
    assertEquals(ClusterStatus.CORROBORATED, first.status());
    assertTrue(r.pairsCompared() >= 1);
  }

  @Test
  void statusRisesWithIndependentOriginsAndFallsWithDenials() {
    StatusRules rules = new StanceStatus(Origins.SOURCE_NAME);
    ClaimCluster cl = rules.build("c1", List.of(
        claim("2", "HUR", Stance.CLAIMED, "x", "2024-10-11", "Outlet B"),
        claim("1", "HUR", Stance.CLAIMED, "x", "2024-10-10", "Outlet A"),
        claim("3", "NIS", Stance.ALLEGED, "x", "2024-10-12", "Outlet C"),
        claim("4", "Pentagon", Stance.CONFIRMED, "x", "2024-10-22", "Outlet D")));
    assertEquals(List.of("1", "2", "3", "4"), cl.members());
    assertEquals(List.of("HUR", "NIS", "Pentagon"), cl.origins(), "two outlets citing HUR are one origin");
    assertEquals(List.of(ClusterStatus.CLAIMED, ClusterStatus.CORROBORATED, ClusterStatus.CONFIRMED),
        cl.history().stream().map(ClaimCluster.Change::status).toList());
    assertEquals(ClusterStatus.CONFIRMED, cl.status());

    ClaimCluster disputed = rules.build("c2", List.of(
        claim("1", "HUR", Stance.CLAIMED, "x", "2024-10-10", "A"), claim("2", "Kremlin", Stance.DENIED, "x", "2024-10-11", "B")));
    assertEquals(ClusterStatus.DISPUTED, disputed.status());
    ClaimCluster retracted = rules.build("c3", List.of(
        claim("1", "Ministry", Stance.ASSERTED, "x", "2024-10-10", "A"), claim("2", "Ministry", Stance.DENIED, "x", "2024-10-11", "B")));
    assertEquals(ClusterStatus.RETRACTED, retracted.status());
    ClaimCluster oneOrigin = rules.build("c4", List.of(
        claim("1", "HUR", Stance.CLAIMED, "x", "2024-10-10", "A"), claim("2", "Hur", Stance.CLAIMED, "x", "2024-10-11", "B")));
    assertEquals(ClusterStatus.CLAIMED, oneOrigin.status(), "one origin in two spellings of case");
    assertEquals(List.of("HUR"), oneOrigin.origins());
  }
}
