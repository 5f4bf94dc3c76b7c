package org.claimtrail.claims.phrase;

import static org.claimtrail.claims.Extract.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.claimtrail.claims.Annotations;
import org.claimtrail.model.Claim;
import org.claimtrail.model.Stance;
import org.junit.jupiter.api.Test;

/** "allegedly", "reportedly": the adverb's clause is an attributed claim. On hand-built annotations (no CoreNLP). */
class AllegedlyTest {
  private static String shots(String adverb) {
    return "The/DT/O/2/det man/NN/O/4/nsubj " + adverb + "/RB/O/4/advmod fired/VBD/O/0/root two/CD/NUMBER/6/nummod shots/NNS/O/4/obj ././O/4/punct";
  }

  @Test
  void anAdverbAloneMakesAClaimOfAnUnnamedSource() {
    List<Claim> alleged = run(Annotations.parse(shots("allegedly"))).claims();
    assertEquals(1, alleged.size(), alleged::toString);
    assertEquals("The man allegedly fired two shots", alleged.get(0).content());
    assertEquals("unnamed sources", alleged.get(0).source().name());
    assertEquals(Stance.ALLEGED, alleged.get(0).stance());
    List<Claim> reported = run(Annotations.parse(shots("reportedly"))).claims();
    assertEquals("reports", reported.get(0).source().name());
    assertEquals(Stance.REPORTED, reported.get(0).stance());
  }

  @Test
  void insideAnotherClaimTheAdverbsClaimIsThatSourcesAndEndsItsContent() {
    List<Claim> claims = run(Annotations.parse("Police/NNS/O/2/nsubj said/VBD/O/0/root that/IN/O/7/mark the/DT/O/5/det car/NN/O/7/nsubj:pass"
        + " was/VBD/O/7/aux:pass stolen/VBN/O/2/ccomp before/IN/O/12/mark the/DT/O/10/det man/NN/O/12/nsubj allegedly/RB/O/12/advmod"
        + " fired/VBD/O/7/advcl shots/NNS/O/12/obj ././O/2/punct")).claims();
    Claim alleged = claims.stream().filter(c -> c.cue().equals("allegedly")).findFirst().orElseThrow(() -> new AssertionError(claims.toString()));
    Claim said = claims.stream().filter(c -> c.cue().equals("said")).findFirst().orElseThrow(() -> new AssertionError(claims.toString()));
    assertEquals("the man allegedly fired shots", alleged.content());
    assertEquals("police", alleged.source().name(), claims::toString);
    assertEquals("the car was stolen before", said.content(), "the host's content ends before the allegation");
    assertEquals(Stance.ALLEGED, alleged.stance());
  }
}
