package org.claimtrail.claims.stance;

import static org.claimtrail.claims.Extract.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimtrail.claims.Annotations;
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
}
