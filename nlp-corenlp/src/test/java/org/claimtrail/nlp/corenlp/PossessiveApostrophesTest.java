package org.claimtrail.nlp.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Optional;
import org.claimtrail.nlp.AnnotatedText;
import org.claimtrail.nlp.Sentence;
import org.junit.jupiter.api.Test;

class PossessiveApostrophesTest {
  @Test
  void aPluralPossessiveApostropheIsStraightened() {
    assertEquals("Sanders' aides say the voters' choice", PossessiveApostrophes.straighten("Sanders’ aides say the voters’ choice"));
    assertEquals("the Joneses'\u00a0house", PossessiveApostrophes.straighten("the Joneses’\u00a0house"));
  }

  @Test
  void otherApostrophesAndClosingQuotationMarksStay() {
    String text = "Trump’s plan, don’t go, the ’90s, he called them ‘Boasters’ and ‘Blasphemers’ twice.";
    assertSame(text, PossessiveApostrophes.straighten(text));
    assertEquals("its ‘rules’. Sanders' aides", PossessiveApostrophes.straighten("its ‘rules’. Sanders’ aides"),
        "the quotation closed, a possessive after it is one");
    assertEquals("he said ‘yes\nSanders' aides", PossessiveApostrophes.straighten("he said ‘yes\nSanders’ aides"),
        "a single quotation does not run over a paragraph");
    assertEquals("the voters’.", PossessiveApostrophes.straighten("the voters’."), "no word follows");
  }

  @Test
  void coreNlpReadsTheCurlyPossessiveAsAPossessiveAndTheTokenKeepsItsMark() {
    String text = "“Bernie believes it,” Jeff Weaver, Sanders’ campaign manager, said in a statement.";
    AnnotatedText annotated = new CoreNlpAnnotator("tokenize,ssplit,pos,lemma,depparse").annotate(text, Optional.empty());
    Sentence s = annotated.sentences().get(0);
    int apostrophe = -1;
    for (int i = 0; i < s.size(); i++) {
      if (s.token(i).begin() == text.indexOf('’')) {
        apostrophe = i;
      }
    }
    assertEquals("’", s.token(apostrophe).text(), "the token as written");
    assertEquals("POS", s.token(apostrophe).pos(), "not a closing quotation mark ('')");
    assertEquals("Sanders", s.token(s.head(apostrophe)).text());
    assertEquals(text, annotated.text());
  }
}
