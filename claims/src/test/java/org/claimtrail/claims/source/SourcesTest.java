package org.claimtrail.claims.source;

import static org.claimtrail.claims.Extract.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.claimtrail.claims.Annotations;
import org.claimtrail.model.ArticleClaims;
import org.claimtrail.model.Claim;
import org.claimtrail.model.ClaimSource;
import org.claimtrail.model.Stance;
import org.claimtrail.nlp.AnnotatedText;
import org.junit.jupiter.api.Test;

/** Who said it: unnamed sources as written, roles, relative pronouns, pronouns by gender and recency, transcripts, the writer. On hand-built annotations (no CoreNLP). */
class SourcesTest {
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
  void aPersonsOtherSpellingIsTheSamePersonAcrossArticles() {
    AnnotatedText t = Annotations.parse("Zelenskyy/NNP/PERSON/2/nsubj said/VBD/O/0/root talks/NNS/O/4/nsubj failed/VBD/O/2/ccomp ././O/2/punct");
    List<Claim> claims = run(t).claims();
    assertEquals(1, claims.size(), claims::toString);
    assertEquals("Volodymyr Zelensky", claims.get(0).source().name(), "the shipped alias table's spelling");
    assertEquals("Zelenskyy", claims.get(0).source().text(), "as written");
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
  void aPersonByPronounCanSuggestOrFindButAThingCannot() {
    AnnotatedText t = Annotations.parse(
        "Ann/NNP/PERSON/2/nsubj Lee/NNP/PERSON/3/nsubj left/VBD/O/0/root ././O/3/punct"
            + " || She/PRP/O/2/nsubj suggested/VBD/O/0/root that/IN/O/5/mark talks/NNS/O/5/nsubj failed/VBD/O/2/ccomp ././O/2/punct"
            + " || It/PRP/O/2/nsubj suggested/VBD/O/0/root that/IN/O/5/mark prices/NNS/O/5/nsubj rose/VBD/O/2/ccomp ././O/2/punct");
    List<Claim> claims = run(t).claims();
    assertEquals(1, claims.size(), claims::toString);
    assertEquals("talks failed", claims.get(0).content());
  }

  private static String sourceOf(List<Claim> claims, String content) {
    return claims.stream().filter(c -> c.content().equals(content)).findFirst().map(c -> c.source().name())
        .orElseThrow(() -> new AssertionError("no claim '" + content + "' in " + claims));
  }
}
