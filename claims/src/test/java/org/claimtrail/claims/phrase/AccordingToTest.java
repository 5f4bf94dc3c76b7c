package org.claimtrail.claims.phrase;

import static org.claimtrail.claims.Extract.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.claimtrail.claims.Annotations;
import org.claimtrail.model.ArticleClaims;
import org.claimtrail.model.Claim;
import org.claimtrail.nlp.AnnotatedText;
import org.junit.jupiter.api.Test;

/** "According to X, …" and "…, according to X": a claim of X, or provenance of a cue. On hand-built annotations (no CoreNLP). */
class AccordingToTest {
  @Test
  void accordingToWithoutACueIsItsOwnClaim() {
    AnnotatedText t = Annotations.parse(
        "Ten/CD/NUMBER/2/nummod people/NNS/O/3/nsubj died/VBD/O/0/root ,/,/O/3/punct according/VBG/O/8/case to/IN/O/5/fixed the/DT/O/8/det ministry/NN/O/3/obl ././O/3/punct");
    ArticleClaims r = run(t);
    assertEquals(1, r.claims().size(), r.claims()::toString);
    assertEquals("ministry", r.claims().get(0).source().name());
    assertEquals("according to", r.claims().get(0).cueLemma());
    assertEquals("Ten people died", r.claims().get(0).content());
  }

  @Test
  void aSentenceOpeningAccordingToRunsItsSourceToTheCommaThatEndsThePhrase() {
    AnnotatedText t = Annotations.parse(
        "According/VBG/O/3/case to/TO/O/1/fixed polls/NNS/O/11/obl conducted/VBN/O/3/acl for/IN/O/7/case the/DT/O/7/det AP/NNP/ORGANIZATION/4/obl"
            + " ,/,/O/11/punct voters/NNS/O/11/nsubj are/VBP/O/11/cop angry/JJ/O/0/root ././O/11/punct");
    List<Claim> claims = run(t).claims();
    assertEquals(1, claims.size(), claims::toString);
    assertEquals("voters are angry", claims.get(0).content());
    assertEquals("polls conducted for the AP", claims.get(0).source().text());
  }

  @Test
  void anAccordingToAsideAttributesWhatRunsOnAfterItToo() {
    AnnotatedText t = Annotations.parse(
        "Trump/NNP/PERSON/3/nsubj is/VBZ/O/3/cop first/JJ/O/0/root ,/,/O/3/punct according/VBG/O/7/case to/TO/O/5/fixed polls/NNS/O/3/obl"
            + " ,/,/O/3/punct although/IN/O/12/mark Carson/NNP/PERSON/12/nsubj is/VBZ/O/12/cop close/JJ/O/3/advcl ././O/3/punct");
    List<Claim> claims = run(t).claims();
    assertEquals(1, claims.size(), claims::toString);
    assertEquals("Trump is first , according to polls , although Carson is close", claims.get(0).content());
  }
}
