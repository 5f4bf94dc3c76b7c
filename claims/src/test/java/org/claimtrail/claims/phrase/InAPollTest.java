package org.claimtrail.claims.phrase;

import static org.claimtrail.claims.Extract.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.claimtrail.claims.Annotations;
import org.claimtrail.model.Claim;
import org.claimtrail.model.Stance;
import org.claimtrail.nlp.AnnotatedText;
import org.junit.jupiter.api.Test;

/** "In a … poll, …": the poll's claim. On hand-built annotations (no CoreNLP). */
class InAPollTest {
  @Test
  void aSentenceOpeningInAPollIsThePollsClaim() {
    AnnotatedText t = Annotations.parse(
        "In/IN/O/5/case the/DT/O/5/det latest/JJS/O/5/amod ABC/NNP/ORGANIZATION/5/compound poll/NN/O/8/obl ,/,/O/5/punct"
            + " Clinton/NNP/PERSON/8/nsubj led/VBD/O/0/root Trump/NNP/PERSON/8/obj ././O/8/punct");
    List<Claim> claims = run(t).claims();
    assertEquals(1, claims.size(), claims::toString);
    assertEquals("In", claims.get(0).cue());
    assertEquals("the latest ABC poll", claims.get(0).source().text());
    assertEquals("Clinton led Trump", claims.get(0).content());
    assertEquals(Stance.REPORTED, claims.get(0).stance());
  }
}
