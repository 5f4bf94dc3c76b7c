package org.claimtrail.stance;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.claimtrail.embed.SentenceSplitter;
import org.claimtrail.embed.TextEncoder;
import org.claimtrail.embed.TextSpan;
import org.claimtrail.stance.features.BodyText;
import org.claimtrail.stance.features.ClaimMark;
import org.claimtrail.stance.features.ClaimText;

/**
 * Prepares claims and bodies for the stance model: splits bodies into sentences, encodes them in
 * large batches (the encoder is fastest on many sentences of similar length at once) and reads
 * their words. Each body is read once however many claims it is paired with.
 */
public final class Preparation {
  private static final int SENTENCES_PER_BATCH = 2_000;

  private Preparation() {}

  /** Prepares claims, one vector each. */
  public static List<ClaimText> claims(List<String> texts, TextEncoder encoder) {
    List<float[]> vectors = encoder.encode(texts);
    List<ClaimText> out = new ArrayList<>(texts.size());
    for (int i = 0; i < texts.size(); i++) {
      out.add(ClaimText.of(texts.get(i), vectors.get(i)));
    }
    return out;
  }

  /**
   * Prepares bodies, with the claims Claimtrail found in each (or an empty list each); {@code
   * done} hears how many bodies are ready, after each batch of sentences.
   */
  public static List<BodyText> bodies(List<String> texts, List<List<ClaimMark>> claims, TextEncoder encoder, IntConsumer done) {
    List<BodyText> out = new ArrayList<>(texts.size());
    int from = 0;
    while (from < texts.size()) {
      int to = from;
      List<List<TextSpan>> spans = new ArrayList<>();
      List<String> sentences = new ArrayList<>();
      while (to < texts.size() && (to == from || sentences.size() < SENTENCES_PER_BATCH)) {
        List<TextSpan> s = SentenceSplitter.split(texts.get(to));
        s = s.subList(0, Math.min(s.size(), BodyText.MAX_SENTENCES));
        spans.add(s);
        for (TextSpan span : s) {
          sentences.add(span.of(texts.get(to)));
        }
        to++;
      }
      List<float[]> vectors = encoder.encode(sentences);
      int k = 0;
      for (int b = from; b < to; b++) {
        List<TextSpan> s = spans.get(b - from);
        out.add(BodyText.of(texts.get(b), s, vectors.subList(k, k + s.size()), claims.get(b)));
        k += s.size();
      }
      from = to;
      done.accept(to);
    }
    return out;
  }
}
