package org.claimtrail.extract.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes "Read Next" / "Related" / "Other Topics of Interest" sections: the header block and the
 * run of teaser blocks after it (headlines, bylines, time stamps, blurbs without a sentence end).
 * Precondition: the header is a block of its own. The run stops at the first paragraph of running
 * prose, where the article resumes.
 */
public final class RelatedListFilter implements BlockFilter {
  public static final String NAME = "related";
  private final List<Pattern> headers = LinePatterns.section("section-header");

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void apply(Blocks blocks) {
    for (int i = 0; i < blocks.size(); i++) {
      String t = blocks.text(i);
      if (blocks.words(i) > 8 || !LinePatterns.matchesAny(headers, t)) {
        continue;
      }
      blocks.remove(i, NAME);
      int j = i + 1;
      while (j < blocks.size() && !blocks.isProse(j)) {
        blocks.remove(j, NAME);
        j++;
      }
      i = j - 1;
    }
  }
}
