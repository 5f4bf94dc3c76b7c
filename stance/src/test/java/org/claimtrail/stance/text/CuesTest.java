package org.claimtrail.stance.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CuesTest {
  private static List<String> found(String text, Cue cue) {
    List<Words.Word> words = Words.of(text, 0);
    return Cues.find(words).stream().filter(f -> f.cue() == cue)
        .map(f -> text.substring(words.get(f.from()).start(), words.get(f.to() - 1).end())).toList();
  }

  @Test
  void phrasesMatchWholeWordsAndTheLongestWins() {
    String text = "The story is not true, officials denied, and photos were doctored.";
    assertEquals(List.of("is not true", "denied", "doctored"), found(text, Cue.REFUTING));
    assertEquals(List.of("not"), found(text, Cue.NEGATION));
    assertEquals(List.of("officials"), found(text, Cue.ATTRIBUTION));
    // "denial" is refuting; "denialism" is another word.
    assertEquals(List.of(), found("Climate denialism spread.", Cue.REFUTING));
  }

  @Test
  void curlyApostrophesAndCaseAreNormalised() {
    assertEquals(List.of("Didn\u2019t"), found("Didn\u2019t happen, he said.", Cue.NEGATION));
    assertEquals(List.of("Reportedly", "could not be verified"), found("Reportedly the video could not be verified.", Cue.HEDGING));
  }

  @Test
  void countsAreByKind() {
    int[] c = Cues.count(Words.of("Allegedly a hoax, and not confirmed.", 0));
    assertEquals(1, c[Cue.REFUTING.ordinal()]);
    assertEquals(2, c[Cue.HEDGING.ordinal()]);
    assertEquals(1, c[Cue.NEGATION.ordinal()]);
  }

  @Test
  void stemsDropStopWordsAndPossessives() {
    assertEquals(List.of("russia", "troop", "deploi"), Words.stems(Words.of("Russia's troops are deployed", 0)));
  }
}
