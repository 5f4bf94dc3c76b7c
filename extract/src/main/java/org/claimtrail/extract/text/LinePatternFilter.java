package org.claimtrail.extract.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes short blocks that match one section of the line lexicon: promos ("JOIN US ON TELEGRAM",
 * "Advertisement"), pagers ("« Previous"), correction blurbs, time stamps and bylines of teasers.
 * Precondition: blocks are single lines or paragraphs; a block longer than {@code maxWords} is
 * never removed, so a sentence that merely starts like a promo survives.
 */
public final class LinePatternFilter implements BlockFilter {
  private final String name;
  private final List<Pattern> patterns;
  private final int maxWords;

  public LinePatternFilter(String section, int maxWords) {
    this.name = section;
    this.patterns = LinePatterns.section(section);
    this.maxWords = maxWords;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void apply(Blocks blocks) {
    for (int i = 0; i < blocks.size(); i++) {
      String t = blocks.text(i);
      if (!blocks.removed(i) && blocks.words(i) <= maxWords && LinePatterns.matchesAny(patterns, t)) {
        blocks.remove(i, name);
      }
    }
  }
}
