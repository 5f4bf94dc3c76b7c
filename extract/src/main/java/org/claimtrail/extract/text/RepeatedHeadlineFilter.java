package org.claimtrail.extract.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Removes teaser headlines: a headline-like block (few words, capitalised, no sentence end) that
 * occurs more than once in the same document is a link to another story, repeated by the page's
 * teaser boxes, not part of this article. Precondition: blocks are lines.
 */
public final class RepeatedHeadlineFilter implements BlockFilter {
  public static final String NAME = "teaser";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void apply(Blocks blocks) {
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i < blocks.size(); i++) {
      if (Prose.isHeadlineLike(blocks.text(i))) {
        counts.merge(key(blocks.text(i)), 1, Integer::sum);
      }
    }
    for (int i = 0; i < blocks.size(); i++) {
      String t = blocks.text(i);
      if (Prose.isHeadlineLike(t) && counts.getOrDefault(key(t), 0) > 1) {
        blocks.remove(i, NAME);
      }
    }
  }

  private static String key(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
