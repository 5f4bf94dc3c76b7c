package org.claimtrail.stance.features;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.claimtrail.embed.Vectors;

/** The claim's MiniLM cosine with each body sentence, and the sentences in order of it. */
public record Similarities(float[] cosines, int[] order) {
  public static Similarities of(ClaimText claim, BodyText body) {
    int n = body.sentences().size();
    float[] cos = new float[n];
    for (int i = 0; i < n; i++) {
      cos[i] = Vectors.dot(claim.vector(), body.sentences().get(i).vector());
    }
    int[] order = IntStream.range(0, n).boxed().sorted(Comparator.comparingDouble(i -> -cos[(int) i]))
        .mapToInt(Integer::intValue).toArray();
    return new Similarities(cos, order);
  }

  /** The indexes of the {@code k} sentences most like the claim (fewer in a short body). */
  public int[] top(int k) {
    return Arrays.copyOf(order, Math.min(k, order.length));
  }

  public double best() {
    return order.length == 0 ? 0 : cosines[order[0]];
  }
}
