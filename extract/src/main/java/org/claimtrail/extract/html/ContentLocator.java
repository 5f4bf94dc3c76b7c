package org.claimtrail.extract.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimtrail.extract.text.Prose;
import org.jsoup.nodes.Element;

/**
 * Finds the article inside a pruned page and keeps its text blocks.
 *
 * <p>Each block gets a content score from its length, commas and sentence ending, damped by its
 * link density; the score flows up to its ancestors (parent in full, then decaying), so the element
 * that encloses most running prose wins. The winner's score is weighed by its own link density and
 * its class/id hints. Siblings of the winner that score well, or that are clean paragraphs, join
 * it (articles split by ads or inline boxes). Inside, blocks that are link lists, tiny fragments
 * or the page title are dropped.
 */
final class ContentLocator {
  /** The blocks kept as article text and those dropped, both in document order. */
  record Result(List<String> kept, List<String> dropped) {}

  private static final Set<String> PARAGRAPH_OWNERS = Set.of("p", "pre", "blockquote", "td", "dd", "div", "section", "article", "li", "span", "font", "center", "main", "body");

  private ContentLocator() {}

  static Result locate(Element root, Optional<String> title) {
    List<Block> blocks = BlockSegmenter.segment(root);
    Map<Element, double[]> stats = new IdentityHashMap<>(); // score, chars, linkChars, prose mass
    for (Block b : blocks) {
      double s = score(b);
      Element e = b.owner();
      for (int level = 0; e != null && level < 64; level++) {
        double[] st = stats.computeIfAbsent(e, k -> new double[4]);
        if (level <= 4) {
          st[0] += s * decay(level);
        }
        st[1] += b.chars();
        st[2] += b.linkChars();
        st[3] += s;
        if (e == root) {
          break;
        }
        e = e.parent();
      }
    }
    Element best = null;
    double bestScore = 0;
    for (Map.Entry<Element, double[]> entry : stats.entrySet()) {
      double cs = candidateScore(entry.getKey(), entry.getValue());
      if (cs > bestScore) {
        bestScore = cs;
        best = entry.getKey();
      }
    }
    if (best == null) {
      return new Result(List.of(), blocks.stream().map(Block::text).toList());
    }
    best = climb(best, root, stats);
    bestScore = Math.max(bestScore, candidateScore(best, stats.get(best)));
    List<Element> included = include(best, bestScore, stats);
    List<String> kept = new ArrayList<>();
    List<String> dropped = new ArrayList<>();
    String titleKey = title.map(ContentLocator::key).orElse("");
    for (Block b : blocks) {
      if (insideAny(b.owner(), included) && keep(b, titleKey)) {
        kept.add(b.text());
      } else {
        dropped.add(b.text());
      }
    }
    return new Result(kept, dropped);
  }

  private static double decay(int level) {
    return switch (level) {
      case 0, 1 -> 1.0;
      case 2 -> 0.5;
      default -> 1.0 / (level * 1.5);
    };
  }

  /** How much a block looks like a paragraph of article prose. */
  static double score(Block b) {
    if (b.heading() || !PARAGRAPH_OWNERS.contains(b.owner().normalName())) {
      return 0;
    }
    String t = b.text();
    int words = Prose.words(t);
    if (words < 4) {
      return 0;
    }
    double s = 1 + Math.min(commas(t), 6) * 0.5 + Math.min(t.length() / 80.0, 5);
    if (Prose.endsLikeSentence(t)) {
      s *= 1.3;
    }
    if (words < 10) {
      s *= 0.4;
    }
    if ("li".equals(b.owner().normalName())) {
      s *= 0.5;
    }
    double ld = b.linkDensity();
    return s * (1 - ld) * (1 - ld);
  }

  private static double candidateScore(Element e, double[] st) {
    String tag = e.normalName();
    if ("html".equals(tag) || "p".equals(tag) || "li".equals(tag) || "span".equals(tag)) {
      return 0;
    }
    double ld = st[1] == 0 ? 0 : st[2] / st[1];
    double s = st[0] * (1 - ld) * Hints.weight(e);
    return "body".equals(tag) ? s * 0.5 : s;
  }

  /**
   * Moves up from the winner while an ancestor holds clearly more prose (articles split into
   * sections or pages of one story) and is not itself a link-heavy box.
   */
  private static Element climb(Element best, Element root, Map<Element, double[]> stats) {
    Element chosen = best;
    Element cur = best;
    for (int i = 0; i < 6; i++) {
      Element p = cur.parent();
      if (p == null || p == root || "body".equals(p.normalName()) || "html".equals(p.normalName())) {
        break;
      }
      cur = p;
      double[] theirs = stats.get(p);
      double ld = theirs[1] == 0 ? 0 : theirs[2] / theirs[1];
      if (ld >= 0.3) {
        break;
      }
      if (theirs[3] >= stats.get(chosen)[3] * 1.6) {
        chosen = p;
      }
    }
    return chosen;
  }

  /** The winner, plus siblings that carry article text too. */
  private static List<Element> include(Element best, double bestScore, Map<Element, double[]> stats) {
    List<Element> out = new ArrayList<>();
    Element parent = best.parent();
    if (parent == null) {
      out.add(best);
      return out;
    }
    for (Element sibling : parent.children()) {
      if (sibling == best) {
        out.add(sibling);
        continue;
      }
      double[] st = stats.get(sibling);
      if (st == null) {
        continue;
      }
      double cs = candidateScore(sibling, st);
      boolean sameClass = !best.className().isBlank() && best.className().equals(sibling.className());
      boolean cleanParagraph =
          "p".equals(sibling.normalName()) && st[1] >= 80 && st[2] / st[1] < 0.25 && Prose.endsLikeSentence(sibling.text());
      if (cs >= bestScore * 0.25 || cleanParagraph || (sameClass && cs > bestScore * 0.05)) {
        out.add(sibling);
      }
    }
    return out;
  }

  private static boolean insideAny(Element e, List<Element> roots) {
    for (Element x = e; x != null; x = x.parent()) {
      for (Element r : roots) {
        if (x == r) {
          return true;
        }
      }
    }
    return false;
  }

  /** Inside the article: drop link lists, fragments, the title, and captions. */
  private static boolean keep(Block b, String titleKey) {
    String t = b.text();
    int words = Prose.words(t);
    double ld = b.linkDensity();
    String tag = b.owner().normalName();
    // The folded text is compared with the title only where the lengths allow it to be equal.
    boolean isTitle = !titleKey.isEmpty() && t.length() >= titleKey.length() && t.length() <= titleKey.length() * 2 + 16 && key(t).equals(titleKey);
    if (b.heading()) {
      return !"h1".equals(tag) && words <= 25 && ld < 0.5 && !isTitle;
    }
    if (isTitle) {
      return false;
    }
    if ("figcaption".equals(tag) || "caption".equals(tag) || b.owner().closest("figure") != null) {
      return false;
    }
    if (words < 3) {
      return false;
    }
    if (ld > 0.5 && words < 60) {
      return false;
    }
    if (ld > 0.3 && !Prose.endsLikeSentence(t)) {
      return false;
    }
    if ("li".equals(tag)) {
      return ld < 0.3;
    }
    return words >= 6 || Prose.endsLikeSentence(t);
  }

  private static int commas(String t) {
    int n = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == ',' || c == '，' || c == '、' || c == '،') {
        n++;
      }
    }
    return n;
  }

  private static String key(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
