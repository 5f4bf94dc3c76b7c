package org.claimtrail.extract.metadata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Everything in a page that can say what its title, authors, dates and publisher are, gathered
 * in one walk of the DOM (no selector runs over the whole page per field): the {@code <meta>}
 * tags by name, the JSON-LD scripts, {@code <time>} elements, microdata ({@code itemprop}),
 * {@code rel=author} links, elements whose class or id names a byline or a date, the headings
 * and the {@code <title>}. Elements inside comment sections are left out, so a commenter's name
 * or date never stands for the article's.
 */
final class PageSignals {
  private final Map<String, List<String>> metas = new LinkedHashMap<>();
  final List<String> jsonLd = new ArrayList<>();
  final List<Element> times = new ArrayList<>();
  final Map<String, List<Element>> itemprops = new LinkedHashMap<>();
  final List<Element> relAuthors = new ArrayList<>();
  final List<Element> bylines = new ArrayList<>();
  final List<Element> dateElements = new ArrayList<>();
  final List<Element> h1s = new ArrayList<>();
  /** Elements whose text opens with a byline prefix ("By Jane Roe and John Doe"). */
  final List<Element> bylineTexts = new ArrayList<>();
  String title = "";
  String canonical = "";
  String htmlLang = "";
  String httpEquivLanguage = "";

  /** Page-wide containers whose class may flag comments ({@code comments-open}) without being them. */
  private static final java.util.regex.Pattern BY = java.util.regex.Pattern.compile("(?i)(?:by|par|por|von|door)(?:\\s*:)?(?:\\s|$)");
  private static final java.util.Set<String> CONTAINERS = java.util.Set.of("html", "body", "main", "article");

  private PageSignals() {}

  static PageSignals of(Document doc) {
    PageSignals s = new PageSignals();
    NodeTraversor.traverse(s.new Collector(), doc);
    return s;
  }

  /** The contents of the {@code <meta>} tags with this name, property or itemprop, in page order. */
  List<String> metas(String name) {
    return metas.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
  }

  /** The first non-blank content of a {@code <meta>} with one of these names, in the order given. */
  Optional<String> meta(List<String> names) {
    for (String name : names) {
      for (String v : metas(name)) {
        if (!v.isBlank()) {
          return Optional.of(v.strip());
        }
      }
    }
    return Optional.empty();
  }

  Optional<String> meta(String... names) {
    return meta(List.of(names));
  }

  List<Element> itemprop(String name) {
    return itemprops.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
  }

  /** Visits each element once; skips the subtree of a comment section. */
  private final class Collector implements NodeVisitor {
    private Element skipping;

    @Override
    public void head(Node node, int depth) {
      if (skipping != null) {
        return;
      }
      if (node instanceof TextNode t) {
        text(t);
        return;
      }
      if (!(node instanceof Element e)) {
        return;
      }
      String names = names(e);
      if (ClassNames.isComments(names) && !CONTAINERS.contains(e.normalName())) {
        skipping = e;
        return;
      }
      switch (e.normalName()) {
        case "meta" -> meta(e);
        case "script" -> {
          if (e.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
            jsonLd.add(e.data());
          }
        }
        case "time" -> times.add(e);
        case "h1" -> h1s.add(e);
        case "title" -> {
          if (title.isEmpty()) {
            title = e.text();
          }
        }
        case "link" -> {
          if (canonical.isEmpty() && e.attr("rel").equalsIgnoreCase("canonical")) {
            canonical = e.absUrl("href");
          }
        }
        case "html" -> htmlLang = e.hasAttr("lang") ? e.attr("lang") : e.attr("xml:lang");
        default -> {}
      }
      element(e, names);
    }

    private void element(Element e, String names) {
      String itemprop = e.attr("itemprop");
      if (!itemprop.isEmpty() && !"meta".equals(e.normalName()) && ofTheArticle(e)) {
        for (String p : itemprop.toLowerCase(Locale.ROOT).split("\\s+")) {
          itemprops.computeIfAbsent(p, k -> new ArrayList<>()).add(e);
        }
      }
      if ("a".equals(e.normalName()) && e.attr("rel").toLowerCase(Locale.ROOT).contains("author")) {
        relAuthors.add(e);
      }
      if (!names.isBlank()) {
        if (ClassNames.isByline(names)) {
          bylines.add(e);
        }
        if (ClassNames.isDate(names)) {
          dateElements.add(e);
        }
      }
    }

    /** A text that opens with "By " (or "Par ", "Von "…) and is short enough to be a byline. */
    private void text(TextNode t) {
      String s = t.getWholeText();
      Element parent = t.parent();
      if (s.length() > 200 || parent == null) {
        return;
      }
      String lead = s.stripLeading();
      if (lead.length() >= 2 && "BbPpVvDd".indexOf(lead.charAt(0)) >= 0 && BY.matcher(lead).lookingAt() && bylineTexts.size() < 20) {
        bylineTexts.add(parent);
      }
    }

    private void meta(Element e) {
      String content = e.hasAttr("content") ? e.attr("content") : e.attr("value");
      String itemprop = e.hasAttr("itemprop") && !ofTheArticle(e) ? "" : e.attr("itemprop");
      for (String key : new String[] {e.attr("name"), e.attr("property"), itemprop}) {
        if (!key.isEmpty()) {
          metas.computeIfAbsent(key.toLowerCase(Locale.ROOT).strip(), k -> new ArrayList<>()).add(content);
        }
      }
      if (e.attr("http-equiv").equalsIgnoreCase("content-language")) {
        httpEquivLanguage = content;
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node == skipping) {
        skipping = null;
      }
    }
  }

  /**
   * Whether microdata belongs to the page's article: not to another item nested in it (a related
   * story's {@code datePublished} in a teaser box).
   */
  private static boolean ofTheArticle(Element e) {
    Element scope = e.hasAttr("itemscope") ? e.parent() : e;
    while (scope != null && !scope.hasAttr("itemscope")) {
      scope = scope.parent();
    }
    if (scope == null) {
      return true;
    }
    String type = scope.attr("itemtype").toLowerCase(Locale.ROOT);
    return type.isEmpty() || type.contains("article") || type.contains("posting") || type.contains("webpage") || type.contains("report");
  }

  private static String names(Element e) {
    String cls = e.attr("class");
    String id = e.attr("id");
    if (cls.isEmpty() && id.isEmpty()) {
      return "";
    }
    return (cls + " " + id).toLowerCase(Locale.ROOT);
  }
}
