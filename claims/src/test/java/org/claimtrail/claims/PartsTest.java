package org.claimtrail.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.claimtrail.claims.cue.CueLexicon;
import org.claimtrail.claims.entity.AliasTable;
import org.claimtrail.claims.quote.QuoteFinder;
import org.claimtrail.claims.stance.StanceRules;
import org.claimtrail.claims.time.SaidWhen;
import org.claimtrail.model.EntityType;
import org.claimtrail.model.Stance;
import org.claimtrail.nlp.AnnotatedText;
import org.junit.jupiter.api.Test;

class PartsTest {

  @Test
  void aliasTableKnowsCountriesFromTheGeneratedDataAndHandKeptAliases() {
    AliasTable t = AliasTable.standard();
    assertEquals("North Korea", t.lookup("DPRK").orElseThrow().canonical());
    assertEquals("North Korea", t.lookup("Democratic People’s Republic of Korea").orElseThrow().canonical());
    assertEquals("North Korea", t.lookup("North Korean").orElseThrow().canonical());
    assertEquals(AliasTable.Kind.CAPITAL, t.lookup("Pyongyang").orElseThrow().kind());
    assertEquals("United States", t.lookup("Washington").orElseThrow().canonical());
    assertEquals("Ukraine", t.lookup("Kyiv").orElseThrow().canonical());
    assertEquals(EntityType.MEDIA, t.lookup("Washington Post").orElseThrow().type());
    assertTrue(t.lookup("Atlantis").isEmpty());
  }

  @Test
  void quotesRunOverParagraphsWhenTheNextOneOpensWithAQuoteMark() {
    String text = "“First part of it.\n\n“Second part,” he added. Then “a short one” here.";
    List<QuoteFinder.Quote> quotes = QuoteFinder.find(text);
    assertEquals(2, quotes.size());
    assertEquals(2, quotes.get(0).segments().size());
    var s = quotes.get(0).segments();
    assertEquals("First part of it.", text.substring(s.get(0).begin(), s.get(0).end()));
    assertEquals("Second part,", text.substring(s.get(1).begin(), s.get(1).end()));
    assertEquals("a short one", text.substring(quotes.get(1).begin(), quotes.get(1).end()));
    assertEquals(List.of(), QuoteFinder.find("an “unclosed quote\n\nnext paragraph"));
  }

  @Test
  void aQuoteWhoseClosingMarkWasLostEndsWithItsParagraphsLastSentence() {
    String text = "“We won,” he said. “It was close. We will see.\n\nThe count went on.";
    List<QuoteFinder.Quote> quotes = QuoteFinder.find(text);
    assertEquals(2, quotes.size(), quotes::toString);
    assertEquals("It was close. We will see.", text.substring(quotes.get(1).begin(), quotes.get(1).end()));
  }

  @Test
  void stanceComesFromTheCueOrTheContent() {
    CueLexicon cues = CueLexicon.standard();
    assertEquals(Stance.CLAIMED, StanceRules.of(cues.verb("claim").orElseThrow(), "troops could arrive", false));
    assertEquals(Stance.HEDGED, StanceRules.of(cues.verb("say").orElseThrow(), "the deployments could indicate weakness", false));
    assertEquals(Stance.CONFIRMED, StanceRules.of(cues.verb("say").orElseThrow(), "But, yes, there is evidence", false));
    assertEquals(Stance.ASSERTED, StanceRules.of(cues.verb("say").orElseThrow(), "It will also impact things", false));
    assertEquals(Stance.DENIED, StanceRules.of(cues.verb("confirm").orElseThrow(), "the strike happened", true));
    assertEquals(Stance.ASSERTED, StanceRules.of(cues.verb("say").orElseThrow(), "there was no evidence of fraud", false),
        "finding no evidence asserts what was found: it denies nobody's claim");
    assertEquals(Stance.ASSERTED, StanceRules.of(cues.verb("say").orElseThrow(), "there had been 2741 confirmed cases in China", false),
        "confirmed cases are counted, not confirmed by the source");
    assertEquals(Stance.CONFIRMED, StanceRules.of(cues.verb("say").orElseThrow(), "the ministry confirmed the strike", false));
    assertEquals(Stance.HEDGED, StanceRules.of(cues.verb("say").orElseThrow(), "I will help if you fix the issues", false));
  }

  @Test
  void saidWhenReadsTheDateBoundToTheCue() {
    AnnotatedText t = Annotations.parse(
        "Budanov/NNP/PERSON/2/nsubj claimed/VBD/O/0/root Tuesday/NNP/DATE/2/obl:tmod/2024-10-22 that/IN/O/6/mark troops/NNS/O/6/nsubj arrived/VBD/O/2/ccomp");
    assertEquals(Optional.of("2024-10-22"), SaidWhen.find(t.sentences().get(0), 1, 1, 3, Optional.of(2024)));
    AnnotatedText mid = Annotations.parse(
        "Ukraine/NNP/COUNTRY/2/nsubj claimed/VBD/O/0/root in/IN/O/4/case mid-October/NNP/DATE/2/obl/XXXX-10 that/IN/O/7/mark troops/NNS/O/7/nsubj arrived/VBD/O/2/ccomp");
    assertEquals(Optional.of("2024-10 (mid)"), SaidWhen.find(mid.sentences().get(0), 1, 1, 4, Optional.of(2024)));
  }

  @Test
  void aliasNormaliserPutsNamesInCanonicalForm() {
    var n = new org.claimtrail.claims.entity.AliasNormaliser(AliasTable.standard());
    assertEquals("North Korea had deployed troops to aid Russia invasion of Ukraine", n.apply("Pyongyang had deployed troops to aid Moscow’s invasion of Ukraine"));
    assertEquals("North Korea troops reached Russia", n.apply("DPRK troops reached Russia."));
    assertEquals("the unknown Zorblat said", n.apply("the unknown Zorblat said"));
  }
}
