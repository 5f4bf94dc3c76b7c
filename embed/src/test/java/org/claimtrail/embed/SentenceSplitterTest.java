package org.claimtrail.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  private static List<String> sentences(String text) {
    return SentenceSplitter.split(text).stream().map(s -> s.of(text)).toList();
  }

  @Test
  void splitsAtSentenceEndsAndLineBreaks() {
    assertEquals(List.of("Troops arrived on Monday.", "Officials denied it!", "A new paragraph without a full stop",
        "Another one."), sentences("Troops arrived on Monday. Officials denied it!\n\nA new paragraph without a full stop\nAnother one."));
  }

  @Test
  void abbreviationsAndInitialsDoNotEndASentence() {
    assertEquals(List.of("Gen. Mattis met Mr. Kim on Jan. 5 in Washington.", "J. K. Rowling was not there."),
        sentences("Gen. Mattis met Mr. Kim on Jan. 5 in Washington. J. K. Rowling was not there."));
  }

  @Test
  void offsetsPointIntoTheTextAndSkipEmptyStretches() {
    String text = "  One.   \n\n ... \n Two.  ";
    List<TextSpan> spans = SentenceSplitter.split(text);
    assertEquals(2, spans.size());
    assertEquals("One.", spans.get(0).of(text));
    assertEquals("Two.", spans.get(1).of(text));
  }

  @Test
  void aRunOnSentenceIsCutIntoPiecesTheEncoderCanRead() {
    String text = "word ".repeat(1_000);
    List<TextSpan> spans = SentenceSplitter.split(text);
    assertTrue(spans.size() >= 5);
    assertTrue(spans.stream().allMatch(s -> s.end() - s.start() <= SentenceSplitter.MAX_CHARS));
  }
}
