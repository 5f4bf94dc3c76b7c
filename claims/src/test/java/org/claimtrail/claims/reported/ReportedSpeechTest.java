package org.claimtrail.claims.reported;

import static org.claimtrail.claims.Extract.article;
import static org.claimtrail.claims.Extract.assertNoClaims;
import static org.claimtrail.claims.Extract.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.claimtrail.claims.Annotations;
import org.claimtrail.claims.ClaimExtractor;
import org.claimtrail.claims.entity.AliasTable;
import org.claimtrail.model.ArticleClaims;
import org.claimtrail.model.Claim;
import org.claimtrail.model.EntityType;
import org.claimtrail.model.QuoteType;
import org.claimtrail.model.Stance;
import org.claimtrail.nlp.AnnotatedText;
import org.junit.jupiter.api.Test;

/** Reported speech around a cue verb: subjects, contents, passives, seemings, questions put by nobody, asides. On hand-built annotations (no CoreNLP). */
class ReportedSpeechTest {
  @Test
  void reportedSpeechWithThatClause() {
    AnnotatedText t = Annotations.parse(
        "Kyrylo/NNP/PERSON/2/compound Budanov/NNP/PERSON/3/nsubj claimed/VBD/O/0/root that/IN/O/7/mark Pyongyang/NNP/CITY/7/nsubj would/MD/O/7/aux receive/VB/O/3/ccomp weapons/NNS/O/7/obj ././O/3/punct");
    ArticleClaims r = run(t);
    assertEquals(1, r.claims().size(), r.claims()::toString);
    Claim c = r.claims().get(0);
    assertEquals("Kyrylo Budanov", c.source().name());
    assertEquals(EntityType.PERSON, c.source().type());
    assertEquals(Stance.CLAIMED, c.stance());
    assertEquals(QuoteType.INDIRECT, c.quote());
    assertEquals("Pyongyang would receive weapons", c.content());
    assertEquals("Pyongyang would receive weapons", t.text().substring(c.start(), c.end()));
    assertTrue(r.entities().stream().anyMatch(e -> e.canonical().equals("North Korea") && e.type() == EntityType.COUNTRY),
        "the capital as an agent names its country: " + r.entities());
  }

  @Test
  void aCueCoordinatedWithACopulaClauseSharesItsSubject() {
    AnnotatedText t = Annotations.parse(
        "Ruth/NNP/PERSON/2/compound Marcus/NNP/PERSON/4/nsubj was/VBD/O/4/cop critical/JJ/O/0/root of/IN/O/6/case Trump/NNP/PERSON/4/obl"
            + " but/CC/O/8/cc wrote/VBD/O/4/conj that/IN/O/13/mark the/DT/O/11/det case/NN/O/13/nsubj is/VBZ/O/13/cop relevant/JJ/O/8/ccomp"
            + " ././O/4/punct");
    List<Claim> claims = run(t).claims();
    assertEquals(1, claims.size(), claims::toString);
    assertEquals("Ruth Marcus", claims.get(0).source().name());
    assertEquals("wrote", claims.get(0).cue());
    assertEquals("the case is relevant", claims.get(0).content());
  }

  @Test
  void aParticipleRightAfterAQuotedPhraseSpeaksForItsClause() {
    AnnotatedText t = Annotations.parse(
        "Trump/NNP/PERSON/2/nsubj defended/VBD/O/0/root “/``/O/4/punct values/NNS/O/2/obj ,/,/O/4/punct ”/''/O/4/punct saying/VBG/O/2/advcl"
            + " the/DT/O/9/det city/NN/O/11/nsubj was/VBD/O/11/cop brave/JJ/O/7/ccomp ././O/2/punct");
    List<Claim> claims = run(t).claims();
    Claim saying = claims.stream().filter(c -> c.cue().equals("saying")).findFirst().orElseThrow(() -> new AssertionError(claims.toString()));
    assertEquals("Trump", saying.source().name());
    assertEquals("the city was brave", saying.content());
  }

  @Test
  void findingsAndResultsCanShowSomething() {
    for (String noun : List.of("Findings", "Results")) {
      AnnotatedText t = Annotations.parse(
          noun + "/NNS/O/2/nsubj show/VBP/O/0/root that/IN/O/5/mark income/NN/O/5/nsubj rose/VBD/O/2/ccomp ././O/2/punct");
      List<Claim> claims = run(t).claims();
      assertEquals(1, claims.size(), noun + ": " + claims);
      assertEquals(Stance.REPORTED, claims.get(0).stance());
      assertEquals("income rose", claims.get(0).content());
    }
  }

  @Test
  void aSentenceOpeningAskedIsAQuestionHoweverTheParserHangsIt() {
    AnnotatedText t = Annotations.parse(
        "Asked/VBN/O/8/discourse whether/IN/O/5/mark he/PRP/O/5/nsubj would/MD/O/5/aux run/VB/O/1/ccomp ,/,/O/8/punct"
            + " Ryan/NNP/PERSON/8/nsubj said/VBD/O/0/root no/UH/O/8/discourse ././O/8/punct");
    List<Claim> claims = run(t).claims();
    Claim asked = claims.stream().filter(c -> c.cue().equals("Asked")).findFirst().orElseThrow(() -> new AssertionError(claims.toString()));
    assertEquals("whether he would run", asked.content());
    assertTrue(!asked.source().named(), asked::toString);
  }

  @Test
  void aQuotedWordInASentenceThatGoesOnIsPartOfAMixedContent() {
    AnnotatedText t = Annotations.parse(
        "He/PRP/O/2/nsubj described/VBD/O/0/root “/``/O/6/punct illegal/JJ/O/6/amod ”/''/O/6/punct immigrants/NNS/O/2/obj as/IN/O/9/case"
            + " violent/JJ/O/9/amod criminals/NNS/O/6/nmod:as ././O/2/punct");
    List<Claim> claims = run(t).claims();
    assertEquals(1, claims.size(), claims::toString);
    assertEquals(QuoteType.MIXED, claims.get(0).quote());
    assertTrue(claims.get(0).content().endsWith("immigrants as violent criminals"), claims.get(0)::content);
  }

  @Test
  void aQuoteEndingAClauseIsTheWholeContentThoughTheSentenceGoesOn() {
    AnnotatedText t = Annotations.parse(
        "Kasich/NNP/PERSON/2/nsubj cautioned/VBD/O/0/root “/``/O/5/punct let/VB/O/5/aux wait/VB/O/2/ccomp ,/,/O/5/punct ”/''/O/5/punct"
            + " before/IN/O/9/mark predicting/VBG/O/2/advcl a/DT/O/11/det win/NN/O/9/obj ././O/2/punct");
    List<Claim> claims = run(t).claims();
    Claim cautioned = claims.stream().filter(c -> c.cue().equals("cautioned")).findFirst().orElseThrow(() -> new AssertionError(claims.toString()));
    assertEquals(QuoteType.DIRECT, cautioned.quote());
    assertTrue(!cautioned.content().contains("predicting"), cautioned::content);
  }

  @Test
  void denialAndSurnameMergeAndPostposedAttribution() {
    AnnotatedText t = Annotations.parse(
        "Maria/NNP/PERSON/2/compound Example/NNP/PERSON/3/nsubj denied/VBD/O/0/root that/IN/O/7/mark the/DT/O/6/det port/NN/O/7/nsubj closed/VBD/O/3/ccomp ././O/3/punct"
            + " || The/DT/O/2/det ban/NN/O/4/nsubj:pass was/VBD/O/4/aux:pass lifted/VBN/O/7/ccomp ,/,/O/4/punct Example/NNP/PERSON/7/nsubj said/VBD/O/0/root ././O/7/punct");
    ArticleClaims r = run(t);
    assertEquals(2, r.claims().size(), r.claims()::toString);
    assertEquals(Stance.DENIED, r.claims().get(0).stance());
    Claim second = r.claims().get(1);
    assertEquals("Maria Example", second.source().name(), "surname resolves to the full name");
    assertEquals("The ban was lifted", second.content());
    assertEquals(Stance.ASSERTED, second.stance());
  }

  @Test
  void aNameThatIsAlsoAVerbIsNoCue() {
    // As CoreNLP parsed it: "Hope" the verb, with a clause it seems to hope.
    List<Claim> claims = run(Annotations.parse(
        "Senior/JJ/O/2/amod advisor/NN/O/3/nsubj Hope/VBP/PERSON/0/root Hicks/NNP/PERSON/6/nsubj had/VBD/O/6/aux tested/VBN/O/3/ccomp positive/JJ/O/6/xcomp ././O/3/punct")).claims();
    assertTrue(claims.isEmpty(), claims::toString);
  }

  @Test
  void aThingOneIsDeniedIsNoDenialOfAStatement() {
    // Withholding, not denying: a passive subject with an object, a second object, a thing granted.
    assertNoClaims(
        "The/DT/O/2/det players/NNS/O/4/nsubj:pass were/VBD/O/4/aux:pass denied/VBN/O/0/root visas/NNS/O/4/obj ././O/4/punct",
        "The/DT/O/2/det court/NN/O/3/nsubj denied/VBD/O/0/root him/PRP/O/3/iobj bail/NN/O/3/obj ././O/3/punct",
        "The/DT/O/2/det board/NN/O/3/nsubj denied/VBD/O/0/root entry/NN/O/3/obj to/IN/O/7/case the/DT/O/7/det site/NN/O/4/nmod ././O/3/punct");
    // A statement denied still is a denial.
    List<Claim> report = run(Annotations.parse(
        "The/DT/O/2/det board/NN/O/3/nsubj denied/VBD/O/0/root the/DT/O/5/det report/NN/O/3/obj ././O/3/punct")).claims();
    assertEquals(1, report.size(), report::toString);
    assertEquals(Stance.DENIED, report.get(0).stance());
  }

  @Test
  void aFallIsNoRefusal() {
    // "Decline" with an amount, an adverb of change, or as an adjective: a fall.
    assertNoClaims(
        "Loans/NNS/O/2/nsubj declined/VBD/O/0/root 114/CD/NUMBER/5/nummod mln/CD/NUMBER/5/compound dlrs/NNS/O/2/obj ././O/2/punct",
        "The/DT/O/2/det index/NN/O/3/nsubj declined/VBD/O/0/root sharply/RB/O/3/advmod to/IN/O/7/case 51.9/CD/PERCENT/7/nummod pct/NN/PERCENT/3/obl ././O/3/punct",
        "It/PRP/O/2/nsubj implies/VBZ/O/0/root a/DT/O/5/det declining/VBG/O/5/amod economy/NN/O/2/obj ././O/2/punct");
    // Declining to do something, a thing offered, or just declining, still is a refusal.
    for (String sentence : List.of(
        "The/DT/O/2/det spokesman/NN/O/3/nsubj declined/VBD/O/0/root to/TO/O/5/mark comment/VB/O/3/xcomp on/IN/O/7/case talks/NNS/O/5/obl ././O/3/punct",
        "The/DT/O/2/det board/NN/O/3/nsubj declined/VBD/O/0/root the/DT/O/5/det offer/NN/O/3/obj ././O/3/punct",
        // Bare, as where the parser lost the link between "declined" and "comment".
        "Hoff/NNP/PERSON/7/nsubj ,/,/O/1/punct who/WP/O/6/obj declined/VBD/O/6/nsubj to/TO/O/6/mark comment/VB/O/1/acl:relcl"
            + " proposes/VBZ/O/0/root changes/NNS/O/7/obj ././O/7/punct")) {
      List<Claim> claims = run(Annotations.parse(sentence)).claims();
      assertTrue(claims.stream().anyMatch(c -> c.cueLemma().equals("decline") && c.stance() == Stance.DENIED), () -> sentence + " -> " + claims);
    }
  }

  @Test
  void whoeverJustSaidItAddsIt() {
    // The parser hangs "adding" on the content's verb, whose subject is no speaker.
    List<Claim> claims = run(Annotations.parse(
        "Those/DT/O/2/det discussions/NNS/O/4/nsubj are/VBP/O/4/aux continuing/VBG/O/0/root ,/,/O/4/punct the/DT/O/7/det company/NN/O/8/nsubj"
            + " said/VBD/O/4/parataxis ,/,/O/4/punct adding/VBG/O/4/advcl it/PRP/O/14/nsubj could/MD/O/14/aux not/RB/O/14/advmod"
            + " predict/VB/O/10/ccomp results/NNS/O/14/obj ././O/4/punct")).claims();
    Claim said = claims.stream().filter(c -> c.cue().equals("said")).findFirst().orElseThrow(() -> new AssertionError(claims));
    Claim adding = claims.stream().filter(c -> c.cue().startsWith("adding")).findFirst().orElseThrow(() -> new AssertionError(claims));
    assertEquals("company", said.source().name(), claims::toString);
    assertEquals(said.source().name(), adding.source().name(), claims::toString);
  }

  @Test
  void aPrepositionAfterTheCueJoinsTheCueNotTheContent() {
    AnnotatedText t = Annotations.parse(
        "Lee/NNP/PERSON/2/nsubj called/VBD/O/0/root for/IN/O/5/case new/JJ/O/5/amod talks/NNS/O/2/obl ././O/2/punct");
    ArticleClaims r = run(t);
    assertEquals(1, r.claims().size(), r.claims()::toString);
    assertEquals("called for", r.claims().get(0).cue());
    assertEquals("new talks", r.claims().get(0).content());
  }

  @Test
  void textWithoutAttributionHasNoClaims() {
    AnnotatedText t = Annotations.parse("The/DT/O/2/det storm/NN/O/3/nsubj hit/VBD/O/0/root the/DT/O/5/det coast/NN/O/3/obj ././O/3/punct");
    assertEquals(List.of(), run(t).claims());
  }

  @Test
  void aDateWhoseFirstWordNerLeftUntaggedDoesNotHang() {
    // "last" untagged, "week" a DATE: the skip over the time of saying once looped for ever here.
    AnnotatedText t = Annotations.parse(
        "Smith/NNP/PERSON/2/nsubj said/VBD/O/0/root last/JJ/O/4/amod week/NN/DATE/2/obl:tmod that/IN/O/8/mark the/DT/O/7/det port/NN/O/8/nsubj closed/VBD/O/2/ccomp ././O/2/punct");
    List<Claim> claims = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10), () -> run(t).claims());
    assertEquals(1, claims.size(), claims::toString);
    assertEquals("the port closed", claims.get(0).content());
  }

  @Test
  void aParticipleTheParseLeavesLooseSharesItsClausesSubject() {
    // The parse hangs "saying" on the main verb as a bare "dep": the word order still gives the speaker.
    AnnotatedText t = Annotations.parse(
        "Jo/NNP/PERSON/2/compound Roe/NNP/PERSON/3/nsubj apologized/VBD/O/0/root ,/,/O/3/punct saying/VBG/O/3/dep it/PRP/O/8/nsubj was/VBD/O/8/cop"
            + " wrong/JJ/O/5/ccomp ././O/3/punct");
    List<Claim> claims = run(t).claims();
    assertEquals(1, claims.size(), claims::toString);
    assertEquals("Jo Roe", claims.get(0).source().name());
    assertEquals("it was wrong", claims.get(0).content());
  }

  @Test
  void aCoordinatedCueSharesTheFirstVerbsSubject() {
    AnnotatedText t = Annotations.parse(
        "Lee/NNP/PERSON/2/nsubj backed/VBD/O/0/root Obama/NNP/PERSON/2/obj and/CC/O/5/cc said/VBD/O/2/conj ,/,/O/5/punct “/``/O/9/punct"
            + " Talks/NNS/O/9/nsubj failed/VBD/O/5/ccomp ././O/5/punct ”/''/O/5/punct");
    List<Claim> quoted = run(t).claims().stream().filter(c -> c.cueLemma().equals("say")).toList();
    assertEquals(1, quoted.size(), quoted::toString);
    assertEquals("Lee", quoted.get(0).source().name());
    assertEquals(QuoteType.DIRECT, quoted.get(0).quote());
    assertEquals("said", quoted.get(0).cue());
  }

  @Test
  void aSpeakerAfterAnOpeningParticipleEndsWhatTheParticipleSays() {
    // "Noting taxes rose, Lee said talks failed": Lee notes that taxes rose, and says talks failed.
    AnnotatedText t = Annotations.parse(
        "Noting/VBG/O/6/advcl taxes/NNS/O/3/nsubj rose/VBD/O/1/ccomp ,/,/O/6/punct Lee/NNP/PERSON/6/nsubj said/VBD/O/0/root talks/NNS/O/8/nsubj"
            + " failed/VBD/O/6/ccomp ././O/6/punct");
    List<Claim> claims = run(t).claims();
    Claim noting = claims.stream().filter(c -> c.cueLemma().equals("note")).findFirst().orElseThrow(() -> new AssertionError(claims));
    assertEquals("Lee", noting.source().name());
    assertEquals("taxes rose", noting.content());
    assertTrue(claims.stream().anyMatch(c -> c.cueLemma().equals("say") && c.content().equals("talks failed")), claims::toString);
  }

  @Test
  void aPassiveCuesSubjectIsWhatTheClaimIsAboutNotItsSource() {
    // "Trump was accused of breaking the rules": an allegation about Trump by someone unnamed.
    AnnotatedText t = Annotations.parse(
        "Trump/NNP/PERSON/3/nsubj:pass was/VBD/O/3/aux:pass accused/VBN/O/0/root of/IN/O/5/mark breaking/VBG/O/3/advcl the/DT/O/7/det rules/NNS/O/5/obj"
            + " ././O/3/punct");
    List<Claim> claims = run(t).claims();
    assertEquals(1, claims.size(), claims::toString);
    assertEquals("unnamed sources", claims.get(0).source().name());
    assertEquals(Stance.ALLEGED, claims.get(0).stance());
    assertEquals("Trump was accused of breaking the rules", claims.get(0).content());
  }

  @Test
  void aPassiveCuesAgentIsItsSource() {
    AnnotatedText t = Annotations.parse(
        "The/DT/O/2/det report/NN/O/4/nsubj:pass was/VBD/O/4/aux:pass denied/VBN/O/0/root by/IN/O/7/case the/DT/O/7/det campaign/NN/O/4/obl:agent"
            + " ././O/4/punct");
    List<Claim> claims = run(t).claims();
    assertEquals(1, claims.size(), claims::toString);
    assertEquals("the campaign", claims.get(0).source().text());
    assertEquals(Stance.DENIED, claims.get(0).stance());
    assertEquals("The report", claims.get(0).content());
  }

  @Test
  void aPassiveCuesSubjectMayBeTheOneSpokenTo() {
    // "Lee was told the talks failed": Lee heard it; what was said is the clause after the cue.
    AnnotatedText t = Annotations.parse(
        "Lee/NNP/PERSON/3/nsubj:pass was/VBD/O/3/aux:pass told/VBN/O/0/root the/DT/O/5/det talks/NNS/O/6/nsubj failed/VBD/O/3/ccomp ././O/3/punct");
    List<Claim> claims = run(t).claims();
    assertEquals(1, claims.size(), claims::toString);
    assertEquals("unnamed sources", claims.get(0).source().name());
    assertEquals("the talks failed", claims.get(0).content());
  }

  @Test
  void whatSayIsSaidOfOrWhereIsNotPartOfItsCue() {
    // "called for troops" takes its object into the cue; "said on Fox" does not.
    AnnotatedText t = Annotations.parse(
        "Lee/NNP/PERSON/2/nsubj said/VBD/O/0/root on/IN/O/4/case Fox/NNP/ORGANIZATION/2/obl that/IN/O/7/mark talks/NNS/O/7/nsubj failed/VBD/O/2/ccomp"
            + " ././O/2/punct");
    List<Claim> claims = run(t).claims();
    assertEquals(1, claims.size(), claims::toString);
    assertEquals("said", claims.get(0).cue());
    assertEquals("talks failed", claims.get(0).content());
  }

  @Test
  void aColonAfterTheCueBelongsToIt() {
    AnnotatedText t = Annotations.parse(
        "Lee/NNP/PERSON/2/nsubj wrote/VBD/O/0/root :/:/O/2/punct “/``/O/6/punct Talks/NNS/O/6/nsubj failed/VBD/O/2/ccomp ././O/2/punct ”/''/O/2/punct");
    List<Claim> claims = run(t).claims();
    assertEquals(1, claims.size(), claims::toString);
    assertEquals("wrote :", claims.get(0).cue()); // hand-built text puts a space between tokens
    assertEquals(QuoteType.DIRECT, claims.get(0).quote());
  }

  @Test
  void aDeterminerThatIsNotAComplementizer() {
    // The parser tags the determiner "that" IN; hanging on the noun after it, it starts the content.
    AnnotatedText t = Annotations.parse("Lee/NNP/PERSON/2/nsubj rejected/VBD/O/0/root that/IN/O/4/amod idea/NN/O/2/obj ././O/2/punct");
    List<Claim> claims = run(t).claims();
    assertEquals(1, claims.size(), claims::toString);
    assertEquals("that idea", claims.get(0).content());
    assertEquals(Stance.DENIED, claims.get(0).stance());
  }

  @Test
  void aParticipleAfterAQuoteIsNotAnInvertedAttribution() {
    // "… but said, “…,” promising the members more": the quote is Lee's, not the members'.
    AnnotatedText t = Annotations.parse(
        "Lee/NNP/PERSON/2/nsubj said/VBD/O/0/root ,/,/O/2/punct “/``/O/6/punct Talks/NNS/O/6/nsubj failed/VBD/O/2/ccomp ,/,/O/6/punct ”/''/O/6/punct"
            + " promising/VBG/O/2/advcl the/DT/O/11/det members/NNS/O/9/obj more/JJR/O/9/obj ././O/2/punct");
    List<Claim> claims = run(t).claims();
    assertTrue(claims.stream().anyMatch(c -> c.quote() == QuoteType.DIRECT && c.source().name().equals("Lee")), claims::toString);
    assertTrue(claims.stream().noneMatch(c -> c.source().name().contains("members")), claims::toString);
  }

  @Test
  void aNameIsAWholeContent() {
    AnnotatedText t = Annotations.parse("Lee/NNP/PERSON/2/nsubj endorsed/VBD/O/0/root Clinton/NNP/PERSON/2/obj ././O/2/punct");
    List<Claim> claims = run(t).claims();
    assertEquals(1, claims.size(), claims::toString);
    assertEquals("Lee", claims.get(0).source().name());
    assertEquals("Clinton", claims.get(0).content());
  }

  @Test
  void aNounNamingTheSayingJoinsTheCue() {
    AnnotatedText t = Annotations.parse(
        "Lee/NNP/PERSON/2/nsubj offered/VBD/O/0/root his/PRP$/O/4/nmod:poss thoughts/NNS/O/2/obj on/IN/O/7/case the/DT/O/7/det race/NN/O/4/nmod"
            + " ././O/2/punct");
    List<Claim> claims = new ClaimExtractor(AliasTable.standard(), Optional.empty(), true).extract(article(t), t).claims();
    assertEquals(1, claims.size(), claims::toString);
    assertEquals("offered his thoughts on", claims.get(0).cue());
    assertEquals("the race", claims.get(0).content());
  }

  @Test
  void anAsideSaidRunsTheContentRoundTheSourceAndCue() {
    AnnotatedText t = Annotations.parse(
        "At/IN/O/3/case one/CD/O/3/nummod point/NN/O/6/obl ,/,/O/6/punct Lee/NNP/PERSON/6/nsubj said/VBD/O/0/root ,/,/O/6/punct"
            + " talks/NNS/O/9/nsubj failed/VBD/O/6/ccomp ././O/6/punct");
    List<Claim> claims = run(t).claims();
    assertEquals(1, claims.size(), claims::toString);
    assertEquals("At one point , Lee said , talks failed", claims.get(0).content());
  }

  @Test
  void anInvertedAsideTakesTheNameAfterTheCueAsTheSource() {
    // The parser reads "The contrast" as the subject of "said"; Doyle said it.
    AnnotatedText t = Annotations.parse(
        "The/DT/O/2/det contrast/NN/O/4/nsubj ,/,/O/4/punct said/VBD/O/0/root Doyle/NNP/PERSON/4/obj ,/,/O/4/punct would/MD/O/9/aux"
            + " be/VB/O/9/cop clear/JJ/O/4/conj ././O/4/punct");
    List<Claim> claims = run(t).claims();
    assertEquals(1, claims.size(), claims::toString);
    assertEquals("Doyle", claims.get(0).source().name());
    assertEquals("The contrast , said Doyle , would be clear", claims.get(0).content());
  }

  @Test
  void aSayingInsideAReducedRelativeClauseStartsItsContentAtTheNoun() {
    AnnotatedText t = Annotations.parse(
        "Lee/NNP/PERSON/2/nsubj cited/VBD/O/0/root a/DT/O/4/det probe/NN/O/2/obj the/DT/O/6/det agency/NN/O/7/nsubj said/VBD/O/4/acl:relcl"
            + " was/VBD/O/9/cop ongoing/JJ/O/7/ccomp ././O/2/punct");
    List<Claim> claims = run(t).claims();
    Claim said = claims.stream().filter(c -> c.cue().equals("said")).findFirst().orElseThrow(() -> new AssertionError(claims));
    assertEquals("a probe the agency said was ongoing", said.content());
  }

  @Test
  void whatSomethingWasSaidOfOrOnIsNotWhatWasSaid() {
    AnnotatedText t = Annotations.parse(
        "Lee/NNP/PERSON/2/nsubj said/VBD/O/0/root of/IN/O/5/case the/DT/O/5/det course/NN/O/2/obl ././O/2/punct"
            + " || Kim/NNP/PERSON/2/nsubj said/VBD/O/0/root at/IN/O/5/case a/DT/O/5/det rally/NN/O/2/obl that/IN/O/8/mark talks/NNS/O/8/nsubj"
            + " failed/VBD/O/2/ccomp ././O/2/punct");
    List<Claim> claims = run(t).claims();
    assertEquals(1, claims.size(), claims::toString);
    assertEquals("talks failed", claims.get(0).content(), "a clause after the place is what was said");
  }

  @Test
  void aDatelineIsNoPartOfWhatWasSaid() {
    AnnotatedText t = Annotations.parse(
        "WASHINGTON/NNP/LOCATION/7/dep (/-LRB-/O/3/punct Reuters/NNP/ORGANIZATION/1/appos )/-RRB-/O/3/punct -/HYPH/O/7/punct"
            + " talks/NNS/O/7/nsubj failed/VBD/O/0/root ,/,/O/10/punct Lee/NNP/PERSON/10/nsubj said/VBD/O/7/parataxis ././O/7/punct");
    List<Claim> claims = run(t).claims();
    assertEquals(1, claims.size(), claims::toString);
    assertEquals("talks failed", claims.get(0).content());
  }

  @Test
  void theOneAskedIsNoPartOfTheQuestion() {
    AnnotatedText t = Annotations.parse(
        "Lee/NNP/PERSON/2/nsubj asked/VBD/O/0/root Kim/NNP/PERSON/2/obj whether/IN/O/7/mark talks/NNS/O/7/nsubj had/VBD/O/7/aux failed/VBN/O/2/ccomp"
            + " ././O/2/punct");
    List<Claim> claims = run(t).claims();
    assertEquals(1, claims.size(), claims::toString);
    assertEquals("whether talks had failed", claims.get(0).content());
  }

  @Test
  void aReportedContentEndsAtASemicolon() {
    AnnotatedText t = Annotations.parse(
        "Lee/NNP/PERSON/2/nsubj said/VBD/O/0/root talks/NNS/O/4/nsubj failed/VBD/O/2/ccomp ;/:/O/2/punct Kim/NNP/PERSON/7/nsubj"
            + " disagreed/VBD/O/2/parataxis ././O/2/punct");
    List<Claim> claims = run(t).claims();
    Claim said = claims.stream().filter(c -> c.cue().equals("said")).findFirst().orElseThrow(() -> new AssertionError(claims));
    assertEquals("talks failed", said.content());
  }

  @Test
  void aClosingBracketOpenedBeforeTheContentIsNoPartOfIt() {
    AnnotatedText t = Annotations.parse(
        "(/-LRB-/O/3/punct Lee/NNP/PERSON/3/nsubj said/VBD/O/0/root talks/NNS/O/5/nsubj failed/VBD/O/3/ccomp ././O/3/punct )/-RRB-/O/3/punct");
    List<Claim> claims = run(t).claims();
    assertEquals(1, claims.size(), claims::toString);
    assertEquals("talks failed", claims.get(0).content());
  }

  @Test
  void aDateOrAThatTheContentIsAboutStaysInIt() {
    AnnotatedText t = Annotations.parse(
        "Lee/NNP/PERSON/2/nsubj said/VBD/O/0/root 2016/CD/DATE/5/nsubj has/VBZ/O/5/aux seen/VBN/O/2/ccomp gains/NNS/O/5/obj ././O/2/punct"
            + " || Kim/NNP/PERSON/2/nsubj said/VBD/O/0/root that/DT/O/5/nsubj 's/VBZ/O/5/cop fine/JJ/O/2/ccomp ././O/2/punct"
            + " || Ann/NNP/PERSON/2/nsubj said/VBD/O/0/root Monday/NNP/DATE/5/nsubj he/PRP/O/5/nsubj lost/VBD/O/2/ccomp ././O/2/punct");
    List<Claim> claims = run(t).claims();
    assertEquals(3, claims.size(), claims::toString);
    assertEquals("2016 has seen gains", claims.get(0).content());
    assertEquals("that 's fine", claims.get(1).content());
    assertEquals("he lost", claims.get(2).content(), "the day it was said is not what was said");
  }

  @Test
  void whatSeemsSoIsTheWritersImpressionWithItsSubjectInIt() {
    AnnotatedText t = Annotations.parse(
        "Each/DT/O/2/det skater/NN/O/3/nsubj seemed/VBD/O/0/root to/TO/O/6/mark be/VB/O/6/aux honing/VBG/O/3/xcomp her/PRP$/O/8/nmod:poss"
            + " moves/NNS/O/6/obj ././O/3/punct"
            + " || It/PRP/O/2/nsubj seems/VBZ/O/0/root that/IN/O/5/mark talks/NNS/O/5/nsubj failed/VBD/O/2/ccomp ././O/2/punct"
            + " || Lee/NNP/PERSON/2/nsubj appeared/VBD/O/0/root to/TO/O/4/mark imply/VB/O/2/xcomp talks/NNS/O/6/nsubj failed/VBD/O/4/ccomp"
            + " ././O/2/punct"
            + " || The/DT/O/2/det plan/NN/O/3/nsubj seemed/VBD/O/0/root to/TO/O/6/mark be/VB/O/6/aux:pass expected/VBN/O/3/xcomp ././O/3/punct");
    List<Claim> claims = new ClaimExtractor(AliasTable.standard(), Optional.empty(), true).extract(article(t), t).claims();
    Claim skater = claims.stream().filter(c -> c.cueLemma().equals("seem") && c.content().startsWith("Each")).findFirst().orElseThrow(() -> new AssertionError(claims));
    assertEquals("Each skater seemed to be honing her moves", skater.content());
    assertEquals("the writer", skater.source().name());
    assertEquals(skater.source().begin(), skater.source().end(), "no source in the text");
    Claim seems = claims.stream().filter(c -> c.cue().equals("seems")).findFirst().orElseThrow(() -> new AssertionError(claims));
    assertEquals("talks failed", seems.content());
    assertEquals("the writer", seems.source().name(), "\"it\" is no speaker");
    assertTrue(claims.stream().noneMatch(c -> c.content().startsWith("Lee")), "\"appeared to imply\": Lee implied it: " + claims);
    assertTrue(claims.stream().anyMatch(c -> c.content().equals("The plan seemed to be expected")), "a passive carries no saying: " + claims);
  }

  @Test
  void aQuestionPutByNobodyNamedIsAskedNotSaidByTheSubjectOfTheSentence() {
    AnnotatedText t = Annotations.parse(
        "Asked/VBN/O/8/advcl whether/IN/O/5/mark he/PRP/O/5/nsubj would/MD/O/5/aux run/VB/O/1/ccomp ,/,/O/8/punct Ryan/NNP/PERSON/8/nsubj"
            + " said/VBD/O/0/root no/UH/O/8/obj ././O/8/punct"
            + " || Asked/VBN/O/8/advcl by/IN/O/3/case reporters/NNS/O/1/obl:agent about/IN/O/5/case it/PRP/O/1/obl ,/,/O/8/punct"
            + " Lee/NNP/PERSON/8/nsubj said/VBD/O/0/root no/UH/O/8/obj ././O/8/punct"
            + " || The/DT/O/2/det report/NN/O/5/nsubj:pass released/VBN/O/2/acl was/VBD/O/5/aux:pass read/VBN/O/0/root ././O/5/punct");
    List<Claim> claims = run(t).claims();
    List<Claim> asked = claims.stream().filter(c -> c.cueLemma().equals("ask")).toList();
    assertEquals(2, asked.size(), claims::toString);
    assertEquals("whether he would run", asked.get(0).content());
    assertEquals(asked.get(0).source().begin(), asked.get(0).source().end(), "Ryan was asked; who asked is not named: " + asked.get(0).source());
    assertEquals("reporters", asked.get(1).source().text(), "the \"by\" agent asked");
    assertEquals("about it", asked.get(1).content());
    assertTrue(claims.stream().noneMatch(c -> c.cueLemma().equals("release")), "a participle of another verb is still no saying: " + claims);
  }

  @Test
  void aStatementTheCueWasIssuedInBelongsToTheCue() {
    AnnotatedText t = Annotations.parse(
        "“/``/O/3/punct Talks/NNS/O/3/nsubj failed/VBD/O/7/ccomp ,/,/O/3/punct ”/''/O/3/punct Lee/NNP/PERSON/7/nsubj said/VBD/O/0/root in/IN/O/10/case"
            + " a/DT/O/10/det statement/NN/O/7/obl ././O/7/punct");
    List<Claim> claims = run(t).claims();
    assertEquals(1, claims.size(), claims::toString);
    assertEquals("said in a statement", claims.get(0).cue());
  }

  @Test
  void aVerbCarryingTheCueAfterToJoinsItAndGivesTheSpeaker() {
    AnnotatedText t = Annotations.parse(
        "Lee/NNP/PERSON/2/nsubj went/VBD/O/0/root on/RP/O/2/compound:prt to/TO/O/5/mark say/VB/O/2/xcomp talks/NNS/O/7/nsubj failed/VBD/O/5/ccomp"
            + " ././O/2/punct");
    List<Claim> claims = run(t).claims();
    assertEquals(1, claims.size(), claims::toString);
    assertEquals("Lee", claims.get(0).source().name());
    assertEquals("went on to say", claims.get(0).cue());
    assertEquals("talks failed", claims.get(0).content());
  }

  @Test
  void anAdverbOnTheCueJoinsItButALinkingAdverbDoesNot() {
    AnnotatedText t = Annotations.parse(
        "Lee/NNP/PERSON/4/nsubj has/VBZ/O/4/aux long/RB/O/4/advmod insisted/VBN/O/0/root talks/NNS/O/6/nsubj failed/VBD/O/4/ccomp ././O/4/punct"
            + " || Kim/NNP/PERSON/3/nsubj however/RB/O/3/advmod said/VBD/O/0/root talks/NNS/O/5/nsubj resumed/VBD/O/3/ccomp ././O/3/punct");
    List<Claim> claims = run(t).claims();
    assertEquals(2, claims.size(), claims::toString);
    assertEquals("has long insisted", claims.get(0).cue());
    assertEquals("said", claims.get(1).cue());
  }

  @Test
  void aClauseCoordinatedWithTheCueEndsTheContentWhenItHasItsOwnSubject() {
    // "Lee said talks failed, but Kim disagreed": Kim's clause is the writer's, not Lee's.
    AnnotatedText t = Annotations.parse(
        "Lee/NNP/PERSON/2/nsubj said/VBD/O/0/root talks/NNS/O/4/nsubj failed/VBD/O/2/ccomp ,/,/O/8/punct but/CC/O/8/cc Kim/NNP/PERSON/8/nsubj"
            + " disagreed/VBD/O/2/conj ././O/2/punct"
            + " || Lee/NNP/PERSON/2/nsubj said/VBD/O/0/root talks/NNS/O/4/nsubj failed/VBD/O/2/ccomp ,/,/O/7/punct but/CC/O/7/cc resumed/VBD/O/2/conj"
            + " ././O/2/punct");
    List<Claim> claims = run(t).claims();
    assertEquals(2, claims.size(), claims::toString);
    assertEquals("talks failed", claims.get(0).content());
    assertEquals("talks failed , but resumed", claims.get(1).content(), "no subject of its own: still Lee's");
  }

  @Test
  void theOneToldEndsAtTheSubjectOfWhatTheyWereTold() {
    AnnotatedText t = Annotations.parse(
        "Lee/NNP/PERSON/2/nsubj told/VBD/O/0/root Fox/NNP/ORGANIZATION/4/compound News/NNP/ORGANIZATION/2/obj he/PRP/O/7/nsubj would/MD/O/7/aux"
            + " win/VB/O/2/ccomp ././O/2/punct"
            + " || Kim/NNP/PERSON/2/nsubj told/VBD/O/0/root he/PRP/O/5/nsubj would/MD/O/5/aux win/VB/O/2/ccomp ././O/2/punct");
    List<Claim> claims = run(t).claims(); // the second sentence once sent the content's search round for ever
    assertEquals(2, claims.size(), claims::toString);
    assertEquals("he would win", claims.get(0).content());
    assertEquals(List.of("Fox News"), claims.get(0).via());
    assertEquals("he would win", claims.get(1).content());
  }

  @Test
  void aGerundOrAQuestionAfterTheCuesPrepositionIsTheContent() {
    AnnotatedText t = Annotations.parse(
        "Lee/NNP/PERSON/2/nsubj wrote/VBD/O/0/root about/IN/O/4/mark moving/VBG/O/2/advcl abroad/RB/O/4/advmod ././O/2/punct"
            + " || Kim/NNP/PERSON/2/nsubj wrote/VBD/O/0/root about/IN/O/6/mark how/WRB/O/6/advmod talks/NNS/O/6/nsubj failed/VBD/O/2/advcl ././O/2/punct");
    List<Claim> claims = run(t).claims();
    assertEquals(2, claims.size(), claims::toString);
    assertEquals("wrote about", claims.get(0).cue());
    assertEquals("moving abroad", claims.get(0).content());
    assertEquals("how talks failed", claims.get(1).content());
  }

  @Test
  void anObjectContentEndsBeforeASecondVerbOfTheSource() {
    AnnotatedText t = Annotations.parse(
        "Lee/NNP/PERSON/2/nsubj endorsed/VBD/O/0/root Kim/NNP/PERSON/2/obj and/CC/O/5/cc left/VBD/O/2/conj the/DT/O/7/det race/NN/O/5/obj ././O/2/punct"
            + " || Ann/NNP/PERSON/2/nsubj expressed/VBD/O/0/root concern/NN/O/2/obj but/CC/O/5/cc stayed/VBD/O/2/conj ././O/2/punct"
            + " || Bo/NNP/PERSON/2/nsubj said/VBD/O/0/root talks/NNS/O/4/nsubj failed/VBD/O/2/ccomp and/CC/O/6/cc left/VBD/O/2/conj ././O/2/punct");
    List<Claim> claims = run(t).claims();
    assertEquals(3, claims.size(), claims::toString);
    assertEquals("Kim", claims.get(0).content(), "what Lee did next is not whom Lee endorsed");
    assertEquals("concern", claims.get(1).content(), "one noun can be all that was expressed");
    assertEquals("talks failed and left", claims.get(2).content(), "after a clause annotators mostly go on");
  }

  @Test
  void aSubjectBeforeAnAsideTheParserLostStillSpeaks() {
    // The parser makes "Clinton, also campaigning in Wisconsin," a clause of "said".
    AnnotatedText t = Annotations.parse(
        "Clinton/NNP/PERSON/4/nsubj ,/,/O/4/punct also/RB/O/4/advmod campaigning/VBG/O/8/ccomp in/IN/O/6/case Wisconsin/NNP/STATE_OR_PROVINCE/4/obl"
            + " ,/,/O/8/punct said/VBD/O/0/root Trump/NNP/PERSON/11/nsubj is/VBZ/O/11/cop responsible/JJ/O/8/ccomp ././O/8/punct");
    List<Claim> claims = run(t).claims();
    assertEquals(1, claims.size(), claims::toString);
    assertEquals("Clinton", claims.get(0).source().name());
    assertEquals("Trump is responsible", claims.get(0).content());
  }

  @Test
  void aSourceAfterItsCueKeepsTheAppositiveThatEndsTheSentence() {
    AnnotatedText t = Annotations.parse(
        "Talks/NNS/O/2/nsubj failed/VBD/O/4/ccomp ,/,/O/4/punct said/VBD/O/0/root Jim/NNP/PERSON/6/compound Clyburn/NNP/PERSON/4/nsubj ,/,/O/9/punct"
            + " a/DT/O/9/det congressman/NN/O/6/appos ././O/4/punct"
            + " || “/``/O/3/punct Ports/NNS/O/3/nsubj closed/VBD/O/6/ccomp ,/,/O/3/punct ”/''/O/3/punct said/VBD/O/0/root Ann/NNP/PERSON/8/compound"
            + " Lee/NNP/PERSON/6/nsubj ,/,/O/11/punct an/DT/O/11/det aide/NN/O/8/appos ././O/6/punct");
    List<Claim> claims = run(t).claims();
    assertEquals(2, claims.size(), claims::toString);
    Claim talks = claims.get(0);
    assertEquals("Talks failed", talks.content());
    assertEquals("Jim Clyburn", talks.source().name());
    assertEquals("Jim Clyburn , a congressman", t.text().substring(talks.source().begin(), talks.source().end()));
    Claim ports = claims.get(1);
    assertEquals("Ann Lee", ports.source().name());
    assertEquals("Ann Lee , an aide", t.text().substring(ports.source().begin(), ports.source().end()));
  }

  @Test
  void theSourceOfAnAsideIsTheNameBeforeItsCueWhateverTheParserMadeOfIt() {
    // The parser reads "Frank" as an appositive of "trouble", and so "trouble" as the subject.
    AnnotatedText t = Annotations.parse(
        "The/DT/O/2/det trouble/NN/O/5/nsubj ,/,/O/2/punct Frank/NNP/PERSON/2/appos writes/VBZ/O/0/root ,/,/O/5/punct talks/NNS/O/8/nsubj"
            + " failed/VBD/O/5/ccomp ././O/5/punct");
    List<Claim> claims = run(t).claims();
    assertEquals(1, claims.size(), claims::toString);
    assertEquals("Frank", claims.get(0).source().name());
    assertEquals("The trouble , Frank writes , talks failed", claims.get(0).content());
  }

  @Test
  void aContentEndsBeforeTheSourcesNextSayingEvenWithAPronounBetween() {
    AnnotatedText t = Annotations.parse(
        "Comey/NNP/PERSON/2/nsubj said/VBD/O/0/root that/IN/O/5/mark talks/NNS/O/5/nsubj failed/VBD/O/2/ccomp ,/,/O/9/punct but/CC/O/9/cc"
            + " he/PRP/O/9/nsubj called/VBD/O/2/conj it/PRP/O/9/obj a/DT/O/12/det farce/NN/O/9/xcomp ././O/2/punct");
    List<Claim> claims = run(t).claims();
    Claim said = claims.stream().filter(c -> c.cue().equals("said")).findFirst().orElseThrow(() -> new AssertionError(claims));
    assertEquals("talks failed", said.content());
  }

  @Test
  void anAdverbialBeforeTheSourceIsNotWhatWasSaid() {
    AnnotatedText t = Annotations.parse(
        "After/IN/O/4/mark the/DT/O/3/det news/NN/O/4/nsubj went/VBD/O/8/advcl viral/JJ/O/4/xcomp ,/,/O/8/punct Clinton/NNP/PERSON/8/nsubj"
            + " pointed/VBD/O/0/root to/IN/O/11/case her/PRP$/O/11/nmod:poss support/NN/O/8/obl for/IN/O/13/case licenses/NNS/O/11/nmod ././O/8/punct");
    List<Claim> claims = run(t).claims();
    assertEquals(1, claims.size(), claims::toString);
    assertEquals("her support for licenses", claims.get(0).content());
  }

  @Test
  void aParticipleAfterTheSourceIsNotPartOfIt() {
    AnnotatedText t = Annotations.parse(
        "“/``/O/3/punct Ports/NNS/O/3/nsubj closed/VBD/O/6/ccomp ,/,/O/3/punct ”/''/O/3/punct said/VBD/O/0/root Ann/NNP/PERSON/8/compound"
            + " Lee/NNP/PERSON/6/nsubj ,/,/O/10/punct speaking/VBG/O/8/acl at/IN/O/13/case a/DT/O/13/det rally/NN/O/10/obl ././O/6/punct");
    List<Claim> claims = run(t).claims();
    assertEquals(1, claims.size(), claims::toString);
    assertEquals("Ann Lee", t.text().substring(claims.get(0).source().begin(), claims.get(0).source().end()));
  }

  @Test
  void aSentenceEndingWithACommaKeepsItsClaim() {
    // CoreNLP ends a sentence at a blank line, so one can end with a comma ("…, Lee said," before a
    // paragraph break). The content search once asked for the head of the token after the comma
    // (ArrayIndexOutOfBoundsException in Sentence.head), and the article was lost.
    List<Claim> claims = run(Annotations.parse(
        "Lee/NNP/PERSON/2/nsubj said/VBD/O/0/root talks/NNS/O/4/nsubj failed/VBD/O/2/ccomp ,/,/O/2/punct")).claims();
    assertEquals(1, claims.size(), claims::toString);
    assertEquals("talks failed", claims.get(0).content());
  }
}
