package org.claimtrail.extract.metadata;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimtrail.model.Timestamps;
import org.jsoup.nodes.Element;

/**
 * The publication date, from the first of these that gives one: JSON-LD {@code datePublished}
 * (then {@code dateCreated}) of the article, else of any object; the date {@code <meta>} tags in
 * the order of {@code date-metas.txt} ({@code article:published_time}, {@code og:published_time},
 * {@code pubdate}, {@code publishdate}, {@code parsely-pub-date}, {@code sailthru.date},
 * {@code DC.date.issued}, {@code dc.date}, {@code date}…) and Parse.ly's {@code parsely-page};
 * microdata {@code datePublished}; the article's {@code <time>} (one marked {@code pubdate} or
 * published first, never one marked updated; comments are not read); an element named as a date
 * or dateline whose text holds a date; the date in the URL ({@code /2014/12/29/},
 * {@code /20141229/}).
 */
final class Dates {
  private static final List<String> DATE_METAS = WordLists.list("date-metas.txt");
  private static final List<String> MODIFIED_METAS =
      List.of("article:modified_time", "og:updated_time", "article:modified", "datemodified", "modified_time", "last-modified",
          "dc.date.modified", "dcterms.modified", "parsely-modified-date");
  private static final Pattern URL_DATE =
      Pattern.compile("/((?:19|20)\\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\\d|3[01])(?:/|[^\\d]|$)");
  private static final Pattern UPDATED = Pattern.compile("updat|modif|edited|revis");
  private static final Pattern UPDATE_WORD = Pattern.compile("(?i)\\b(?:updated|modified|last updated)\\b");

  private Dates() {}

  static Optional<Instant> published(PageSignals page, JsonLd ld, Optional<JsonNode> parsely, Optional<String> url) {
    Optional<JsonNode> article = ld.article();
    return article.flatMap(o -> ld.text(o, "datePublished").or(() -> ld.text(o, "dateCreated"))).flatMap(Dates::parse)
        .or(() -> ld.anyText("datePublished").flatMap(Dates::parse))
        .or(() -> firstMeta(page, DATE_METAS))
        .or(() -> parsely.map(p -> p.path("pub_date").asText("")).flatMap(Dates::parse))
        .or(() -> fromElements(page.itemprop("datepublished")))
        .or(() -> fromTimes(page.times))
        .or(() -> fromText(page.dateElements))
        .or(() -> url.flatMap(Dates::fromUrl));
  }

  static Optional<Instant> modified(PageSignals page, JsonLd ld) {
    return ld.article().flatMap(o -> ld.text(o, "dateModified")).flatMap(Dates::parse)
        .or(() -> firstMeta(page, MODIFIED_METAS))
        .or(() -> fromElements(page.itemprop("datemodified")));
  }

  /** An instant from a machine date, else the day of a date written for readers. */
  static Optional<Instant> parse(String s) {
    return Timestamps.parse(s).or(() -> DateText.find(s).map(Dates::startOfDay));
  }

  private static Instant startOfDay(LocalDate d) {
    return d.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  private static Optional<Instant> firstMeta(PageSignals page, List<String> names) {
    for (String name : names) {
      for (String v : page.metas(name)) {
        Optional<Instant> t = parse(v);
        if (t.isPresent()) {
          return t;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Instant> fromElements(List<Element> elements) {
    for (Element e : elements) {
      Optional<Instant> t = parse(machineDate(e));
      if (t.isPresent()) {
        return t;
      }
    }
    return Optional.empty();
  }

  private static String machineDate(Element e) {
    return e.hasAttr("content") ? e.attr("content") : e.hasAttr("datetime") ? e.attr("datetime") : e.text();
  }

  /** The article's {@code <time>}: one marked as the publication first, never one marked as an update. */
  private static Optional<Instant> fromTimes(List<Element> times) {
    for (int pass = 0; pass < 2; pass++) {
      for (Element e : times) {
        String names = (e.attr("class") + " " + e.attr("itemprop") + " " + e.id() + " " + (e.parent() == null ? "" : e.parent().className())).toLowerCase(Locale.ROOT);
        boolean marked = e.hasAttr("pubdate") || names.contains("publish") || names.contains("pubdate") || names.contains("posted");
        if (UPDATED.matcher(names).find() || (pass == 0 && !marked)) {
          continue;
        }
        Optional<Instant> t = parse(machineDate(e));
        if (t.isPresent()) {
          return t;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Instant> fromText(List<Element> elements) {
    for (Element e : elements) {
      if (UPDATED.matcher(e.className().toLowerCase(Locale.ROOT)).find()) {
        continue;
      }
      Optional<Instant> t = e.hasAttr("datetime") || e.hasAttr("content") ? parse(machineDate(e)) : Optional.empty();
      t = t.or(() -> DateText.find(beforeUpdate(e.text())).map(Dates::startOfDay));
      if (t.isPresent()) {
        return t;
      }
    }
    return Optional.empty();
  }

  /** "April 28, 2019 Updated April 29, 2019": the part before the update. */
  private static String beforeUpdate(String text) {
    Matcher m = UPDATE_WORD.matcher(text);
    return m.find() && m.start() > 0 ? text.substring(0, m.start()) : text;
  }

  /** A date written into the URL path, e.g. {@code /2014/12/29/} or {@code /20141229/}. */
  static Optional<Instant> fromUrl(String url) {
    Matcher m = URL_DATE.matcher(url);
    if (!m.find()) {
      return Optional.empty();
    }
    try {
      return Optional.of(startOfDay(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }
}
