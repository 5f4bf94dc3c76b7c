package org.claimtrail.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeFilter;

/**
 * Removes what is never article text, before any scoring: scripts and styles, forms' controls,
 * navigation, asides and footers, hidden elements, and elements whose class or id names page
 * furniture (share bars, related links, newsletter boxes) unless they also name the article and
 * hold a large part of the page's paragraph text. Removing early keeps their links and words out of
 * every score.
 */
final class PagePruner {
  private static final Set<String> NEVER_TEXT =
      Set.of("script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "button",
          "input", "select", "textarea", "option", "label", "audio", "video", "source", "picture", "map", "dialog", "link", "meta");
  private static final Set<String> FURNITURE = Set.of("nav", "aside", "footer", "menu");

  private PagePruner() {}

  static void prune(Element root) {
    List<Node> doomed = new ArrayList<>();
    int totalParagraphText = paragraphText(root);
    // What goes is not looked into: its furniture would go with it anyway.
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof Comment || (node instanceof Element e && e != root && isDoomed(e, totalParagraphText))) {
              doomed.add(node);
              return FilterResult.SKIP_ENTIRELY;
            }
            return FilterResult.CONTINUE;
          }
        },
        root);
    for (Node n : doomed) {
      if (n.parent() != null) {
        n.remove();
      }
    }
  }

  private static boolean isDoomed(Element e, int totalParagraphText) {
    String tag = e.normalName();
    if (NEVER_TEXT.contains(tag)) {
      return true;
    }
    if (hidden(e)) {
      return true;
    }
    if ("body".equals(tag) || "html".equals(tag) || "article".equals(tag) || "main".equals(tag)) {
      return false;
    }
    boolean furnitureTag = FURNITURE.contains(tag) || ("header".equals(tag) && e.select("p").size() < 2);
    boolean furnitureName = Hints.negative(e) && !Hints.positive(e);
    if (!furnitureTag && !furnitureName) {
      return false;
    }
    // Never drop a box that holds much of the page's paragraph text: the names lied.
    int own = paragraphText(e);
    return own * 3 < totalParagraphText || totalParagraphText == 0;
  }

  private static boolean hidden(Element e) {
    if (e.hasAttr("hidden")) {
      return true;
    }
    if ("true".equalsIgnoreCase(e.attr("aria-hidden"))) {
      return e.text().length() < 200; // icons and duplicates; some sites hide whole articles wrongly
    }
    String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
    return style.contains("display:none") || style.contains("visibility:hidden");
  }

  /** Characters of text inside {@code <p>} elements under {@code e}. */
  private static int paragraphText(Element e) {
    int n = 0;
    for (Element p : e.getElementsByTag("p")) {
      n += p.text().length();
    }
    return n;
  }
}
