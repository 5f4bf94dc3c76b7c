package org.claimtrail.stance.features;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimtrail.embed.TextSpan;
import org.claimtrail.stance.text.Cues;
import org.claimtrail.stance.text.Words;

/**
 * The body side of a pair, prepared once for all the claims checked against it: its sentences
 * (at most {@value #MAX_SENTENCES}: the rest of a long body is not read), their stems and cue
 * counts, the body's stem counts, its bigrams and trigrams, and the claims Claimtrail found in it
 * (empty when the body was not run through the claims stage).
 */
public record BodyText(String text, List<SentenceText> sentences, Map<String, Integer> termCounts, int length,
    Set<String> bigrams, Set<String> trigrams, List<ClaimMark> claims) {
  public static final int MAX_SENTENCES = 60;

  /** Prepares a body from its sentences and their vectors (same order, same number). */
  public static BodyText of(String text, List<TextSpan> spans, List<float[]> vectors, List<ClaimMark> claims) {
    if (spans.size() != vectors.size()) {
      throw new IllegalArgumentException(spans.size() + " sentences but " + vectors.size() + " vectors");
    }
    List<SentenceText> sentences = new ArrayList<>();
    Map<String, Integer> counts = new HashMap<>();
    List<String> all = new ArrayList<>();
    for (int i = 0; i < spans.size() && i < MAX_SENTENCES; i++) {
      TextSpan s = spans.get(i);
      List<Words.Word> words = Words.of(s.of(text), s.start());
      List<String> stems = Words.stems(words);
      sentences.add(new SentenceText(s, words, stems, Cues.count(words), vectors.get(i)));
      all.addAll(stems);
      for (String stem : stems) {
        counts.merge(stem, 1, Integer::sum);
      }
    }
    return new BodyText(text, List.copyOf(sentences), Map.copyOf(counts), all.size(), ClaimText.grams(all, 2),
        ClaimText.grams(all, 3), List.copyOf(claims));
  }
}
