package org.claimtrail.claims.quote;

import static org.claimtrail.claims.Extract.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimtrail.claims.Annotations;
import org.claimtrail.model.ArticleClaims;
import org.claimtrail.model.Claim;
import org.claimtrail.model.QuoteType;
import org.claimtrail.model.Stance;
import org.claimtrail.nlp.AnnotatedText;
import org.junit.jupiter.api.Test;

/** Direct quotes and their attributions: after the closing mark, before the opening one, resumed, led into. On hand-built annotations (no CoreNLP). */
class DirectQuotesTest {
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
  void aQuoteResumesAfterAnAttributionEndingWithAQuotedTitle() {
    AnnotatedText t = Annotations.parse(
        "“/``/O/3/punct talks/NNS/O/3/nsubj failed/VBD/O/7/ccomp ,/,/O/3/punct ”/''/O/3/punct Lee/NNP/PERSON/7/nsubj said/VBD/O/0/root"
            + " on/IN/O/12/case “/``/O/12/punct Meet/NNP/O/12/compound the/DT/O/12/det Press/NNP/O/7/obl ././O/7/punct ”/''/O/7/punct"
            + " || “/``/O/3/punct They/PRP/O/3/nsubj ended/VBD/O/0/root ././O/3/punct ”/''/O/3/punct");
    List<Claim> claims = run(t).claims();
    assertTrue(claims.stream().anyMatch(c -> c.content().contains("They ended") && c.source().name().equals("Lee")), claims::toString);
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
}
