package org.claimtrail.claims.provenance;

import static org.claimtrail.claims.Extract.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimtrail.claims.Annotations;
import org.claimtrail.model.ArticleClaims;
import org.claimtrail.model.Claim;
import org.claimtrail.nlp.AnnotatedText;
import org.junit.jupiter.api.Test;

/** "X, citing Y": Y the source, X the via, when Y is a source. On hand-built annotations (no CoreNLP). */
class ProvenanceTest {
  @Test
  void citingReasonsIsAClaimCitingASourceIsNot() {
    AnnotatedText reasons = Annotations.parse(
        "McCain/NNP/PERSON/2/nsubj spoke/VBD/O/0/root ,/,/O/4/punct citing/VBG/O/2/advcl low/JJ/O/6/amod growth/NN/O/4/obj ././O/2/punct");
    List<Claim> claims = run(reasons).claims();
    assertEquals(1, claims.size(), claims::toString);
    assertEquals("McCain", claims.get(0).source().name());
    assertEquals("citing", claims.get(0).cue());
    assertEquals("low growth", claims.get(0).content());

    AnnotatedText source = Annotations.parse(
        "McCain/NNP/PERSON/2/nsubj spoke/VBD/O/0/root ,/,/O/4/punct citing/VBG/O/2/advcl the/DT/O/6/det Pentagon/NNP/ORGANIZATION/4/obj ././O/2/punct");
    assertTrue(run(source).claims().isEmpty(), () -> run(source).claims().toString());
  }

  @Test
  void citingMakesTheCitedTheSourceAndTheReportsAVia() {
    AnnotatedText t = Annotations.parse(
        "Media/NNS/O/2/compound reports/NNS/O/7/nsubj ,/,/O/4/punct citing/VBG/O/2/acl police/NN/O/4/obj ,/,/O/4/punct claimed/VBD/O/0/root that/IN/O/11/mark six/CD/NUMBER/10/nummod officers/NNS/O/11/nsubj died/VBD/O/7/ccomp ././O/7/punct");
    ArticleClaims r = run(t);
    assertEquals(1, r.claims().size(), r.claims()::toString);
    Claim c = r.claims().get(0);
    assertEquals("police", c.source().name());
    assertEquals(List.of("media reports"), c.via());
    assertEquals("six officers died", c.content());
  }
}
