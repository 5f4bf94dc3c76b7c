package org.claimtrail.claims.phrase;

import static org.claimtrail.claims.Extract.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.claimtrail.claims.Annotations;
import org.claimtrail.model.Claim;
import org.claimtrail.model.Stance;
import org.claimtrail.nlp.AnnotatedText;
import org.junit.jupiter.api.Test;

/** An owned noun naming a saying ("Obama's claim that …") is its owner's claim. On hand-built annotations (no CoreNLP). */
class OwnedNounsTest {
  @Test
  void anOwnedNounNamingASayingIsAClaimOfItsOwner() {
    AnnotatedText t = Annotations.parse(
        "Lee/NNP/PERSON/3/nmod:poss 's/POS/O/1/case claim/NN/O/9/nsubj that/IN/O/6/mark talks/NNS/O/6/nsubj failed/VBD/O/3/acl was/VBD/O/9/cop"
            + " wrong/JJ/O/9/amod news/NN/O/0/root ././O/9/punct");
    List<Claim> claims = run(t).claims();
    Claim c = claims.stream().filter(x -> x.cueLemma().equals("claim")).findFirst().orElseThrow(() -> new AssertionError(claims));
    assertEquals("Lee", c.source().name());
    assertEquals("Lee 's", c.source().text(), "the source as written, with its 's");
    assertEquals("claim", c.cue());
    assertEquals("talks failed", c.content());
    assertEquals(Stance.CLAIMED, c.stance());
  }
}
