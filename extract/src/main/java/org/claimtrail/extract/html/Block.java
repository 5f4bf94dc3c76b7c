package org.claimtrail.extract.html;

import org.jsoup.nodes.Element;

/**
 * A run of text between block boundaries, owned by its nearest block-level element.
 *
 * @param owner the nearest block-level ancestor (a {@code p}, {@code li}, {@code div}…)
 * @param text the text, white space collapsed
 * @param linkChars how many of its characters sit inside links
 * @param heading whether the owner is {@code h1}–{@code h6}
 */
record Block(Element owner, String text, int linkChars, boolean heading) {
  int chars() {
    return text.length();
  }

  double linkDensity() {
    return text.isEmpty() ? 0 : (double) linkChars / text.length();
  }
}
