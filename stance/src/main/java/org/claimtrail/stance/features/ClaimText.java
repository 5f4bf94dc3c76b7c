package org.claimtrail.stance.features;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.claimtrail.stance.text.Cues;
import org.claimtrail.stance.text.Words;

/** The claim side of a pair, prepared once for all the bodies it is checked against. */
public record ClaimText(String text, float[] vector, List<Words.Word> words, List<String> stems, Set<String> stemSet,
    Set<String> bigrams, Set<String> trigrams, int[] cues) {

  /** Prepares a claim from its text and its MiniLM vector. */
  public static ClaimText of(String text, float[] vector) {
    List<Words.Word> words = Words.of(text, 0);
    List<String> stems = Words.stems(words);
    return new ClaimText(text, vector, words, stems, Set.copyOf(stems), grams(stems, 2), grams(stems, 3), Cues.count(words));
  }

  static Set<String> grams(List<String> stems, int n) {
    Set<String> grams = new HashSet<>();
    for (int i = 0; i + n <= stems.size(); i++) {
      grams.add(String.join(" ", stems.subList(i, i + n)));
    }
    return grams;
  }
}
