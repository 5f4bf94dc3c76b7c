package org.claimtrail.claims.reported;

import static org.claimtrail.claims.Extract.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.claimtrail.claims.Annotations;
import org.claimtrail.model.Claim;
import org.claimtrail.nlp.AnnotatedText;
import org.junit.jupiter.api.Test;

/** "As X reported, …": the rest of the sentence is X's. On hand-built annotations (no CoreNLP). */
class AsClausesTest {
  @Test
  void anAsClauseAttributesTheRestOfTheSentence() {
    AnnotatedText t = Annotations.parse(
        "As/IN/O/3/mark Reuters/NNP/ORGANIZATION/3/nsubj reported/VBD/O/7/advcl ,/,/O/7/punct the/DT/O/6/det port/NN/O/7/nsubj closed/VBD/O/0/root"
            + " on/IN/O/9/case Monday/NNP/DATE/7/obl ././O/7/punct");
    List<Claim> claims = run(t).claims();
    assertEquals(1, claims.size(), claims::toString);
    assertEquals("Reuters", claims.get(0).source().name());
    assertEquals("reported", claims.get(0).cue());
    assertEquals("the port closed on Monday", claims.get(0).content());
  }

  @Test
  void anAsReportedByClauseTakesItsAgentAsTheSource() {
    AnnotatedText t = Annotations.parse(
        "As/IN/O/2/mark reported/VBN/O/7/advcl by/IN/O/4/case Reuters/NNP/ORGANIZATION/2/obl:agent ,/,/O/7/punct talks/NNS/O/7/nsubj resumed/VBD/O/0/root"
            + " ././O/7/punct");
    List<Claim> claims = run(t).claims();
    assertEquals(1, claims.size(), claims::toString);
    assertEquals("Reuters", claims.get(0).source().name());
    assertEquals("reported", claims.get(0).cue());
    assertEquals("talks resumed", claims.get(0).content());
  }

  @Test
  void anAsClauseInsideTheSentenceAttributesTheMainClauseAfterIt() {
    AnnotatedText t = Annotations.parse(
        "Last/JJ/DATE/2/amod week/NN/DATE/9/obl:tmod ,/,/O/9/punct as/IN/O/6/mark Reuters/NNP/ORGANIZATION/6/nsubj reported/VBD/O/9/advcl ,/,/O/9/punct"
            + " talks/NNS/O/9/nsubj resumed/VBD/O/0/root ././O/9/punct");
    List<Claim> claims = run(t).claims();
    assertEquals(1, claims.size(), claims::toString);
    assertEquals("Reuters", claims.get(0).source().name());
    assertEquals("talks resumed", claims.get(0).content());
  }
}
