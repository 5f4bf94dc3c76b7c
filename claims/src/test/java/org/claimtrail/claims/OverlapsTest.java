package org.claimtrail.claims;

import static org.claimtrail.claims.Extract.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.claimtrail.model.ArticleClaims;
import org.claimtrail.model.Claim;
import org.claimtrail.model.QuoteType;
import org.claimtrail.nlp.AnnotatedText;
import org.junit.jupiter.api.Test;

/** What the passes' claims become where they overlap, once all are in. On hand-built annotations (no CoreNLP). */
class OverlapsTest {
  @Test
  void aBeliefInsideAnotherClaimIsPartOfItsContent() {
    AnnotatedText t = Annotations.parse(
        "Jo/NNP/PERSON/2/compound Roe/NNP/PERSON/3/nsubj said/VBD/O/0/root he/PRP/O/5/nsubj feels/VBZ/O/3/ccomp the/DT/O/7/det plan/NN/O/8/nsubj works/VBZ/O/5/ccomp ././O/3/punct");
    ArticleClaims r = run(t);
    assertEquals(1, r.claims().size(), r.claims()::toString);
    assertEquals("say", r.claims().get(0).cueLemma());
    assertEquals("he feels the plan works", r.claims().get(0).content());
  }

  @Test
  void aReportedContentThatOpensAQuotationRunsToItsClosingMark() {
    // "Lee said talks were “awful. They failed.”": the second sentence is still Lee's words.
    AnnotatedText t = Annotations.parse(
        "Lee/NNP/PERSON/2/nsubj said/VBD/O/0/root talks/NNS/O/6/nsubj were/VBD/O/6/cop “/``/O/6/punct awful/JJ/O/2/ccomp ././O/2/punct"
            + " || They/PRP/O/2/nsubj failed/VBD/O/0/root ././O/2/punct ”/''/O/2/punct");
    List<Claim> claims = run(t).claims();
    Claim said = claims.stream().filter(c -> c.cue().equals("said")).findFirst().orElseThrow(() -> new AssertionError(claims));
    assertEquals("talks were “ awful . They failed . ”", said.content());
    assertEquals(QuoteType.MIXED, said.quote());
  }

  @Test
  void aQuoteInsideItsOwnCuesReportedContentIsNoSecondClaim() {
    AnnotatedText t = Annotations.parse(
        "Lee/NNP/PERSON/2/nsubj warned/VBD/O/0/root of/IN/O/7/case a/DT/O/7/det “/``/O/7/punct cultural/JJ/O/7/amod war/NN/O/2/obl ”/''/O/7/punct"
            + " against/IN/O/10/case liberals/NNS/O/7/nmod ././O/2/punct");
    List<Claim> claims = run(t).claims();
    assertEquals(1, claims.size(), claims::toString);
    assertEquals(QuoteType.MIXED, claims.get(0).quote());
  }
}
