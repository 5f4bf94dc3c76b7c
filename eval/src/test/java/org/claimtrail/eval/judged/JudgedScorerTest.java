package org.claimtrail.eval.judged;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimtrail.model.Claim;
import org.claimtrail.model.ClaimSource;
import org.claimtrail.model.EntityType;
import org.claimtrail.model.QuoteType;
import org.claimtrail.model.Stance;
import org.junit.jupiter.api.Test;

class JudgedScorerTest {
  private static final String ART = "a1";

  private static Verdict verdict(String claim, String source, String content, String stance) {
    Map<Field, Mark> m = new EnumMap<>(Field.class);
    m.put(Field.IS_CLAIM, Mark.of(claim));
    m.put(Field.SOURCE, Mark.of(source));
    m.put(Field.CONTENT, Mark.of(content));
    m.put(Field.STANCE, Mark.of(stance));
    return new Verdict(m, "");
  }

  private static JudgedClaim judged(int n, int cueStart, String cue, int start, int end, String source, String stance, Verdict first,
      Map<Field, String> patterns, List<String> right, Optional<String> rightStance) {
    return new JudgedClaim(n, "news", "news.jsonl#line 1", new Attribution(ART, cueStart, cueStart + cue.length(), start, end), "abcd", cue, source,
        source, stance, "indirect", first, Optional.empty(), patterns, right, rightStance);
  }

  private static Claim claim(int cueStart, String cue, int start, int end, String source, Stance stance) {
    ClaimSource src = new ClaimSource(source, EntityType.PERSON, Optional.empty(), Optional.empty(), source, 0, source.length());
    return new Claim(ART, src, cue, cue, cueStart, stance, QuoteType.INDIRECT, start, end, "x".repeat(end - start), List.of(), Optional.empty(), 0.8);
  }

  @Test
  void theSameAttributionSharesTheArticleACueCharacterAndAContentCharacter() {
    Attribution judged = new Attribution(ART, 10, 14, 20, 40);
    assertTrue(judged.sameAs(new Attribution(ART, 10, 24, 20, 30)), "a cue that grew, a content that ends earlier");
    assertFalse(judged.sameAs(new Attribution("a2", 10, 14, 20, 40)), "another article");
    assertFalse(judged.sameAs(new Attribution(ART, 14, 18, 20, 40)), "a cue that moved to the next word");
    assertFalse(judged.sameAs(new Attribution(ART, 10, 14, 40, 60)), "a content that moved away");
    assertTrue(new Attribution(ART, 10, 14, 20, 20).sameAs(new Attribution(ART, 12, 13, 20, 25)), "an empty content at the start of the other");
  }

  @Test
  void theBestMatchHasTheJudgedSourceThenTheLargestContentOverlap() {
    JudgedClaim j = judged(0, 10, "said", 20, 40, "Ann Lee", "asserted", verdict("Y", "Y", "Y", "Y"), Map.of(), List.of(), Optional.empty());
    Claim other = claim(10, "said", 20, 40, "Bob Day", Stance.ASSERTED);
    Claim same = claim(10, "said", 30, 35, "Ann Lee", Stance.ASSERTED);
    Claim wide = claim(10, "said", 20, 39, "Ann Lee", Stance.ASSERTED);
    assertEquals(Optional.of(wide), JudgedScorer.best(j, List.of(other, same, wide)));
    assertEquals(Optional.empty(), JudgedScorer.best(j, List.of(claim(50, "said", 20, 40, "Ann Lee", Stance.ASSERTED))));
  }

  @Test
  void aFirstNegativeTheSecondJudgeDidNotShareIsBorderline() {
    Verdict first = verdict("Y", "N", "Y", "N");
    Verdict second = verdict("Y", "Y", "Y", "N");
    Verdict d = Verdict.decided(first, Optional.of(second));
    assertEquals(Mark.B, d.get(Field.SOURCE));
    assertEquals(Mark.N, d.get(Field.STANCE));
    // A borderline claim: the rest is the second judge's reading, borderline where only the second says N.
    Verdict claimB = Verdict.decided(verdict("N", "NA", "NA", "NA"), Optional.of(verdict("Y", "Y", "N", "Y")));
    assertEquals(List.of(Mark.B, Mark.Y, Mark.B, Mark.Y), List.of(claimB.get(Field.IS_CLAIM), claimB.get(Field.SOURCE), claimB.get(Field.CONTENT),
        claimB.get(Field.STANCE)));
  }

  @Test
  void anOutcomeKeepsWhatTheRunLeftAndJudgesAChangeOnlyByWhatTheJudgesGave() {
    JudgedClaim wrongSource = judged(0, 10, "said", 20, 40, "Eloise", "hedged", verdict("Y", "N", "Y", "N"), Map.of(Field.SOURCE, "5", Field.STANCE, "7"),
        List.of("Fiona Parry"), Optional.of("asserted"));
    Outcome fixed = Outcome.of(wrongSource, Optional.of(claim(10, "said", 20, 40, "Parry", Stance.ASSERTED)));
    assertEquals(Mark.Y, fixed.now(Field.SOURCE), "a name the judges gave, shortened");
    assertEquals(Mark.Y, fixed.now(Field.STANCE));
    assertEquals(Mark.Y, fixed.now(Field.CONTENT), "the same span keeps its verdict");
    Outcome still = Outcome.of(wrongSource, Optional.of(claim(10, "said", 20, 30, "Eloise", Stance.CLAIMED)));
    assertEquals(List.of(Mark.N, Mark.U, Mark.N), List.of(still.now(Field.SOURCE), still.now(Field.CONTENT), still.now(Field.STANCE)));
    JudgedClaim right = judged(1, 10, "said", 20, 40, "Ann Lee", "asserted", verdict("Y", "Y", "Y", "Y"), Map.of(), List.of(), Optional.empty());
    Outcome changed = Outcome.of(right, Optional.of(claim(10, "said", 20, 40, "Bob Day", Stance.HEDGED)));
    assertEquals(Mark.U, changed.now(Field.SOURCE), "another name nobody judged");
    assertEquals(Mark.N, changed.now(Field.STANCE), "a right stance changed is wrong");
  }

  @Test
  void theReportCountsWhatIsStillProducedFixedChangedAndLost() {
    JudgedClaim nonClaim = judged(0, 0, "wanted", 7, 20, "Ann Lee", "asserted", verdict("N", "NA", "NA", "NA"), Map.of(Field.IS_CLAIM, "1"),
        List.of(), Optional.empty());
    JudgedClaim nonClaim2 = judged(1, 30, "hoped", 36, 50, "Ann Lee", "hedged", verdict("N", "NA", "NA", "NA"), Map.of(Field.IS_CLAIM, "1"),
        List.of(), Optional.empty());
    JudgedClaim wrongStance = judged(2, 60, "said", 65, 90, "Ann Lee", "hedged", verdict("Y", "Y", "Y", "N"), Map.of(Field.STANCE, "7"), List.of(),
        Optional.of("asserted"));
    JudgedClaim right = judged(3, 100, "told", 105, 130, "Ann Lee", "asserted", verdict("Y", "Y", "Y", "Y"), Map.of(), List.of(), Optional.empty());
    JudgedClaim lostOne = judged(4, 140, "said", 145, 160, "Ann Lee", "hedged", verdict("Y", "Y", "Y", "N"), Map.of(Field.STANCE, "7"), List.of(),
        Optional.empty());
    JudgedSet set = new JudgedSet("T", "", List.of(new JudgedSet.Corpus("news", List.of("news.jsonl"), "")), Map.of("1", "not a cue", "7", "stance"),
        List.of(nonClaim, nonClaim2, wrongStance, right, lostOne), Map.of("news", List.of(new Attribution(ART, 0, 6, 7, 20),
            new Attribution(ART, 30, 35, 36, 50), new Attribution(ART, 60, 64, 65, 90), new Attribution(ART, 100, 104, 105, 130),
            new Attribution(ART, 140, 144, 145, 160))));
    List<Claim> run = List.of(claim(30, "hoped", 36, 50, "Ann Lee", Stance.HEDGED), claim(60, "said", 65, 90, "Ann Lee", Stance.ASSERTED),
        claim(100, "told", 105, 128, "Ann Lee", Stance.ASSERTED), claim(200, "said", 205, 230, "Bob Day", Stance.ASSERTED));
    JudgedReport r = JudgedScorer.score(set, new JudgedScorer.Run(Map.of("news", run), Map.of(ART, "abcdef")));
    JudgedReport.Tally t = r.tally(null);
    assertEquals(List.of(5, 3, 1), List.of(t.decided(), t.real(), t.fully()));
    assertEquals(List.of(1, 2, 2, 1), List.of(t.nonClaimsStill(), t.nonClaims(), t.rightFound(), t.lost()));
    assertEquals(List.of(3, 2, 1, 2), List.of(t.decidedNow(), t.realNow(), t.fullyNow(), t.fullyNowAtMost()));
    assertArrayEquals(new int[] {2, 1, 1, 0, 0}, r.byPattern().get("1"), "two non-claims: one gone, one still produced");
    assertArrayEquals(new int[] {2, 1, 0, 0, 1}, r.byPattern().get("7"), "two wrong stances: one now right, one lost with its claim");
    assertArrayEquals(new int[] {1, 4}, r.unjudged().get("news"), "Bob Day's claim is new");
  }

  @Test
  void aJudgedClaimWhoseArticleTextChangedIsNotScored() {
    JudgedClaim right = judged(0, 10, "said", 20, 40, "Ann Lee", "asserted", verdict("Y", "Y", "Y", "Y"), Map.of(), List.of(), Optional.empty());
    JudgedSet set = new JudgedSet("T", "", List.of(), Map.of(), List.of(right), Map.of());
    JudgedReport r = JudgedScorer.score(set, new JudgedScorer.Run(Map.of("news", List.of(claim(10, "said", 20, 40, "Ann Lee", Stance.ASSERTED))),
        Map.of(ART, "ffff00")));
    assertEquals(List.of(right), r.unscorable());
    assertEquals(0, r.tally(null).decided());
  }

  @Test
  void theBundledSetReadsAsItWasJudged() throws Exception {
    JudgedSet a = JudgedSet.bundled(JudgedSet.BUNDLED);
    assertEquals(300, a.items().size());
    JudgedReport.Tally t = JudgedReport.Tally.of(a.items().stream().map(j -> Outcome.of(j, Optional.empty())).toList());
    // The figures the judges' verdicts give (real claims, fully right, source right of the real claims).
    assertEquals(List.of(205, 299, 143, 174, 203), List.of(t.real(), t.decided(), t.fully(), t.source()[0], t.source()[1]));
    assertEquals(12111, a.population().values().stream().mapToInt(List::size).sum());
  }
}
