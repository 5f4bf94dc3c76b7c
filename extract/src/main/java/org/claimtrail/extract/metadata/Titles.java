package org.claimtrail.extract.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * The headline, in this order: a visible {@code <h1>} (among the first three, or microdata
 * {@code headline}) that the metadata title or the {@code <title>} confirm (equal, or one holding
 * the other); else the metadata title (JSON-LD {@code headline}, {@code og:title},
 * {@code twitter:title}, {@code dc.title} and kin, first found); else the {@code <title>}; else the
 * first {@code <h1>}. Every candidate first loses a site name before or after a separator
 * ("Headline | Site", "Site - Headline"), and one that is only the site name (a logo in an
 * {@code <h1>}) is no candidate.
 */
final class Titles {
  private static final String[] SEPARATORS = {" | ", " - ", " — ", " – ", " :: ", " · ", " » ", " « ", " / ", " _ ", "_"};
  private static final int MAX_LENGTH = 300;

  private Titles() {}

  static Optional<String> choose(PageSignals page, JsonLd ld, Optional<String> siteName, Optional<String> host) {
    List<String> metas = new ArrayList<>();
    ld.article().flatMap(o -> ld.text(o, "headline")).ifPresent(metas::add);
    page.meta("og:title").ifPresent(metas::add);
    page.meta("twitter:title").ifPresent(metas::add);
    page.meta("dc.title", "sailthru.title", "headline", "parsely-title").ifPresent(metas::add);
    Optional<String> meta = metas.stream().map(t -> clean(t, siteName, host)).filter(t -> !t.isEmpty()).findFirst();
    Optional<String> title = Optional.of(clean(page.title, siteName, host)).filter(t -> !t.isEmpty());
    List<String> headings = new ArrayList<>();
    page.h1s.stream().limit(3).map(Element::text).forEach(headings::add);
    page.itemprop("headline").stream().limit(1).map(Element::text).forEach(headings::add);
    List<String> visible = headings.stream().map(t -> clean(t, siteName, host)).filter(t -> !t.isEmpty()).toList();
    for (String h : visible) {
      if (meta.filter(m -> agree(h, m)).isPresent() || title.filter(t -> agree(h, t)).isPresent()) {
        return Optional.of(h);
      }
    }
    return meta.or(() -> title).or(() -> visible.stream().findFirst());
  }

  /** The candidate without a site name, or empty when nothing else is left or it is too long. */
  private static String clean(String raw, Optional<String> siteName, Optional<String> host) {
    String t = withoutSiteName(Text.clean(raw), siteName, host);
    return t.length() > MAX_LENGTH || isSiteName(t, siteName, host) ? "" : t;
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
    return shorter.length() * 2 >= longer.length() && longer.contains(shorter);
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
