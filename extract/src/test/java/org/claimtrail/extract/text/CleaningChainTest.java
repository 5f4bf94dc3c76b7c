package org.claimtrail.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CleaningChainTest {
  private static final String PROSE_A = "The minister said on Monday that the talks would resume next week, according to a statement from her office.";
  private static final String PROSE_B = "Opposition leaders rejected the plan, saying it would raise costs for families and small businesses across the region.";

  private static List<String> clean(String text) {
    Blocks b = Blocks.ofText(text, Optional.of("p"), Optional.empty());
    return CleaningChain.standard(RepeatedLines.NONE, Set.of()).apply(b).kept();
  }

  @Test
  void promoPagerAndStampLinesGo() {
    List<String> kept = clean(PROSE_A + "\n\nSUBSCRIBE TO OUR NEWSLETTER\n\nAdvertisement\n\n" + PROSE_B + "\n\nNext » Another story headline here\n3 hours ago");
    assertEquals(List.of(PROSE_A, PROSE_B), kept);
  }

  @Test
  void aSentenceThatStartsLikeAPromoIsKept() {
    String s = "Follow us on the road, the protesters chanted as they marched for hours through the capital on Sunday toward the parliament.";
    assertEquals(List.of(PROSE_A, s), clean(PROSE_A + "\n\n" + s));
  }

  @Test
  void relatedSectionRunsUntilProseResumes() {
    List<String> kept = clean(PROSE_A + "\n\nRelated Stories\nFarmers Protest New Tax In Northern Province\nBy Some Writer\nA teaser blurb without a full stop\n\n" + PROSE_B);
    assertEquals(List.of(PROSE_A, PROSE_B), kept);
  }

  @Test
  void repeatedHeadlineIsATeaser() {
    String h = "Surviving The Winter: How Villages Prepare For Power Cuts";
    List<String> kept = clean(PROSE_A + "\n\n" + h + "\n\n" + PROSE_B + "\n\n" + h);
    assertEquals(List.of(PROSE_A, PROSE_B), kept);
  }

  @Test
  void tailAfterCorrectionBlurbGoesButNotWhenMostProseFollows() {
    String tail = "To suggest a correction, write to us\n\nThe Daily Example is a newspaper founded in 1901 that covers local news for readers everywhere.";
    assertEquals(List.of(PROSE_A, PROSE_B), clean(PROSE_A + "\n\n" + PROSE_B + "\n\n" + tail));
    // A marker before most of the prose is not the end of the article.
    List<String> kept = clean("Comments\n\n" + PROSE_A + "\n\n" + PROSE_B);
    assertEquals(List.of("Comments", PROSE_A, PROSE_B), kept);
  }

  @Test
  void wrappedLinesAreJoinedButHeadlineAndHeaderAreNot() {
    Blocks wrapped = Blocks.ofText("The central bank said on Thursday it would keep rates\nunchanged for the rest of the year, citing slowing\ngrowth.", Optional.empty(), Optional.empty());
    assertEquals(1, wrapped.size());
    Blocks lines = Blocks.ofText("Surviving and Setting Trends: Ukrainian Armored Vehicle Manufacturer on Production\nOther Topics of Interest", Optional.empty(), Optional.empty());
    assertEquals(2, lines.size());
  }

  @Test
  void learnedRepeatedLinesArePublisherSpecific() {
    RepeatedLines.Learner learner = new RepeatedLines.Learner(3, 0.5);
    for (int i = 0; i < 4; i++) {
      learner.add("pub:a", List.of("Story number " + i + " says the council met and agreed a budget of " + (i * 7) + " million.", "Get the Example Daily briefing in your inbox", "Updated " + i + " hours ago"));
    }
    learner.add("pub:b", List.of("Get the Example Daily briefing in your inbox"));
    RepeatedLines model = learner.build();
    assertTrue(model.isBoilerplate("pub:a", "Get the Example Daily briefing in your inbox"));
    assertTrue(model.isBoilerplate("pub:a", "Updated 9 hours ago"), "digits are normalised");
    assertTrue(!model.isBoilerplate("pub:b", "Get the Example Daily briefing in your inbox"), "one document is not a pattern");
    assertTrue(!model.isBoilerplate("pub:a", "Story number 1 says the council met and agreed a budget of 7 million."));
  }

  @Test
  void identicalDocumentsCountOnceSoDuplicatesDoNotEraseThemselves() {
    RepeatedLines.Learner learner = new RepeatedLines.Learner(2, 0.1);
    for (int i = 0; i < 5; i++) {
      learner.add("pub", List.of(PROSE_A, PROSE_B));
    }
    assertEquals(0, learner.build().size());
  }

  @Test
  void randomInputNeverThrows() {
    Random random = new Random(42);
    String alphabet = "aZ09 .,;:!?«»“”\"'’\n\n\t<>&@#\u00a0\u200b\ufffd\u0000ЖЯ中文";
    for (int round = 0; round < 500; round++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(400);
      for (int i = 0; i < n; i++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      List<String> kept = clean(sb.toString());
      for (String k : kept) {
        assertTrue(!k.isBlank(), "no blank blocks");
      }
    }
  }
}
