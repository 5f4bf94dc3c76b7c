package org.claimtrail.extract.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * The headline, in this order: a visible {@code <h1>} (or microdata {@code headline}) that a
 * metadata title or the {@code <title>} confirm (equal, one holding the other, one opening the
 * other, or every word of a shorter social title in it; a heading that only adds a widget's words
 * gives way to the title it repeats); else the metadata title (JSON-LD {@code headline}, {@code og:title},
 * {@code twitter:title}, {@code dc.title} and kin, Parse.ly's title, first found); else the {@code <title>}; else the
 * first {@code <h1>}. Every candidate first loses a site name before or after a separator
 * ("Headline | Site", "Site - Headline"), and one that is only the site name (a logo in an
 * {@code <h1>}) is no candidate.
 */
final class Titles {
  private static final String[] SEPARATORS = {" | ", " - ", " — ", " – ", " :: ", " · ", " » ", " « ", " / ", " _ ", "_"};
  private static final int MAX_LENGTH = 300;
  /** Headings looked at: a page may put teasers' {@code <h1>}s before the article's. */
  private static final int MAX_HEADINGS = 40;

  private Titles() {}

  static Optional<String> choose(PageSignals page, JsonLd ld, Optional<String> parselyTitle, Optional<String> siteName, Optional<String> host) {
    List<String> metas = new ArrayList<>();
    ld.article().flatMap(o -> ld.text(o, "headline")).ifPresent(metas::add);
    page.meta("og:title").ifPresent(metas::add);
    page.meta("twitter:title").ifPresent(metas::add);
    page.meta("dc.title", "sailthru.title", "headline", "parsely-title").ifPresent(metas::add);
    parselyTitle.ifPresent(metas::add);
    List<String> cleanMetas = metas.stream().map(t -> clean(t, siteName, host)).filter(t -> !t.isEmpty()).toList();
    Optional<String> meta = cleanMetas.stream().findFirst();
    Optional<String> title = Optional.of(clean(page.title, siteName, host)).filter(t -> !t.isEmpty());
    List<String> headings = new ArrayList<>();
    page.h1s.stream().limit(MAX_HEADINGS).map(Element::text).forEach(headings::add);
    page.itemprop("headline").stream().limit(1).map(Element::text).forEach(headings::add);
    List<String> visible = headings.stream().map(t -> clean(t, siteName, host)).filter(t -> !t.isEmpty()).toList();
    for (String h : visible) {
      Optional<String> confirming = cleanMetas.stream().filter(m -> agree(h, m)).findFirst().or(() -> title.filter(t -> agree(h, t)));
      if (confirming.isPresent()) {
        return Optional.of(trailingWidget(h, confirming.get()) ? confirming.get() : h);
      }
    }
    return meta.or(() -> title).or(() -> visible.stream().findFirst());
  }

  /** The candidate without a site name, or empty when nothing else is left or it is too long. */
  private static String clean(String raw, Optional<String> siteName, Optional<String> host) {
    String t = withoutSiteName(Text.clean(raw), siteName, host);
    return t.length() > MAX_LENGTH || isSiteName(t, siteName, host) ? "" : t;
  }

  /** "Headline Add to ...": a heading that is the title plus a few words of a widget. */
  private static boolean trailingWidget(String heading, String title) {
    String h = Text.key(heading);
    String t = Text.key(title);
    return h.length() > t.length() && h.startsWith(t + " ") && h.substring(t.length()).strip().split(" ").length <= 3;
  }

  private static boolean agree(String a, String b) {
    String x = Text.key(a);
    String y = Text.key(b);
    if (x.isEmpty() || y.isEmpty()) {
      return false;
    }
    if (x.equals(y)) {
      return true;
    }
    if ((y.startsWith(x + " ") || x.startsWith(y + " ")) && Math.min(x.length(), y.length()) >= 12) {
      return true; // "Headline" and "Headline | Watch News Videos Online"
    }
    String shorter = x.length() < y.length() ? x : y;
    String longer = x.length() < y.length() ? y : x;
    return (shorter.length() * 2 >= longer.length() && longer.contains(shorter)) || sharesWords(shorter, longer);
  }

  /** A social title cut from the headline: every word of the shorter (five at least) is in the longer. */
  private static boolean sharesWords(String shorter, String longer) {
    String[] words = shorter.split(" ");
    if (words.length < 5) {
      return false;
    }
    java.util.Set<String> in = new java.util.HashSet<>(List.of(longer.split(" ")));
    for (String w : words) {
      if (!in.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /** "Headline | Site", "Site - Headline": the part that names the site goes (twice at most). */
  static String withoutSiteName(String title, Optional<String> siteName, Optional<String> host) {
    String t = title;
    for (int round = 0; round < 2; round++) {
      String cut = cutOnce(t, siteName, host);
      if (cut.equals(t)) {
        break;
      }
      t = cut;
    }
    return t;
  }

  private static String cutOnce(String t, Optional<String> siteName, Optional<String> host) {
    for (String sep : SEPARATORS) {
      int last = t.lastIndexOf(sep);
      if (last > 0) {
        String head = t.substring(0, last).strip();
        String tail = t.substring(last + sep.length()).strip();
        if (isSiteName(tail, siteName, host) || (siteName.isEmpty() && looksLikeSiteTail(head, tail))) {
          return head;
        }
      }
      int first = t.indexOf(sep);
      if (first > 0) {
        String lead = t.substring(0, first).strip();
        if (isSiteName(lead, siteName, host)) {
          return t.substring(first + sep.length()).strip();
        }
      }
    }
    return t;
  }

  /** Without a known site name: a short tail after a long head is the site ("… - The Daily Planet"). */
  private static boolean looksLikeSiteTail(String head, String tail) {
    int words = tail.isEmpty() ? 0 : tail.split("\\s+").length;
    return words >= 1 && words <= 4 && head.length() >= 2 * tail.length() && head.split("\\s+").length >= 4;
  }

  /** Whether {@code s} names the site: its name, or its host ("nytimes" in "NYTimes.com"). */
  static boolean isSiteName(String s, Optional<String> siteName, Optional<String> host) {
    String k = Text.key(s).replace(" ", "");
    if (k.isEmpty()) {
      return false;
    }
    if (siteName.isPresent()) {
      String site = Text.key(siteName.get()).replace(" ", "");
      if (!site.isEmpty() && (k.equals(site) || (k.length() >= 3 && site.contains(k)) || (site.length() >= 3 && k.contains(site) && k.length() <= site.length() + 12))) {
        return true;
      }
    }
    if (host.isPresent()) {
      String h = host.get().toLowerCase(Locale.ROOT);
      String label = Hosts.label(h);
      String squashed = k.replace(".", "").replaceFirst("^the(?=.{3})", "");
      return label.length() >= 3 && (squashed.equals(label) || squashed.equals(h.replace(".", "")) || squashed.equals(label + "com"));
    }
    return false;
  }
}
