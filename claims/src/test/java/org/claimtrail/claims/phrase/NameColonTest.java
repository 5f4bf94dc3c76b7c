package org.claimtrail.claims.phrase;

import static org.claimtrail.claims.Extract.assertNoClaims;
import static org.claimtrail.claims.Extract.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.claimtrail.claims.Annotations;
import org.claimtrail.model.Claim;
import org.claimtrail.model.Stance;
import org.junit.jupiter.api.Test;

/** "Name: statement": a headline's or transcript's speaker before a colon. On hand-built annotations (no CoreNLP). */
class NameColonTest {
  @Test
  void aNamedSpeakerBeforeAColonSaysWhatFollows() {
    List<Claim> claims = run(Annotations.parse(
        "Pence/NNP/PERSON/0/root :/:/O/1/punct No/DT/O/5/det outside/JJ/O/5/amod influence/NN/O/1/dep ././O/1/punct")).claims();
    assertEquals(1, claims.size(), claims::toString);
    Claim c = claims.get(0);
    assertEquals("Pence", c.source().name());
    assertEquals(":", c.cue());
    assertEquals("No outside influence", c.content());
    assertEquals(Stance.ASSERTED, c.stance(), "a colon is a neutral cue, and the content has no marker");
  }

  @Test
  void aLabelOrALetterIsNoSpeaker() {
    assertNoClaims(
        "Poll/NNP/O/0/root :/:/O/1/punct voters/NNS/O/4/nsubj are/VBP/O/1/dep split/JJ/O/4/xcomp ././O/1/punct",
        "Q/NNP/O/0/root :/:/O/1/punct voters/NNS/O/4/nsubj are/VBP/O/1/dep split/JJ/O/4/xcomp ././O/1/punct");
  }
}
