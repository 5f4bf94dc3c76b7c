package org.claimtrail.extract.metadata;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimtrail.model.Timestamps;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a page's own metadata. Each field is taken from the most trustworthy source that has it:
 * JSON-LD first (publishers fill it for search engines, so it is usually right), then OpenGraph
 * and other {@code <meta>} tags, then visible markup ({@code <time>}, bylines), then the URL.
 * Stateless and thread-safe.
 */
public final class MetadataExtractor {
  private static final Pattern URL_DATE =
      Pattern.compile("/((?:19|20)\\d{2})[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\\d|3[01])(?:/|[^\\d])");
  private static final Pattern BYLINE_PREFIX = Pattern.compile("^(?i)(?:by|written by|posted by|von|par|por)\\s+");
  private static final Pattern BYLINE_END =
      Pattern.compile(
          "(?i)\\s[-–—|•·]\\s|\\d|\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d|\\b(?:updated|published|posted|on (?:mon|tue|wed|thu|fri|sat|sun))\\b|\\n");
  private static final String BYLINE_SELECTOR =
      "[itemprop=author] [itemprop=name], [itemprop=author], a[rel=author], [class~=(?i)(^|[-_ ])(byline|author|author-name|authors|by|writer|credits?)($|[-_ ])], [id~=(?i)byline|author]";
  private static final Pattern LANG = Pattern.compile("^([a-zA-Z]{2,3})(?:[-_].*)?$");

  /** Reads the metadata of {@code doc}. */
  public PageMetadata extract(Document doc) {
    Optional<JsonNode> ld = JsonLd.article(doc);
    Optional<String> siteName =
        ld.flatMap(o -> JsonLd.text(o, "publisher"))
            .or(() -> meta(doc, "og:site_name", "application-name", "publisher", "dc.publisher", "twitter:site"));
    Optional<String> title =
        ld.flatMap(o -> JsonLd.text(o, "headline"))
            .or(() -> meta(doc, "og:title", "twitter:title", "dc.title", "sailthru.title", "headline"))
            .or(() -> Optional.of(doc.title()).filter(s -> !s.isBlank()).map(t -> stripSiteSuffix(t, siteName)))
            .or(() -> Optional.ofNullable(doc.selectFirst("h1")).map(Element::text).filter(s -> !s.isBlank()))
            .map(MetadataExtractor::clean);
    return new PageMetadata(
        title,
        authors(doc, ld),
        siteName.map(MetadataExtractor::clean).map(s -> s.startsWith("@") ? s.substring(1) : s),
        published(doc, ld),
        ld.flatMap(o -> JsonLd.text(o, "dateModified"))
            .or(() -> meta(doc, "article:modified_time", "og:updated_time", "dateModified", "last-modified"))
            .flatMap(Timestamps::parse),
        canonical(doc, ld),
        language(doc, ld));
  }

  private static Optional<Instant> published(Document doc, Optional<JsonNode> ld) {
    Optional<Instant> t =
        ld.flatMap(o -> JsonLd.text(o, "datePublished"))
            .or(() -> ld.flatMap(o -> JsonLd.text(o, "dateCreated")))
            .flatMap(Timestamps::parse);
    if (t.isPresent()) {
      return t;
    }
    t =
        meta(doc, "article:published_time", "og:published_time", "article:published", "published_time",
                "datePublished", "pubdate", "publishdate", "publish-date", "date", "dc.date",
                "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date", "og:pubdate",
                "cxenseparse:recs:publishtime", "article.published", "originalpublicationdate", "displaydate",
                "ptime", "eomportal-lastupdate")
            .flatMap(Timestamps::parse);
    if (t.isPresent()) {
      return t;
    }
    for (Element e : doc.select("[itemprop=datePublished], time[pubdate], time[datetime], .published[datetime]")) {
      String v = e.hasAttr("content") ? e.attr("content") : e.hasAttr("datetime") ? e.attr("datetime") : e.text();
      t = Timestamps.parse(v);
      if (t.isPresent()) {
        return t;
      }
    }
    Optional<String> url = canonical(doc, ld).or(() -> Optional.of(doc.location()).filter(s -> !s.isBlank()));
    return url.flatMap(MetadataExtractor::dateFromUrl);
  }

  /** A date written into the URL path, e.g. {@code /2014/12/29/}. */
  static Optional<Instant> dateFromUrl(String url) {
    Matcher m = URL_DATE.matcher(url + "/");
    if (!m.find()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))
              .atStartOfDay(ZoneOffset.UTC)
              .toInstant());
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  private static List<String> authors(Document doc, Optional<JsonNode> ld) {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    ld.ifPresent(o -> out.addAll(JsonLd.names(o, "author")));
    if (out.isEmpty()) {
      for (String name : new String[] {"author", "article:author", "parsely-author", "sailthru.author", "byl", "dc.creator", "citation_author"}) {
        for (Element m : doc.select("meta[name=" + name + "], meta[property=" + name + "]")) {
          String v = m.attr("content").strip();
          if (!v.isEmpty() && !v.startsWith("http") && !v.contains("/")) {
            visibleByline(v).ifPresent(out::add);
          }
        }
        if (!out.isEmpty()) {
          break;
        }
      }
    }
    if (out.isEmpty()) {
      for (Element e : doc.select(BYLINE_SELECTOR)) {
        Optional<String> name = visibleByline(e.text());
        if (name.isPresent()) {
          out.add(name.get());
          break;
        }
      }
    }
    List<String> list = new ArrayList<>();
    for (String a : out) {
      for (String part : a.split("\\s*(?:,|;|\\band\\b|&|\\bund\\b|\\bet\\b|\\by\\b)\\s*")) {
        String p = clean(part);
        if (p.length() > 1 && !p.matches(".*\\d.*") && list.stream().noneMatch(p::equalsIgnoreCase)) {
          list.add(p);
        }
      }
    }
    return list;
  }

  /**
   * A person's name from a visible byline such as "By Jane Roe - Apr 16, 2015 8:02 pm": the prefix
   * goes, and the name ends at the first date, time, separator or digit.
   */
  static Optional<String> visibleByline(String raw) {
    String s = byline(raw);
    Matcher m = BYLINE_END.matcher(s);
    if (m.find()) {
      s = s.substring(0, m.start());
    }
    s = s.replaceAll("[\\s,;:|\\-–—]+$", "").strip();
    int words = s.isEmpty() ? 0 : s.split("\\s+").length;
    if (words == 0 || words > 8 || s.length() > 80 || s.contains("@") || s.contains("http")) {
      return Optional.empty();
    }
    return Optional.of(s);
  }

  private static String byline(String s) {
    return BYLINE_PREFIX.matcher(clean(s)).replaceFirst("");
  }

  private static Optional<String> canonical(Document doc, Optional<JsonNode> ld) {
    Element link = doc.selectFirst("link[rel=canonical][href]");
    if (link != null && isHttp(link.absUrl("href"))) {
      return Optional.of(link.absUrl("href"));
    }
    Optional<String> og = meta(doc, "og:url").filter(MetadataExtractor::isHttp);
    if (og.isPresent()) {
      return og;
    }
    return ld.flatMap(o -> JsonLd.text(o, "url")).filter(MetadataExtractor::isHttp);
  }

  private static boolean isHttp(String s) {
    try {
      URI u = URI.create(s.strip());
      return u.getHost() != null && ("http".equals(u.getScheme()) || "https".equals(u.getScheme()));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static Optional<String> language(Document doc, Optional<JsonNode> ld) {
    Element html = doc.selectFirst("html");
    List<String> candidates = new ArrayList<>();
    if (html != null) {
      candidates.add(html.attr("lang"));
      candidates.add(html.attr("xml:lang"));
    }
    meta(doc, "content-language", "og:locale", "language", "dc.language").ifPresent(candidates::add);
    Element httpEquiv = doc.selectFirst("meta[http-equiv~=(?i)content-language]");
    if (httpEquiv != null) {
      candidates.add(httpEquiv.attr("content"));
    }
    ld.flatMap(o -> JsonLd.text(o, "inLanguage")).ifPresent(candidates::add);
    for (String c : candidates) {
      Matcher m = LANG.matcher(c.strip());
      if (m.matches()) {
        return Optional.of(m.group(1).toLowerCase(Locale.ROOT));
      }
    }
    return Optional.empty();
  }

  /** The content of the first {@code <meta>} with one of these names or properties. */
  static Optional<String> meta(Document doc, String... names) {
    for (String name : names) {
      for (Element m : doc.getElementsByTag("meta")) {
        if (name.equalsIgnoreCase(m.attr("property")) || name.equalsIgnoreCase(m.attr("name")) || name.equalsIgnoreCase(m.attr("itemprop"))) {
          String v = m.attr("content").strip();
          if (!v.isEmpty()) {
            return Optional.of(v);
          }
        }
      }
    }
    return Optional.empty();
  }

  /** "Headline | Site" and "Headline - Site" lose the site part when it is the site's name. */
  static String stripSiteSuffix(String title, Optional<String> siteName) {
    String t = clean(title);
    for (String sep : new String[] {" | ", " - ", " — ", " – ", " :: ", " · "}) {
      int i = t.lastIndexOf(sep);
      if (i > 0) {
        String tail = t.substring(i + sep.length());
        boolean isSite = siteName.map(s -> s.equalsIgnoreCase(tail) || tail.toLowerCase(Locale.ROOT).contains(s.toLowerCase(Locale.ROOT))).orElse(false);
        if (isSite || (tail.split(" ").length <= 4 && i > tail.length())) {
          return t.substring(0, i).strip();
        }
      }
    }
    return t;
  }

  private static String clean(String s) {
    return s.replaceAll("[\\s\u00a0]+", " ").strip();
  }
}
