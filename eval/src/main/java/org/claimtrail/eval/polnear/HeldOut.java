package org.claimtrail.eval.polnear;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The articles of a split held out of training (to choose settings without touching dev): every
 * (size / n)-th, spread over the split. A split's articles sort by outlet, so its last ones are all
 * from one outlet; spread, the held-out part has each outlet in its share.
 */
public final class HeldOut {
  private HeldOut() {}

  /** Whether article {@code i} of {@code size} is one of the {@code n} held out. */
  public static boolean isHeldOut(int i, int size, int n) {
    // Exactly n of the size articles: i is held out where floor(i·n/size) steps up.
    return n > 0 && (long) (i + 1) * n / size > (long) i * n / size;
  }

  /** The {@code n} held-out articles of {@code docs}, in order. */
  public static List<String> of(List<String> docs, int n) {
    return IntStream.range(0, docs.size()).filter(i -> isHeldOut(i, docs.size(), n)).mapToObj(docs::get).toList();
  }
}
