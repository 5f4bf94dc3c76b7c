package org.claimtrail.claims.stance;

import static org.claimtrail.claims.Extract.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimtrail.claims.Annotations;
import org.claimtrail.claims.cue.CueLexicon;
import org.claimtrail.model.Claim;
import org.claimtrail.model.Stance;
import org.claimtrail.nlp.AnnotatedText;
import org.junit.jupiter.api.Test;

/** Stance decided for every pass: the cue, negation, the content's markers, questions. On hand-built annotations (no CoreNLP). */
class StanceTest {
  /** "The senator CUE [if] the Pentagon had confirmed the deployment." */
  private static AnnotatedText pentagonConfirmed(String cue, String mark) {
    return Annotations.parse("The/DT/O/2/det senator/NN/TITLE/3/nsubj " + cue + "/VBD/O/0/root " + (mark.isEmpty() ? "" : mark + "/IN/O/8/mark ")
        + "the/DT/O/6/det Pentagon/NNP/ORGANIZATION/8/nsubj had/VBD/O/8/aux confirmed/VBN/O/3/ccomp the/DT/O/10/det deployment/NN/O/8/obj"
        + " ././O/3/punct");
  }

  @Test
  void nothingInAQuestionIsConfirmed() {
    // Asked if the Pentagon had confirmed it: the senator confirmed nothing, and neither, as far as
    // this sentence says, did the Pentagon.
    for (String mark : List.of("if", "whether")) {
      List<Claim> asked = run(pentagonConfirmed("asked", mark)).claims();
      Claim senator = asked.stream().filter(c -> c.cue().equals("asked")).findFirst().orElseThrow(() -> new AssertionError(asked.toString()));
      assertEquals(Stance.HEDGED, senator.stance(), senator::toString);
      assertTrue(asked.stream().filter(c -> c != senator).allMatch(c -> c.stance() == Stance.HEDGED), asked::toString);
    }
    // Said, the same words are a confirmation, the senator's and the Pentagon's.
    List<Claim> said = run(pentagonConfirmed("said", "")).claims();
    assertTrue(said.stream().anyMatch(c -> c.cue().equals("said") && c.stance() == Stance.CONFIRMED), said::toString);
  }

  private static Stance stanceOf(String sentence, String cue) {
    List<Claim> claims = run(Annotations.parse(sentence)).claims();
    return claims.stream().filter(c -> c.cue().equals(cue)).findFirst().orElseThrow(() -> new AssertionError(claims.toString())).stance();
  }

  @Test
  void whatIsOnlyExpectedOrShouldHappenIsHedgedFindingNoEvidenceIsAsserted() {
    var say = CueLexicon.standard().verb("say").orElseThrow();
    assertEquals(Stance.HEDGED, StanceRules.of(say, "This should result in substantial new lending", false));
    assertEquals(Stance.HEDGED, StanceRules.of(say, "The allowances are expected to rise", false));
    assertEquals(Stance.HEDGED, StanceRules.of(say, "I think ultimately we will be able to make curtailments", false));
    assertEquals(Stance.ASSERTED, StanceRules.of(say, "it found no evidence of tampering", false), "finding no evidence denies nobody's claim");
    assertEquals(Stance.ASSERTED, StanceRules.of(say, "We don't care if it is EEP", false), "'if' meaning 'whether' is no condition");
  }

  @Test
  void aHedgeInsideAnEmbeddedClauseIsNoHedgeOfWhatWasSaid() {
    // "Most of us don't believe that a tablet could kill us": the speaker asserts what most believe.
    String embedded = "She/PRP/O/2/nsubj said/VBD/O/0/root most/JJS/O/8/nsubj of/IN/O/5/case us/PRP/O/3/nmod do/VBP/O/8/aux n't/RB/O/8/advmod"
        + " believe/VB/O/2/ccomp that/IN/O/13/mark a/DT/O/11/det tablet/NN/O/13/nsubj could/MD/O/13/aux kill/VB/O/8/ccomp us/PRP/O/13/obj"
        + " ././O/2/punct";
    assertEquals(Stance.ASSERTED, stanceOf(embedded, "said"));
    String own = "She/PRP/O/2/nsubj said/VBD/O/0/root a/DT/O/4/det tablet/NN/O/6/nsubj could/MD/O/6/aux kill/VB/O/2/ccomp us/PRP/O/6/obj ././O/2/punct";
    assertEquals(Stance.HEDGED, stanceOf(own, "said"));
  }
}
