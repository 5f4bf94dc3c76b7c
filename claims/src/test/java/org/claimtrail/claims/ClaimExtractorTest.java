package org.claimtrail.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.claimtrail.model.Article;
import org.claimtrail.model.ArticleClaims;
import org.claimtrail.model.Claim;
import org.claimtrail.model.ClaimSource;
import org.claimtrail.model.EntityType;
import org.claimtrail.model.QuoteType;
import org.claimtrail.model.Stance;
import org.claimtrail.nlp.AnnotatedText;
import org.junit.jupiter.api.Test;

/** Claim rules on hand-built annotations (no CoreNLP). */
class ClaimExtractorTest {
  private final ClaimExtractor extractor = new ClaimExtractor();

  private ArticleClaims run(AnnotatedText text) {
    return extractor.extract(article(text), text);
  }

  private static Article article(AnnotatedText text) {
    return new Article("t", "t", Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
        Optional.of(Instant.parse("2024-10-23T00:00:00Z")), Optional.empty(), Optional.of("en"), List.of(text.text()), List.of(), "h");
  }

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

  @Test
  void aQuotedPhraseInRunningTextIsNotSaidByTheClauseAfterIt() {
    // No comma, no closing punctuation inside the marks: "every time he thinks about" is not the
    // quote's attribution as "“…,” he said" would be.
    AnnotatedText t = Annotations.parse(
        "Obama/NNP/PERSON/2/nsubj said/VBD/O/0/root “/``/O/5/punct it/PRP/O/5/nsubj gets/VBZ/O/2/ccomp me/PRP/O/5/obj mad/JJ/O/5/xcomp"
            + " ”/''/O/5/punct every/DT/O/10/det time/NN/O/2/obl:tmod he/PRP/O/12/nsubj thinks/VBZ/O/10/acl:relcl about/IN/O/15/case"
            + " the/DT/O/15/det children/NNS/O/12/obl ././O/2/punct");
    List<Claim> claims = run(t).claims();
    assertTrue(claims.stream().noneMatch(c -> c.cue().startsWith("thinks")), claims::toString);
    Claim said = claims.stream().filter(c -> c.cue().equals("said")).findFirst().orElseThrow(() -> new AssertionError(claims.toString()));
    assertEquals("Obama", said.source().name());
    assertTrue(said.content().contains("it gets me mad"), said::content);
  }

  @Test
  void anUnnamedSourceIsNamedAsWrittenWithoutSpacesTheTextDoesNotHave() {
    AnnotatedText t = Annotations.parse(
        "Officials/NNS/O/3/nmod:poss ~’/POS/O/1/case reports/NNS/O/4/nsubj claimed/VBD/O/0/root the/DT/O/6/det plan/NN/O/7/nsubj"
            + " failed/VBD/O/4/ccomp ././O/4/punct");
    List<Claim> claims = run(t).claims();
    assertEquals(1, claims.size(), claims::toString);
    assertEquals("officials’ reports", claims.get(0).source().name());
    assertEquals("Officials’ reports", claims.get(0).source().text());
  }

  @Test
  void aLongUnnamedSourceIsCutAfterEightWordsAndNotOnAPreposition() {
    AnnotatedText t = Annotations.parse(
        "A/DT/O/2/det report/NN/O/12/nsubj by/IN/O/5/case the/DT/O/5/det committee/NN/O/2/nmod on/IN/O/8/case the/DT/O/8/det"
            + " future/NN/O/5/nmod of/IN/O/11/case rural/JJ/O/11/amod roads/NNS/O/8/nmod claimed/VBD/O/0/root the/DT/O/14/det"
            + " plan/NN/O/15/nsubj failed/VBD/O/12/ccomp ././O/12/punct");
    List<Claim> claims = run(t).claims();
    assertEquals(1, claims.size(), claims::toString);
    assertEquals("report by the committee on the future", claims.get(0).source().name());
    assertEquals("A report by the committee on the future of rural roads", claims.get(0).source().text());
  }

  @Test
  void aSpeakerAfterAQuoteMayHaveAnAppositiveWithCommasOfItsOwn() {
    AnnotatedText t = Annotations.parse(
        "“/``/O/3/punct Talks/NNS/O/3/nsubj failed/VBD/O/14/ccomp ,/,/O/3/punct ”/''/O/3/punct Harry/NNP/PERSON/7/compound"
            + " Bond/NNP/PERSON/14/nsubj ,/,/O/9/punct 30/CD/NUMBER/7/appos ,/,/O/12/punct of/IN/O/12/case Raleigh/NNP/CITY/7/nmod"
            + " ,/,/O/7/punct said/VBD/O/0/root ././O/14/punct");
    List<Claim> claims = run(t).claims();
    assertEquals(1, claims.size(), claims::toString);
    assertEquals("Harry Bond", claims.get(0).source().name());
    assertEquals(QuoteType.DIRECT, claims.get(0).quote());
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
  void aSpeakerAfterAQuoteMaySayWhereHeIsFrom() {
    AnnotatedText t = Annotations.parse(
        "“/``/O/3/punct Talks/NNS/O/3/nsubj failed/VBD/O/10/ccomp ,/,/O/3/punct ”/''/O/3/punct Jeb/NNP/PERSON/7/compound"
            + " Bush/NNP/PERSON/10/nsubj of/IN/O/9/case Florida/NNP/STATE_OR_PROVINCE/7/nmod said/VBD/O/0/root ././O/10/punct");
    List<Claim> claims = run(t).claims();
    assertEquals(1, claims.size(), claims::toString);
    assertEquals("Jeb Bush", claims.get(0).source().name());
    assertEquals("Jeb Bush of Florida", claims.get(0).source().text());
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
  void anAbbreviatedTitleBeforeANameIsItsRole() {
    // Since the NLP stage leaves out CoreNLP's gazetteer patterns ("Gov\\.?"), "Gov." has no TITLE tag:
    // the word list has to know it.
    AnnotatedText t = Annotations.parse(
        "Gov./NNP/O/3/compound Chris/NNP/PERSON/3/compound Christie/NNP/PERSON/4/nsubj said/VBD/O/0/root the/DT/O/6/det bridge/NN/O/7/nsubj closed/VBD/O/4/ccomp ././O/4/punct");
    List<Claim> claims = run(t).claims();
    assertEquals(1, claims.size(), claims::toString);
    assertEquals("Chris Christie", claims.get(0).source().name());
    assertEquals(Optional.of("Gov."), claims.get(0).source().role());
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
  void directQuoteWithPronounSpeakerAndHedge() {
    AnnotatedText t = Annotations.parse(
        "Jo/NNP/PERSON/2/compound Roe/NNP/PERSON/3/nsubj said/VBD/O/0/root that/IN/O/6/mark talks/NNS/O/6/nsubj failed/VBD/O/3/ccomp ././O/3/punct"
            + " || “We/PRP/O/3/nsubj could/MD/O/3/aux try/VB/O/7/ccomp again/RB/O/3/advmod ,”/,/O/3/punct he/PRP/O/7/nsubj added/VBD/O/0/root ././O/7/punct");
    ArticleClaims r = run(t);
    Claim quote = r.claims().stream().filter(c -> c.quote() == QuoteType.DIRECT).findFirst().orElseThrow(() -> new AssertionError(r.claims()));
    assertEquals("Jo Roe", quote.source().name(), "he = the last person who spoke");
    assertEquals("We could try again", quote.content());
    assertEquals(Stance.HEDGED, quote.stance());
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
  void aQuoteSplitAroundItsAttributionKeepsItsSpeakerForBothParts() {
    AnnotatedText t = Annotations.parse(
        "“We/PRP/O/3/nsubj could/MD/O/3/aux try/VB/O/7/ccomp again/RB/O/3/advmod ,”/,/O/3/punct Jo/NNP/PERSON/7/compound Roe/NNP/PERSON/7/nsubj said/VBD/O/0/root ././O/7/punct"
            + " || “Talks/NNS/O/2/nsubj resume/VBP/O/0/root today/NN/DATE/2/obl:tmod .”/./O/2/punct");
    ArticleClaims r = run(t);
    List<Claim> direct = r.claims().stream().filter(c -> c.quote() == QuoteType.DIRECT).toList();
    assertEquals(2, direct.size(), r.claims()::toString);
    assertEquals("Talks resume today", direct.get(1).content().replaceAll("[\\s.”]+$", ""));
    assertTrue(direct.stream().allMatch(c -> c.source().name().equals("Jo Roe") && c.cueStart() == direct.get(0).cueStart()), direct::toString);
  }

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
  void aRelativePronounSpeaksForItsNoun() {
    AnnotatedText t = Annotations.parse(
        "Many/JJ/O/2/amod voters/NNS/O/7/nsubj who/WP/O/4/nsubj say/VBP/O/2/acl:relcl taxes/NNS/O/6/nsubj rose/VBD/O/4/ccomp stayed/VBD/O/0/root home/NN/O/7/obj ././O/7/punct");
    ArticleClaims r = run(t);
    Claim c = r.claims().stream().filter(x -> x.cueLemma().equals("say")).findFirst().orElseThrow(() -> new AssertionError(r.claims()));
    assertEquals("who", c.source().text(), "the span is the pronoun as written");
    assertTrue(c.source().name().contains("voters"), c.source()::toString);
  }

  @Test
  void aRelativePronounTheParseHungOnATimeSpeaksForTheNounBeforeIt() {
    // "a report from the ministry last week that said…": the parse hangs the clause on "week".
    // When the time hangs on the report, the report speaks; when it hangs on the verb, the noun
    // just before the time does. Never "last week".
    for (String weekHead : List.of("4/nmod:tmod", "2/obl:tmod")) {
      AnnotatedText t = Annotations.parse(
          "Crews/NNS/O/2/nsubj ignored/VBD/O/0/root a/DT/O/4/det report/NN/O/2/obj from/IN/O/7/case the/DT/O/7/det ministry/NN/O/4/nmod"
              + " last/JJ/DATE/9/amod week/NN/DATE/" + weekHead + " that/WDT/O/11/nsubj said/VBD/O/9/acl:relcl the/DT/O/13/det bridge/NN/O/15/nsubj:pass"
              + " was/VBD/O/15/aux:pass closed/VBN/O/11/ccomp ././O/2/punct");
      ArticleClaims r = run(t);
      Claim c = r.claims().stream().filter(x -> x.cueLemma().equals("say")).findFirst().orElseThrow(() -> new AssertionError(r.claims()));
      assertEquals("the bridge was closed", c.content());
      assertEquals("that", c.source().text(), "the span is the pronoun as written");
      assertEquals(weekHead.startsWith("4/") ? "report" : "ministry", c.source().name(), c.source()::toString);
    }
  }

  @Test
  void anOpeningParticiplesPhraseIsNotTheSpeaker() {
    // The parse (as CoreNLP gives it) tags the capitalised "Offering" a proper noun, makes it the
    // subject and hangs the speaker on it as an apposition.
    AnnotatedText t = Annotations.parse(
        "Offering/NNP/O/11/nsubj his/PRP$/O/3/nmod:poss condolences/NNS/O/1/dep ,/,/O/1/punct speaker/NN/O/10/compound of/IN/O/8/case"
            + " the/DT/O/8/det parliament/NN/O/5/nmod Ali/NNP/PERSON/10/compound Karimi/NNP/PERSON/1/appos wrote/VBD/O/0/root that/IN/O/16/mark"
            + " the/DT/O/14/det loss/NN/O/16/nsubj was/VBD/O/16/cop great/JJ/O/11/ccomp ././O/11/punct");
    ArticleClaims r = run(t);
    Claim c = r.claims().stream().filter(x -> x.cueLemma().equals("write")).findFirst().orElseThrow(() -> new AssertionError(r.claims()));
    assertEquals("Ali Karimi", c.source().name(), c.source()::toString);
    assertEquals("speaker of the parliament Ali Karimi", c.source().text());
  }

  @Test
  void aTimeIsNoSpeaker() {
    // "on Wednesday to discuss": the parse makes the day the subject of "discuss".
    AnnotatedText met = Annotations.parse(
        "The/DT/O/3/det foreign/JJ/O/3/amod ministers/NNS/O/10/nsubj of/IN/O/5/case Greece/NNP/COUNTRY/3/nmod ,/,/O/5/punct Cyprus/NNP/COUNTRY/5/conj"
            + " and/CC/O/9/cc France/NNP/COUNTRY/5/conj gathered/VBD/O/0/root in/IN/O/12/case Cairo/NNP/CITY/10/obl on/IN/O/16/mark"
            + " Wednesday/NNP/DATE/16/nsubj to/TO/O/16/mark discuss/VB/O/10/advcl Libya/NNP/O/19/compound -/HYPH/O/19/punct Turkey/NNP/O/20/compound"
            + " relations/NNS/O/16/obj ././O/10/punct");
    List<Claim> none = run(met).claims();
    assertTrue(none.stream().noneMatch(c -> c.source().name().equalsIgnoreCase("wednesday")), none::toString);
    // "according to the ministry late today" with the time as the phrase's head: the ministry says it.
    AnnotatedText according = Annotations.parse(
        "According/VBG/O/6/case to/IN/O/1/fixed the/DT/O/4/det ministry/NN/O/6/nmod late/RB/DATE/6/advmod today/NN/DATE/11/obl ,/,/O/11/punct"
            + " 30/CD/NUMBER/9/nummod patients/NNS/O/11/nsubj have/VBP/O/11/aux recovered/VBN/O/0/root ././O/11/punct");
    List<Claim> claims = run(according).claims();
    Claim c = claims.stream().filter(x -> x.cue().equals("According to")).findFirst().orElseThrow(() -> new AssertionError(claims.toString()));
    assertEquals("ministry", c.source().name(), c.source()::toString);
    assertEquals("30 patients have recovered", c.content());
  }

  @Test
  void theyIsTheLatestPluralSubjectRatherThanTheLastGroupThatSpoke() {
    // A group that spoke first, which "They" went to before.
    String ministrySaid =
        "The/DT/O/2/det ministry/NN/O/3/nsubj said/VBD/O/0/root the/DT/O/5/det port/NN/O/7/nsubj:pass was/VBD/O/7/aux:pass closed/VBN/O/3/ccomp ././O/3/punct";
    AnnotatedText t = Annotations.parse(ministrySaid
            + " || Researchers/NNS/O/2/nsubj tested/VBD/O/0/root samples/NNS/O/2/obj ././O/2/punct"
            + " || They/PRP/O/2/nsubj said/VBD/O/0/root the/DT/O/4/det virus/NN/O/5/nsubj spread/VBD/O/2/ccomp ././O/2/punct");
    List<Claim> claims = run(t).claims();
    Claim c = claims.stream().filter(x -> x.content().equals("the virus spread")).findFirst().orElseThrow(() -> new AssertionError(claims.toString()));
    assertEquals("researchers", c.source().name(), c.source()::toString);
    assertEquals("They", c.source().text());
    // Conjoined names are a group no single source names: unresolved, not the ministry.
    AnnotatedText met = Annotations.parse(ministrySaid
            + " || Shoukry/NNP/PERSON/4/nsubj and/CC/O/3/cc Dendias/NNP/PERSON/1/conj met/VBD/O/0/root ././O/4/punct"
            + " || They/PRP/O/2/nsubj said/VBD/O/0/root the/DT/O/4/det deal/NN/O/6/nsubj was/VBD/O/6/cop void/JJ/O/2/ccomp ././O/2/punct");
    List<Claim> group = run(met).claims();
    Claim g = group.stream().filter(x -> x.content().equals("the deal was void")).findFirst().orElseThrow(() -> new AssertionError(group.toString()));
    assertEquals("they (unresolved)", g.source().name(), g.source()::toString);
    // The subject that is itself the speaker: "Police said they questioned the owner".
    AnnotatedText police = Annotations.parse(
        "Police/NNS/O/2/nsubj said/VBD/O/0/root they/PRP/O/4/nsubj questioned/VBD/O/2/ccomp the/DT/O/6/det owner/NN/O/4/obj ././O/2/punct");
    List<Claim> p = run(police).claims();
    assertTrue(p.stream().allMatch(x -> x.source().name().equalsIgnoreCase("police")), p::toString);
    assertTrue(!p.isEmpty(), "a claim by the police");
  }

  @Test
  void aNameThatIsAlsoAVerbIsNoCue() {
    // As CoreNLP parsed it: "Hope" the verb, with a clause it seems to hope.
    List<Claim> claims = run(Annotations.parse(
        "Senior/JJ/O/2/amod advisor/NN/O/3/nsubj Hope/VBP/PERSON/0/root Hicks/NNP/PERSON/6/nsubj had/VBD/O/6/aux tested/VBN/O/3/ccomp positive/JJ/O/6/xcomp ././O/3/punct")).claims();
    assertTrue(claims.isEmpty(), claims::toString);
  }

  /** Each sentence (one per string, in {@link Annotations}' notation) makes no claim. */
  private void assertNoClaims(String... sentences) {
    for (String sentence : sentences) {
      List<Claim> claims = run(Annotations.parse(sentence)).claims();
      assertTrue(claims.isEmpty(), () -> sentence + " -> " + claims);
    }
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
  void heAfterAnUnnamedOfficialIsThatOfficial() {
    // Wire copy: "…, a company official said. … he said." The official is the only speaker before.
    String official = "A/DT/O/3/det company/NN/O/3/compound official/NN/O/4/nsubj said/VBD/O/0/root debt/NN/O/6/nsubj fell/VBD/O/4/ccomp ././O/4/punct";
    List<Claim> claims = run(Annotations.parse(official
        + " || He/PRP/O/2/nsubj said/VBD/O/0/root borrowing/NN/O/4/nsubj rose/VBD/O/2/ccomp ././O/2/punct")).claims();
    assertEquals(2, claims.size(), claims::toString);
    assertEquals(claims.get(0).source().name(), claims.get(1).source().name(), claims::toString);
    assertTrue(claims.get(1).source().name().endsWith("official"), claims::toString);
    assertEquals("He", claims.get(1).source().text());
    // A pronoun of the other gender is not a spokesman.
    String spokesman = "A/DT/O/2/det spokesman/NN/O/3/nsubj said/VBD/O/0/root debt/NN/O/5/nsubj fell/VBD/O/3/ccomp ././O/3/punct";
    List<Claim> she = run(Annotations.parse(spokesman
        + " || She/PRP/O/2/nsubj said/VBD/O/0/root borrowing/NN/O/4/nsubj rose/VBD/O/2/ccomp ././O/2/punct")).claims();
    assertEquals(2, she.size(), she::toString);
    assertEquals("she" + ClaimSource.UNRESOLVED, she.get(1).source().name(), she::toString);
    // A person named since the official spoke (not in what was said) is nearer: "She" is Rebecca Lee.
    List<Claim> named = run(Annotations.parse(official
        + " || The/DT/O/2/det plan/NN/O/3/nsubj pleased/VBD/O/0/root Rebecca/NNP/PERSON/5/compound Lee/NNP/PERSON/3/obj ././O/3/punct"
        + " || She/PRP/O/2/nsubj said/VBD/O/0/root borrowing/NN/O/4/nsubj rose/VBD/O/2/ccomp ././O/2/punct")).claims();
    assertEquals("Rebecca Lee", named.get(named.size() - 1).source().name(), named::toString);
    // But not one named in a quotation: "“… for Soriano,” he said" is still the official speaking.
    List<Claim> quoted = run(Annotations.parse(official
        + " || “/``/O/5/punct It/PRP/O/5/nsubj is/VBZ/O/5/cop right/JJ/O/0/root for/IN/O/7/case Soriano/NNP/PERSON/5/obl ,/,/O/5/punct"
        + " ”/''/O/5/punct he/PRP/O/10/nsubj said/VBD/O/5/parataxis ././O/5/punct")).claims();
    assertTrue(quoted.get(quoted.size() - 1).source().name().endsWith("official"), quoted::toString);
    assertEquals("he", quoted.get(quoted.size() - 1).source().text(), quoted::toString);
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
  void theyIsNoAmount() {
    // "Another 100,000 tonnes will be shipped, they said": they are the exporters, not the tonnes.
    List<Claim> claims = run(Annotations.parse(
        "French/JJ/O/2/amod exporters/NNS/O/3/nsubj said/VBD/O/0/root wheat/NN/O/6/nsubj:pass was/VBD/O/6/aux:pass sold/VBN/O/3/ccomp ././O/3/punct"
            + " || Another/DT/O/3/det 100,000/CD/NUMBER/3/nummod tonnes/NNS/O/6/nsubj:pass will/MD/O/6/aux be/VB/O/6/aux:pass shipped/VBN/O/0/root"
            + " ,/,/O/9/punct they/PRP/O/9/nsubj said/VBD/O/6/parataxis ././O/6/punct")).claims();
    assertEquals(2, claims.size(), claims::toString);
    assertEquals(claims.get(0).source().name(), claims.get(1).source().name(), claims::toString);
    assertEquals("they", claims.get(1).source().text(), claims::toString);
  }

  @Test
  void inATranscriptTheLabelledSpeakerSaysWhatTheFirstPersonSays() {
    // An interview as Wikinews prints it: each answer headed by its speaker's name, the
    // interviewer's questions by "((WN))"; an answer may run on into unlabelled paragraphs.
    String question = " || Will/MD/O/3/aux it/PRP/O/3/nsubj work/VB/O/0/root ?/./O/3/punct";
    AnnotatedText t = Annotations.parse(
        "Ann/NNP/PERSON/2/compound Lee/NNP/PERSON/3/nsubj met/VBD/O/0/root Mia/NNP/PERSON/5/compound Kent/NNP/PERSON/3/obj ././O/3/punct"
            + " || ¶ ((/-LRB-/O/2/punct ~WN/NNP/O/5/dep ~))/-RRB-/O/2/punct I/PRP/O/5/nsubj think/VBP/O/0/root the/DT/O/7/det plan/NN/O/9/nsubj is/VBZ/O/9/cop bold/JJ/O/5/ccomp ././O/5/punct"
            + question
            + " || ¶ ((/-LRB-/O/3/punct ~Ann/NNP/PERSON/3/compound Lee/NNP/PERSON/6/dep ~))/-RRB-/O/3/punct I/PRP/O/6/nsubj think/VBP/O/0/root the/DT/O/8/det plan/NN/O/10/nsubj will/MD/O/10/aux fail/VB/O/6/ccomp ././O/6/punct"
            + " || ¶ I/PRP/O/2/nsubj said/VBD/O/0/root the/DT/O/4/det budget/NN/O/6/nsubj was/VBD/O/6/cop short/JJ/O/2/ccomp ././O/2/punct"
            + " || ¶ ((/-LRB-/O/3/punct ~Ann/NNP/PERSON/3/compound Lee/NNP/PERSON/6/dep ~))/-RRB-/O/3/punct She/PRP/O/6/nsubj said/VBD/O/0/root the/DT/O/8/det plan/NN/O/10/nsubj was/VBD/O/10/cop late/JJ/O/6/ccomp ././O/6/punct"
            + " || ¶ ((/-LRB-/O/2/punct ~Jaya/NNP/O/5/dep ~))/-RRB-/O/2/punct I/PRP/O/5/nsubj said/VBD/O/0/root the/DT/O/7/det clinic/NN/O/9/nsubj was/VBD/O/9/cop open/JJ/O/5/ccomp ././O/5/punct"
            + " || ¶ ((/-LRB-/O/2/punct ~WN/NNP/O/5/dep ~))/-RRB-/O/2/punct We/PRP/O/5/nsubj said/VBD/O/0/root the/DT/O/7/det talk/NN/O/9/nsubj was/VBD/O/9/cop useful/JJ/O/5/ccomp ././O/5/punct"
            + question);
    List<Claim> claims = run(t).claims();
    assertEquals("the author", sourceOf(claims, "the plan is bold"), "the interviewer's question");
    assertEquals("Ann Lee", sourceOf(claims, "the plan will fail"), "the labelled answer");
    assertEquals("Ann Lee", sourceOf(claims, "the budget was short"), "the answer's next paragraph");
    assertEquals("Mia Kent", sourceOf(claims, "the plan was late"), "'she' in an answer is not the one answering");
    assertEquals("Jaya", sourceOf(claims, "the clinic was open"), "a label that names no one the article knows");
    assertEquals("the authors", sourceOf(claims, "the talk was useful"), "the interviewer again");
    // One label is no transcript (a headline-style "Name: statement", a list): the writer of the
    // column speaks after it, as without one.
    List<Claim> column = run(Annotations.parse(
        "((/-LRB-/O/3/punct ~Ann/NNP/PERSON/3/compound Lee/NNP/PERSON/6/dep ~))/-RRB-/O/3/punct I/PRP/O/6/nsubj think/VBP/O/0/root the/DT/O/8/det plan/NN/O/10/nsubj will/MD/O/10/aux fail/VB/O/6/ccomp ././O/6/punct"
            + " || ¶ I/PRP/O/2/nsubj said/VBD/O/0/root the/DT/O/4/det budget/NN/O/6/nsubj was/VBD/O/6/cop short/JJ/O/2/ccomp ././O/2/punct")).claims();
    assertEquals("the author", sourceOf(column, "the budget was short"));
  }

  @Test
  void inAQuestionAndAnswerTranscriptTheAnswersAreNotByALetter() {
    // "Q:" asks (the writer); "A:" answers, but names no one: the writer, as before, not "A".
    String q = "Q/NN/O/4/dep ~:/:/O/1/punct";
    AnnotatedText t = Annotations.parse(
        q + " I/PRP/O/4/nsubj think/VBP/O/0/root the/DT/O/6/det plan/NN/O/8/nsubj is/VBZ/O/8/cop bold/JJ/O/4/ccomp ././O/4/punct"
            + " || Will/MD/O/3/aux it/PRP/O/3/nsubj work/VB/O/0/root ?/./O/3/punct"
            + " || ¶ A/NN/O/4/dep ~:/:/O/1/punct I/PRP/O/4/nsubj said/VBD/O/0/root the/DT/O/6/det budget/NN/O/8/nsubj was/VBD/O/8/cop short/JJ/O/4/ccomp ././O/4/punct"
            + " || ¶ " + q + " We/PRP/O/4/nsubj said/VBD/O/0/root the/DT/O/6/det talk/NN/O/8/nsubj was/VBD/O/8/cop useful/JJ/O/4/ccomp ././O/4/punct"
            + " || Why/WRB/O/0/root ?/./O/1/punct");
    List<Claim> claims = run(t).claims();
    assertEquals("the author", sourceOf(claims, "the budget was short"));
    assertEquals("the authors", sourceOf(claims, "the talk was useful"));
    // Nor is the whole answer a "Name: statement" claim by the label.
    assertTrue(claims.stream().noneMatch(c -> c.cue().equals(":")), claims::toString);
  }

  @Test
  void aTranscriptLabelTakenForASubjectIsItsSpeaker() {
    // The parse made the interviewer's label the subject: the interviewer (the writer) asks, and
    // where a subject follows the label, that subject speaks.
    AnnotatedText t = Annotations.parse(
        "((/-LRB-/O/2/punct ~WN/NNP/O/4/nsubj ~))/-RRB-/O/2/punct Tell/VB/O/0/root about/IN/O/7/case the/DT/O/7/det plan/NN/O/4/obl ?/./O/4/punct"
            + " || ¶ ((/-LRB-/O/3/punct ~Ann/NNP/PERSON/3/compound Lee/NNP/PERSON/6/dep ~))/-RRB-/O/3/punct I/PRP/O/6/nsubj think/VBP/O/0/root the/DT/O/8/det plan/NN/O/10/nsubj will/MD/O/10/aux fail/VB/O/6/ccomp ././O/6/punct"
            + " || ¶ ((/-LRB-/O/2/punct ~WN/NNP/O/5/compound ~))/-RRB-/O/2/punct Many/JJ/O/5/amod users/NNS/O/6/nsubj say/VBP/O/0/root the/DT/O/8/det plan/NN/O/9/nsubj failed/VBD/O/6/ccomp ?/./O/6/punct");
    List<Claim> claims = run(t).claims();
    assertEquals("the author", sourceOf(claims, "the plan"));
    String users = sourceOf(claims, "the plan failed");
    assertTrue(users.endsWith("users") && !users.contains("wn"), users);
  }

  private static String sourceOf(List<Claim> claims, String content) {
    return claims.stream().filter(c -> c.content().equals(content)).findFirst().map(c -> c.source().name())
        .orElseThrow(() -> new AssertionError("no claim '" + content + "' in " + claims));
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
  void aQuoteAfterTheOneSpokenToIsTheSpeakers() {
    // "Trump told the Washington Post, “I like Paul.”": the object of "told" is the one spoken to.
    AnnotatedText t = Annotations.parse(
        "Trump/NNP/PERSON/2/nsubj told/VBD/O/0/root the/DT/O/5/det Washington/NNP/ORGANIZATION/5/compound Post/NNP/ORGANIZATION/2/obj ,/,/O/2/punct"
            + " “/``/O/9/punct I/PRP/O/9/nsubj like/VBP/O/2/ccomp Paul/NNP/PERSON/9/obj ././O/2/punct ”/''/O/2/punct");
    List<Claim> claims = run(t).claims();
    assertEquals(1, claims.size(), claims::toString);
    assertEquals("Trump", claims.get(0).source().name());
    assertEquals(QuoteType.DIRECT, claims.get(0).quote());
    assertTrue(claims.get(0).content().strip().startsWith("I like Paul"), claims.get(0)::content);
  }

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
  void aRelativePronounAfterACommaSpeaksForTheNameBeforeIt() {
    // "…was President Obama, who claimed Trump was wrong": the parse makes the clause a ccomp.
    AnnotatedText t = Annotations.parse(
        "It/PRP/O/3/nsubj was/VBD/O/3/cop Obama/NNP/PERSON/0/root ,/,/O/3/punct who/WP/O/6/nsubj claimed/VBD/O/3/ccomp Trump/NNP/PERSON/6/obj"
            + " was/VBD/O/9/cop wrong/JJ/O/6/dep ././O/3/punct");
    List<Claim> claims = run(t).claims();
    assertEquals(1, claims.size(), claims::toString);
    assertEquals("Obama", claims.get(0).source().name());
    assertEquals("who", claims.get(0).source().text());
  }

  @Test
  void aQuoteAfterASentenceEndingInAColonIsItsSpeakers() {
    AnnotatedText t = Annotations.parse(
        "Cruz/NNP/PERSON/2/nsubj said/VBD/O/0/root :/:/O/2/punct || “/``/O/3/punct Talks/NNS/O/3/nsubj failed/VBD/O/0/root ././O/3/punct ”/''/O/3/punct");
    List<Claim> claims = run(t).claims();
    assertEquals(1, claims.size(), claims::toString);
    assertEquals("Cruz", claims.get(0).source().name());
    assertEquals(QuoteType.DIRECT, claims.get(0).quote());
    assertTrue(claims.get(0).content().strip().startsWith("Talks failed"), claims.get(0)::content);
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
  void aQuoteResumesAfterAnAttributionWithAnAbbreviatedTitle() {
    // “…,” said Lt. Jo Roe. “…”: the full stop of "Lt." does not end the attribution's sentence.
    AnnotatedText t = Annotations.parse(
        "“/``/O/3/punct Talks/NNS/O/3/nsubj failed/VBD/O/5/ccomp ,/,/O/3/punct ”/''/O/3/punct said/VBD/O/0/root Lt./NNP/O/9/compound Jo/NNP/PERSON/9/compound"
            + " Roe/NNP/PERSON/6/nsubj ././O/6/punct || “/``/O/3/punct We/PRP/O/3/nsubj tried/VBD/O/0/root ././O/3/punct ”/''/O/3/punct");
    List<Claim> claims = run(t).claims();
    assertEquals(2, claims.size(), claims::toString);
    assertTrue(claims.stream().allMatch(c -> c.source().name().equals("Jo Roe") && c.quote() == QuoteType.DIRECT), claims::toString);
  }

  @Test
  void aPersonsOtherSpellingIsTheSamePersonAcrossArticles() {
    AnnotatedText t = Annotations.parse("Zelenskyy/NNP/PERSON/2/nsubj said/VBD/O/0/root talks/NNS/O/4/nsubj failed/VBD/O/2/ccomp ././O/2/punct");
    List<Claim> claims = run(t).claims();
    assertEquals(1, claims.size(), claims::toString);
    assertEquals("Volodymyr Zelensky", claims.get(0).source().name(), "the shipped alias table's spelling");
    assertEquals("Zelenskyy", claims.get(0).source().text(), "as written");
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
  void aSubjectThatSwallowedAClauseIsCutToTheNounPhraseBeforeTheCue() {
    // The parse hangs "a case was filed, and the police" on "death" as one subject of "said".
    AnnotatedText t = Annotations.parse(
        "Before/IN/O/4/case Lee/NNP/PERSON/4/nmod:poss 's/POS/O/2/case death/NN/O/14/nsubj ,/,/O/9/punct a/DT/O/7/det case/NN/O/9/nsubj:pass"
            + " was/VBD/O/9/aux:pass filed/VBN/O/4/acl ,/,/O/13/punct and/CC/O/13/cc the/DT/O/13/det police/NN/O/4/conj said/VBD/O/0/root"
            + " talks/NNS/O/16/nsubj failed/VBD/O/14/ccomp ././O/14/punct");
    List<Claim> claims = run(t).claims();
    assertEquals(1, claims.size(), claims::toString);
    assertEquals("the police", claims.get(0).source().text());
    assertEquals("talks failed", claims.get(0).content());
  }

  @Test
  void aPlaceTheParseTookForTheSubjectGivesWayToTheNounPhraseBeforeIt() {
    // "The ministry in Munich, Germany confirmed …": the parse makes "Germany" the subject.
    AnnotatedText t = Annotations.parse(
        "The/DT/O/2/det ministry/NN/O/4/nmod in/IN/O/4/case Munich/NNP/CITY/6/nmod ,/,/O/6/punct Germany/NNP/COUNTRY/7/nsubj confirmed/VBD/O/0/root"
            + " cases/NNS/O/9/nsubj rose/VBD/O/7/ccomp ././O/7/punct");
    List<Claim> claims = run(t).claims();
    assertEquals(1, claims.size(), claims::toString);
    assertEquals("The ministry", claims.get(0).source().text());
    assertEquals("cases rose", claims.get(0).content());
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
  void aNameTheTaggerMissedCanStillReport() {
    // "reported" makes claims only of named or evidential sources; NER left "The Hill" untagged.
    AnnotatedText t = Annotations.parse(
        "Talks/NNS/O/2/nsubj failed/VBD/O/0/root on/IN/O/4/case Sunday/NNP/DATE/2/obl ,/,/O/2/punct The/DT/O/7/det Hill/NNP/O/8/nsubj"
            + " reported/VBD/O/2/parataxis ././O/2/punct");
    List<Claim> claims = run(t).claims();
    assertEquals(1, claims.size(), claims::toString);
    assertEquals("The Hill", claims.get(0).source().name());
    assertEquals("Talks failed on Sunday", claims.get(0).content());
  }

  @Test
  void aQuantifierAloneIsAnUnnamedSource() {
    AnnotatedText t = Annotations.parse(
        "Some/DT/O/2/nsubj accused/VBD/O/0/root Lee/NNP/PERSON/2/obj of/IN/O/5/mark lying/VBG/O/2/advcl ././O/2/punct");
    List<Claim> claims = run(t).claims();
    assertEquals(1, claims.size(), claims::toString);
    assertEquals("some", claims.get(0).source().name());
    assertEquals(Stance.ALLEGED, claims.get(0).stance());
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
  void anAsClauseInsideTheSentenceAttributesTheMainClauseAfterIt() {
    AnnotatedText t = Annotations.parse(
        "Last/JJ/DATE/2/amod week/NN/DATE/9/obl:tmod ,/,/O/9/punct as/IN/O/6/mark Reuters/NNP/ORGANIZATION/6/nsubj reported/VBD/O/9/advcl ,/,/O/9/punct"
            + " talks/NNS/O/9/nsubj resumed/VBD/O/0/root ././O/9/punct");
    List<Claim> claims = run(t).claims();
    assertEquals(1, claims.size(), claims::toString);
    assertEquals("Reuters", claims.get(0).source().name());
    assertEquals("talks resumed", claims.get(0).content());
  }

  @Test
  void aPronounInsideTheSubjectsOwnClauseIsThatSubject() {
    // An earlier sentence's subject (Cruz) was the only candidate before: "he" here is Limbaugh.
    AnnotatedText t = Annotations.parse(
        "Ted/NNP/PERSON/2/compound Cruz/NNP/PERSON/3/nsubj spoke/VBD/O/0/root ././O/3/punct"
            + " || Rush/NNP/PERSON/2/compound Limbaugh/NNP/PERSON/3/nsubj used/VBD/O/0/root radio/NN/O/3/obj to/TO/O/6/mark discuss/VB/O/3/xcomp"
            + " what/WP/O/6/obj he/PRP/O/9/nsubj described/VBD/O/7/acl:relcl as/IN/O/12/case a/DT/O/12/det win/NN/O/9/obl ././O/3/punct");
    List<Claim> claims = run(t).claims();
    assertTrue(claims.stream().anyMatch(c -> c.cueLemma().equals("describe") && c.source().name().equals("Rush Limbaugh")), claims::toString);
    assertTrue(claims.stream().noneMatch(c -> c.source().name().equals("Ted Cruz")), claims::toString);
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
    List<Claim> claims = new ClaimExtractor(org.claimtrail.claims.entity.AliasTable.standard(), Optional.empty(), true).extract(article(t), t).claims();
    assertEquals(1, claims.size(), claims::toString);
    assertEquals("offered his thoughts on", claims.get(0).cue());
    assertEquals("the race", claims.get(0).content());
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
  void aQuoteInsideItsOwnCuesReportedContentIsNoSecondClaim() {
    AnnotatedText t = Annotations.parse(
        "Lee/NNP/PERSON/2/nsubj warned/VBD/O/0/root of/IN/O/7/case a/DT/O/7/det “/``/O/7/punct cultural/JJ/O/7/amod war/NN/O/2/obl ”/''/O/7/punct"
            + " against/IN/O/10/case liberals/NNS/O/7/nmod ././O/2/punct");
    List<Claim> claims = run(t).claims();
    assertEquals(1, claims.size(), claims::toString);
    assertEquals(QuoteType.MIXED, claims.get(0).quote());
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
  void anAccordingToAsideAttributesWhatRunsOnAfterItToo() {
    AnnotatedText t = Annotations.parse(
        "Trump/NNP/PERSON/3/nsubj is/VBZ/O/3/cop first/JJ/O/0/root ,/,/O/3/punct according/VBG/O/7/case to/TO/O/5/fixed polls/NNS/O/3/obl"
            + " ,/,/O/3/punct although/IN/O/12/mark Carson/NNP/PERSON/12/nsubj is/VBZ/O/12/cop close/JJ/O/3/advcl ././O/3/punct");
    List<Claim> claims = run(t).claims();
    assertEquals(1, claims.size(), claims::toString);
    assertEquals("Trump is first , according to polls , although Carson is close", claims.get(0).content());
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
  void aQuotationASayingIntroducesIsAttributedEvenWhenTheQuotePassFindsNoSpeaker() {
    // "He tells the crowd: “…”": the quote pass looks for a speaker round the quote and finds none.
    AnnotatedText t = Annotations.parse(
        "Lee/NNP/PERSON/2/nsubj tells/VBZ/O/0/root the/DT/O/4/det crowd/NN/O/2/obj :/:/O/2/punct “/``/O/2/punct talks/NNS/O/8/nsubj"
            + " failed/VBD/O/2/ccomp ././O/2/punct ”/''/O/2/punct");
    List<Claim> claims = run(t).claims();
    assertEquals(1, claims.size(), claims::toString);
    assertEquals(QuoteType.DIRECT, claims.get(0).quote());
    assertEquals("Lee", claims.get(0).source().name());
    assertTrue(claims.get(0).content().contains("talks failed"), claims::toString);
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
  void aQuoteResumesAfterItsAttributionAcrossANoBreakSpace() {
    // Scraped pages put no-break spaces between sentences: “…,” Lee said.\u00a0“…”
    AnnotatedText t = Annotations.parse(
        "“/``/O/3/punct talks/NNS/O/3/nsubj failed/VBD/O/7/ccomp ,/,/O/3/punct ”/''/O/3/punct Lee/NNP/PERSON/7/nsubj said/VBD/O/0/root .\u00a0/./O/7/punct"
            + " || “/``/O/3/punct They/PRP/O/3/nsubj ended/VBD/O/0/root ././O/3/punct ”/''/O/3/punct");
    List<Claim> claims = run(t).claims();
    assertEquals(2, claims.size(), claims::toString);
    assertTrue(claims.stream().allMatch(c -> c.source().name().equals("Lee") && c.cue().equals("said")), claims::toString);
  }

  @Test
  void aQuoteGoesOnInTheNextParagraphWhenThatParagraphOpensWithIt() {
    AnnotatedText t = Annotations.parse(
        "“/``/O/3/punct talks/NNS/O/3/nsubj failed/VBD/O/7/ccomp ,/,/O/3/punct ”/''/O/3/punct Lee/NNP/PERSON/7/nsubj said/VBD/O/0/root .\n\n/./O/7/punct"
            + " || “/``/O/3/punct They/PRP/O/3/nsubj ended/VBD/O/0/root ././O/3/punct ”/''/O/3/punct"
            + " || Kim/NNP/PERSON/2/nsubj left/VBD/O/0/root .\n\n/./O/2/punct || “/``/O/3/punct We/PRP/O/3/nsubj won/VBD/O/0/root ././O/3/punct ”/''/O/3/punct");
    List<Claim> claims = run(t).claims();
    assertEquals(2, claims.size(), claims::toString);
    assertTrue(claims.stream().allMatch(c -> c.source().name().equals("Lee")), claims::toString);
    assertTrue(claims.stream().noneMatch(c -> c.content().contains("We won")), "a paragraph after one without a quote is not Lee's: " + claims);
  }

  @Test
  void anAsideBeforeAQuoteThatGoesOnWithTheSentenceLeadsIntoIt() {
    AnnotatedText t = Annotations.parse(
        "Instead/RB/O/4/advmod ,/,/O/4/punct Lee/NNP/PERSON/4/nsubj said/VBD/O/0/root ,/,/O/4/punct “/``/O/8/punct talks/NNS/O/8/nsubj failed/VBD/O/4/ccomp"
            + " ././O/4/punct ”/''/O/4/punct"
            + " || In/IN/O/2/case public/NN/O/5/obl ,/,/O/5/punct Kim/NNP/PERSON/5/nsubj said/VBD/O/0/root ,/,/O/5/punct “/``/O/9/punct We/PRP/O/9/nsubj"
            + " won/VBD/O/5/ccomp ././O/5/punct ”/''/O/5/punct");
    List<Claim> claims = run(t).claims();
    Claim lee = claims.stream().filter(c -> c.source().name().equals("Lee")).findFirst().orElseThrow(() -> new AssertionError(claims));
    assertTrue(lee.content().startsWith("Instead"), claims::toString);
    assertEquals(QuoteType.MIXED, lee.quote());
    Claim kim = claims.stream().filter(c -> c.source().name().equals("Kim")).findFirst().orElseThrow(() -> new AssertionError(claims));
    assertTrue(kim.content().strip().startsWith("We won"), "a quote opening with a capital stands alone: " + claims);
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
  void aQuoteResumesAfterAnAttributionEndingWithAQuotedTitle() {
    AnnotatedText t = Annotations.parse(
        "“/``/O/3/punct talks/NNS/O/3/nsubj failed/VBD/O/7/ccomp ,/,/O/3/punct ”/''/O/3/punct Lee/NNP/PERSON/7/nsubj said/VBD/O/0/root"
            + " on/IN/O/12/case “/``/O/12/punct Meet/NNP/O/12/compound the/DT/O/12/det Press/NNP/O/7/obl ././O/7/punct ”/''/O/7/punct"
            + " || “/``/O/3/punct They/PRP/O/3/nsubj ended/VBD/O/0/root ././O/3/punct ”/''/O/3/punct");
    List<Claim> claims = run(t).claims();
    assertTrue(claims.stream().anyMatch(c -> c.content().contains("They ended") && c.source().name().equals("Lee")), claims::toString);
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
    List<Claim> claims = new ClaimExtractor(org.claimtrail.claims.entity.AliasTable.standard(), Optional.empty(), true).extract(article(t), t).claims();
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
  void sheIsNotTheManNamedLastNorHeTheWoman() {
    AnnotatedText t = Annotations.parse(
        "Hillary/NNP/PERSON/2/compound Clinton/NNP/PERSON/3/nsubj said/VBD/O/0/root talks/NNS/O/5/nsubj failed/VBD/O/3/ccomp ././O/3/punct"
            + " || Frank/NNP/PERSON/2/compound Smith/NNP/PERSON/3/nsubj said/VBD/O/0/root rates/NNS/O/5/nsubj rose/VBD/O/3/ccomp ././O/3/punct"
            + " || She/PRP/O/2/nsubj said/VBD/O/0/root taxes/NNS/O/4/nsubj fell/VBD/O/2/ccomp ././O/2/punct"
            + " || He/PRP/O/2/nsubj said/VBD/O/0/root prices/NNS/O/4/nsubj fell/VBD/O/2/ccomp ././O/2/punct");
    List<Claim> claims = run(t).claims();
    Claim she = claims.stream().filter(c -> c.content().equals("taxes fell")).findFirst().orElseThrow(() -> new AssertionError(claims));
    assertEquals("Hillary Clinton", she.source().name(), "\"she\" skips Frank Smith");
    Claim he = claims.stream().filter(c -> c.content().equals("prices fell")).findFirst().orElseThrow(() -> new AssertionError(claims));
    assertEquals("Frank Smith", he.source().name(), "\"he\" skips Hillary Clinton");
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
  void aLineBreakAfterALongLineEndsTheParagraph() {
    // Scraped text often has one paragraph per line. The second quote resumes Lee's; the speaker of
    // the next line is no attribution of it.
    String filler = " in/IN/O/3/case the/DT/O/3/det north/NN/O/3/obl"; // 24 tokens: a line longer than any wrapped one
    String first = "“/``/O/3/punct Talks/NNS/O/3/nsubj failed/VBD/O/0/root" + filler.repeat(8) + " ,/,/O/3/punct ”/''/O/3/punct Lee/NNP/PERSON/31/nsubj said/VBD/O/3/parataxis ././O/3/punct";
    AnnotatedText built = Annotations.parse(first
        + " || “/``/O/3/punct Prices/NNS/O/3/nsubj rose/VBD/O/0/root ././O/3/punct ”/''/O/3/punct"
        + " || Kim/NNP/PERSON/2/nsubj told/VBD/O/0/root reporters/NNS/O/2/obj that/IN/O/6/mark costs/NNS/O/6/nsubj fell/VBD/O/2/ccomp ././O/2/punct");
    int kim = built.text().indexOf(" Kim");
    AnnotatedText t = new AnnotatedText(built.text().substring(0, kim) + "\n" + built.text().substring(kim + 1), built.sentences());
    List<Claim> claims = run(t).claims();
    Claim prices = claims.stream().filter(c -> c.content().contains("Prices rose")).findFirst().orElseThrow(() -> new AssertionError(claims));
    assertEquals("Lee", prices.source().name());
  }

  @Test
  void wordsLeadingIntoAQuoteAttributedAfterItAreTheSourcesToo() {
    AnnotatedText t = Annotations.parse(
        "Voters/NNS/O/4/nsubj are/VBP/O/4/cop “/``/O/4/punct angry/JJ/O/0/root ,/,/O/4/punct ”/''/O/4/punct Lee/NNP/PERSON/8/nsubj said/VBD/O/4/parataxis"
            + " ././O/4/punct");
    List<Claim> claims = run(t).claims();
    assertEquals(1, claims.size(), claims::toString);
    assertEquals("Lee", claims.get(0).source().name());
    assertEquals(QuoteType.MIXED, claims.get(0).quote());
    assertTrue(claims.get(0).content().startsWith("Voters are “ angry"), claims.get(0)::content);
  }

  @Test
  void aQuotedNameInTheAttributionIsNeitherAResumedQuoteNorWhatWasSaid() {
    AnnotatedText t = Annotations.parse(
        "“/``/O/2/punct Talks/NNS/O/3/nsubj failed/VBD/O/0/root ,/,/O/3/punct ”/''/O/3/punct Lee/NNP/PERSON/7/nsubj told/VBD/O/3/parataxis"
            + " “/``/O/10/punct Fox/NNP/ORGANIZATION/10/compound Friends/NNP/ORGANIZATION/7/obj ”/''/O/10/punct ././O/3/punct");
    List<Claim> claims = run(t).claims();
    assertEquals(1, claims.size(), claims::toString);
    assertEquals("Lee", claims.get(0).source().name());
    assertEquals(QuoteType.DIRECT, claims.get(0).quote());
    assertTrue(claims.get(0).content().contains("Talks failed") && !claims.get(0).content().contains("Fox"), claims.get(0)::content);
  }

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
  void aQuoteEndingItsSentenceIsNotTheNextCuesWhenThatCueHasItsOwnClause() {
    AnnotatedText t = Annotations.parse(
        "“/``/O/3/punct We/PRP/O/3/nsubj won/VBD/O/0/root ././O/3/punct ”/''/O/3/punct"
            + " || Lee/NNP/PERSON/2/nsubj said/VBD/O/0/root talks/NNS/O/4/nsubj failed/VBD/O/2/ccomp ././O/2/punct"
            + " || “/``/O/3/punct They/PRP/O/3/nsubj lost/VBD/O/0/root ././O/3/punct ”/''/O/3/punct"
            + " || Kim/NNP/PERSON/2/nsubj said/VBD/O/0/root ././O/2/punct");
    List<Claim> claims = run(t).claims();
    assertTrue(claims.stream().noneMatch(c -> c.content().contains("We won") && c.source().name().equals("Lee")),
        "Lee's saying has its own content: " + claims);
    assertTrue(claims.stream().anyMatch(c -> c.content().equals("talks failed") && c.source().name().equals("Lee")), claims::toString);
    assertTrue(claims.stream().anyMatch(c -> c.content().contains("They lost") && c.source().name().equals("Kim")),
        "a cue with no clause of its own still says the quote: " + claims);
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
  void aPersonByPronounCanSuggestOrFindButAThingCannot() {
    AnnotatedText t = Annotations.parse(
        "Ann/NNP/PERSON/2/nsubj Lee/NNP/PERSON/3/nsubj left/VBD/O/0/root ././O/3/punct"
            + " || She/PRP/O/2/nsubj suggested/VBD/O/0/root that/IN/O/5/mark talks/NNS/O/5/nsubj failed/VBD/O/2/ccomp ././O/2/punct"
            + " || It/PRP/O/2/nsubj suggested/VBD/O/0/root that/IN/O/5/mark prices/NNS/O/5/nsubj rose/VBD/O/2/ccomp ././O/2/punct");
    List<Claim> claims = run(t).claims();
    assertEquals(1, claims.size(), claims::toString);
    assertEquals("talks failed", claims.get(0).content());
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
  void aSourceAfterAQuoteKeepsWhatDescribesIt() {
    AnnotatedText t = Annotations.parse(
        "“/``/O/3/punct Ports/NNS/O/3/nsubj closed/VBD/O/6/ccomp ,/,/O/3/punct ”/''/O/3/punct said/VBD/O/0/root Ann/NNP/PERSON/8/compound"
            + " Lee/NNP/PERSON/6/nsubj ,/,/O/10/punct 23/CD/NUMBER/8/appos ,/,/O/13/punct a/DT/O/13/det student/NN/O/8/appos who/WP/O/15/nsubj"
            + " left/VBD/O/13/acl:relcl ,/,/O/18/punct on/IN/O/18/case Monday/NNP/DATE/6/obl:tmod ././O/6/punct");
    List<Claim> claims = run(t).claims();
    assertEquals(1, claims.size(), claims::toString);
    Claim c = claims.get(0);
    assertEquals("Ann Lee", c.source().name());
    assertEquals("Ann Lee , 23 , a student who left", t.text().substring(c.source().begin(), c.source().end()));
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
}
