package org.claimtrail.eval.fnc1;

import static org.claimtrail.model.BodyStance.AGREE;
import static org.claimtrail.model.BodyStance.DISAGREE;
import static org.claimtrail.model.BodyStance.DISCUSS;
import static org.claimtrail.model.BodyStance.UNRELATED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class Fnc1ScoreTest {
  @Test
  void weightedScoreAndF1AsWorkedByHand() {
    // gold       predicted   FNC-1 points (best)
    // agree      agree       1.00 (1.00)
    // disagree   discuss     0.25 (1.00)  related, wrong stance
    // discuss    unrelated   0.00 (1.00)
    // unrelated  unrelated   0.25 (0.25)
    // unrelated  agree       0.00 (0.25)
    // agree      agree       1.00 (1.00)
    // score 2.50 of 4.50 = 0.5556
    Fnc1Score s = Fnc1Score.of(List.of(AGREE, DISAGREE, DISCUSS, UNRELATED, UNRELATED, AGREE),
        List.of(AGREE, DISCUSS, UNRELATED, UNRELATED, AGREE, AGREE));
    assertEquals(2.5, s.score(), 1e-9);
    assertEquals(2.5 / 4.5, s.relative(), 1e-9);
    // agree: P 2/3, R 2/2 -> F1 0.8; disagree 0; discuss 0; unrelated P 1/2, R 1/2 -> 0.5.
    assertEquals(0.8, s.prf(AGREE).f1(), 1e-9);
    assertEquals(0.0, s.prf(DISAGREE).f1(), 1e-9);
    assertEquals(0.0, s.prf(DISCUSS).f1(), 1e-9);
    assertEquals(0.5, s.prf(UNRELATED).f1(), 1e-9);
    assertEquals((0.8 + 0.5) / 4, s.macroF1(), 1e-9);
    assertEquals(3.0 / 6, s.accuracy(), 1e-9);
    assertEquals(1, s.count(DISAGREE, DISCUSS));
    assertEquals(0, s.count(DISCUSS, DISAGREE));
  }

  @Test
  void allRightIsOneAndAllDiscussIsTheWeightedScoresBlindSpot() {
    List<org.claimtrail.model.BodyStance> gold = List.of(AGREE, DISAGREE, DISCUSS, UNRELATED);
    assertEquals(1.0, Fnc1Score.of(gold, gold).relative(), 1e-9);
    // Answering discuss for every related pair still earns 0.25 + 0.25 + 1.00 + 0 of 3.25.
    assertEquals(1.5 / 3.25, Fnc1Score.of(gold, List.of(DISCUSS, DISCUSS, DISCUSS, DISCUSS)).relative(), 1e-9);
  }
}
