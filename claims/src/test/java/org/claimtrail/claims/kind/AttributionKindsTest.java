package org.claimtrail.claims.kind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimtrail.claims.Annotations;
import org.claimtrail.claims.Extract;
import org.claimtrail.model.AttributionKind;
import org.claimtrail.model.Claim;
import org.claimtrail.model.Stance;
import org.claimtrail.nlp.AnnotatedText;
import org.junit.jupiter.api.Test;

/** Which attributions are claims: one test per way an attribution is no claim, or is one after all. */
class AttributionKindsTest {
  /** The one attribution of the sentence with the cue {@code cue}, every attribution kept. */
  private static Claim attribution(String sentence, String cue) {
    List<Claim> all = Extract.run(Annotations.parse(sentence)).claims();
    return all.stream().filter(c -> c.cue().equals(cue)).findFirst().orElseThrow(() -> new AssertionError(cue + " in " + all));
  }

  private static void assertKind(AttributionKind kind, String sentence, String cue) {
    Claim a = attribution(sentence, cue);
    assertEquals(kind, a.kind(), a::toString);
    AnnotatedText t = Annotations.parse(sentence);
    List<Claim> claims = Extract.claims(t);
    boolean shown = claims.stream().anyMatch(c -> c.cue().equals(cue));
    assertEquals(kind == AttributionKind.CLAIM, shown, () -> "claims: " + claims);
  }

  @Test
  void aBeliefOfOthersIsNoClaimInTheFirstPersonItIsAnAssertion() {
    assertKind(AttributionKind.BELIEF,
        "Traders/NNS/O/2/nsubj believe/VBP/O/0/root prices/NNS/O/5/nsubj will/MD/O/5/aux rise/VB/O/2/ccomp ././O/2/punct", "believe");
    String plain = "I/PRP/O/2/nsubj think/VBP/O/0/root it/PRP/O/5/nsubj is/VBZ/O/5/cop legal/JJ/O/2/ccomp ././O/2/punct";
    assertKind(AttributionKind.CLAIM, plain, "think");
    assertEquals(Stance.ASSERTED, attribution(plain, "think").stance(), "'I think' in the cue is no hedge of the content");
  }

  @Test
  void aNegatedBeliefWithAQuestionIsNoClaimAndNoDenial() {
    String s = "I/PRP/O/4/nsubj do/VBP/O/4/aux n't/RB/O/4/advmod know/VB/O/0/root how/WRB/O/9/advmod the/DT/O/7/det situations/NNS/O/9/nsubj"
        + " will/MD/O/9/aux turn/VB/O/4/ccomp out/RP/O/9/compound:prt ././O/4/punct";
    assertKind(AttributionKind.QUESTION, s, "do n't know");
    assertNotEquals(Stance.DENIED, attribution(s, "do n't know").stance());
  }

  @Test
  void notKnowingWhetherOrThatIsNoClaim() {
    // "I don't know if the community will accept us": what is not known, even as a clause.
    String whether = "I/PRP/O/4/nsubj do/VBP/O/4/aux n't/RB/O/4/advmod know/VB/O/0/root if/IN/O/9/mark the/DT/O/7/det community/NN/O/9/nsubj"
        + " will/MD/O/9/aux accept/VB/O/4/ccomp us/PRP/O/9/obj ././O/4/punct";
    assertKind(AttributionKind.QUESTION, whether, "do n't know");
    // "I did not know it was Mumbai": knowing negated puts nothing forward; "I don't think it was" does.
    String knew = "I/PRP/O/4/nsubj did/VBD/O/4/aux not/RB/O/4/advmod know/VB/O/0/root it/PRP/O/7/nsubj was/VBD/O/7/cop Mumbai/NNP/CITY/4/ccomp"
        + " ././O/4/punct";
    assertKind(AttributionKind.BELIEF, knew, "did not know");
    assertKind(AttributionKind.CLAIM, knew.replace("know/VB", "think/VB"), "did not think");
  }

  @Test
  void findingAThingIsNoClaimFindingThatOrEvidenceIs() {
    assertKind(AttributionKind.CLAIM, "Smith/NNP/PERSON/2/nsubj found/VBD/O/0/root that/IN/O/6/mark the/DT/O/5/det bazaar/NN/O/6/nsubj"
        + " closed/VBD/O/2/ccomp ././O/2/punct", "found");
    assertKind(AttributionKind.TOPIC,
        "Smith/NNP/PERSON/2/nsubj found/VBD/O/0/root several/JJ/O/4/amod texts/NNS/O/2/obj ././O/2/punct", "found");
    assertKind(AttributionKind.CLAIM,
        "Smith/NNP/PERSON/2/nsubj found/VBD/O/0/root evidence/NN/O/2/obj of/IN/O/5/case fraud/NN/O/3/nmod ././O/2/punct", "found");
  }

  @Test
  void aRefusalToSayAndADecisionAreNoClaims() {
    assertKind(AttributionKind.REFUSAL,
        "The/DT/O/2/det spokesman/NN/O/3/nsubj declined/VBD/O/0/root to/TO/O/5/mark comment/VB/O/3/xcomp ././O/3/punct", "declined");
    assertKind(AttributionKind.INTENTION,
        "Smith/NNP/PERSON/2/nsubj declined/VBD/O/0/root to/TO/O/4/mark play/VB/O/2/xcomp for/IN/O/6/case Iran/NNP/COUNTRY/4/obl ././O/2/punct", "declined");
    // Said, but what was said is that nothing will be said.
    assertKind(AttributionKind.REFUSAL, "Sergey/NNP/PERSON/2/nsubj said/VBD/O/0/root he/PRP/O/6/nsubj wo/MD/O/6/aux n't/RB/O/6/advmod give/VB/O/2/ccomp"
        + " any/DT/O/8/det comments/NNS/O/6/obj ././O/2/punct", "said");
  }

  @Test
  void aRequestIsNoClaimAPromiseIs() {
    assertKind(AttributionKind.REQUEST, "She/PRP/O/2/nsubj asked/VBD/O/0/root the/DT/O/4/det court/NN/O/2/obj to/TO/O/6/mark dismiss/VB/O/2/xcomp"
        + " it/PRP/O/6/obj ././O/2/punct", "asked");
    assertKind(AttributionKind.REQUEST, "Smith/NNP/PERSON/2/nsubj called/VBD/O/0/root for/IN/O/5/case a/DT/O/5/det summit/NN/O/2/obl ././O/2/punct", "called for");
    assertKind(AttributionKind.CLAIM, "He/PRP/O/2/nsubj vowed/VBD/O/0/root to/TO/O/4/mark fight/VB/O/2/xcomp ././O/2/punct", "vowed");
  }

  @Test
  void aWishOrPlanIsNoClaimNorASayingThatIsOnlyExpected() {
    assertKind(AttributionKind.INTENTION, "We/PRP/O/2/nsubj want/VBP/O/0/root to/TO/O/4/mark be/VB/O/2/xcomp there/RB/O/4/advmod ././O/2/punct", "want");
    assertKind(AttributionKind.BELIEF, "The/DT/O/2/det airline/NN/O/4/nsubj:pass is/VBZ/O/4/aux:pass expected/VBN/O/0/root to/TO/O/6/mark"
        + " announce/VB/O/4/xcomp purchases/NNS/O/6/obj ././O/4/punct", "announce");
  }

  @Test
  void aNounPhraseIsWhatWasSaidOnlyWhereItSaysIt() {
    assertKind(AttributionKind.TOPIC, "Smith/NNP/PERSON/2/nsubj discussed/VBD/O/0/root the/DT/O/4/det budget/NN/O/2/obj ././O/2/punct", "discussed");
    assertKind(AttributionKind.CLAIM, "She/PRP/O/2/nsubj denied/VBD/O/0/root the/DT/O/4/det reports/NNS/O/2/obj ././O/2/punct", "denied");
    assertKind(AttributionKind.CLAIM, "He/PRP/O/2/nsubj denied/VBD/O/0/root wrongdoing/NN/O/2/obj ././O/2/punct", "denied");
    assertKind(AttributionKind.CLAIM, "Smith/NNP/PERSON/2/nsubj called/VBD/O/0/root the/DT/O/4/det notion/NN/O/2/obj a/DT/O/6/det waste/NN/O/2/xcomp"
        + " ././O/2/punct", "called");
    assertKind(AttributionKind.TOPIC, "Acme/NNP/ORGANIZATION/2/nsubj posted/VBD/O/0/root a/DT/O/5/det large/JJ/O/5/amod gain/NN/O/2/obj"
        + " ././O/2/punct", "posted");
  }

  @Test
  void whatASentenceThatAsksOrBidsAttributesIsNoClaim() {
    assertKind(AttributionKind.QUESTION, "How/WRB/O/6/advmod do/VBP/O/6/aux your/PRP$/O/5/nmod:poss fellow/JJ/O/5/amod teammates/NNS/O/6/nsubj"
        + " describe/VB/O/0/root you/PRP/O/6/obj ?/./O/6/punct", "describe");
    // An interview: the interviewer's label heads a bidding; the answer under the guest's label.
    String wn = "(/-LRB-/O/3/punct ~(/-LRB-/O/3/punct ~WN/NNP/O/6/dep ~)/-RRB-/O/3/punct ~)/-RRB-/O/3/punct ";
    String lee = "¶ (/-LRB-/O/4/punct ~(/-LRB-/O/4/punct ~Ann/NNP/PERSON/4/compound Lee/NNP/PERSON/7/dep ~)/-RRB-/O/4/punct ~)/-RRB-/O/4/punct ";
    String interview = wn + "Tell/VB/O/0/root us/PRP/O/6/iobj about/IN/O/10/case the/DT/O/10/det engine/NN/O/6/obl ././O/6/punct || "
        + lee + "It/PRP/O/9/nsubj runs/VBZ/O/0/root fast/RB/O/8/advmod ././O/8/punct || "
        + "¶ " + wn + "Does/VBZ/O/8/aux it/PRP/O/8/nsubj work/VB/O/0/root ?/./O/8/punct || "
        + lee + "It/PRP/O/9/nsubj does/VBZ/O/0/root ././O/8/punct";
    assertKind(AttributionKind.REQUEST, interview, "Tell");
  }

  @Test
  void aConditionAfterASayingIsNoQuestion() {
    Claim c = attribution("He/PRP/O/2/nsubj said/VBD/O/0/root if/IN/O/6/mark the/DT/O/5/det bill/NN/O/6/nsubj passed/VBD/O/11/advcl ,/,/O/11/punct"
        + " the/DT/O/9/det community/NN/O/11/nsubj would/MD/O/11/aux retaliate/VB/O/2/ccomp ././O/2/punct", "said");
    assertEquals(AttributionKind.CLAIM, c.kind(), c::toString);
    assertTrue(c.content().startsWith("if the bill passed"), c::toString);
  }
}
