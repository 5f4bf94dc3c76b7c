package org.claimtrail.extract.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts the page furniture after the article's end. An end marker (a correction blurb, a comments
 * header, a copyright line, "About the author") that comes after the bulk of the article's prose
 * ends the article: everything after it goes, including the publisher's self-description.
 * Precondition: run after the line filters, so that the prose measured is the article's.
 */
public final class TailFilter implements BlockFilter {
  public static final String NAME = "tail";
  private final List<Pattern> markers;

  public TailFilter() {
    this.markers =
        java.util.stream.Stream.concat(
                LinePatterns.section("tail").stream(), LinePatterns.section("correction").stream())
            .toList();
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void apply(Blocks blocks) {
    int total = 0;
    int[] proseBefore = new int[blocks.size() + 1];
    for (int i = 0; i < blocks.size(); i++) {
      proseBefore[i] = total;
      if (!blocks.removed(i) && blocks.isProse(i)) {
        total += blocks.text(i).length();
      }
    }
    for (int i = 0; i < blocks.size(); i++) {
      String t = blocks.text(i);
      if (blocks.words(i) > 25 || !LinePatterns.matchesAny(markers, t)) {
        continue;
      }
      int before = proseBefore[i];
      int after = total - before;
      // The marker must follow most of the article: the prose left after it is furniture.
      if (before > 0 && after * 2 < before) {
        for (int j = i; j < blocks.size(); j++) {
          blocks.remove(j, NAME);
        }
        return;
      }
    }
  }
}
