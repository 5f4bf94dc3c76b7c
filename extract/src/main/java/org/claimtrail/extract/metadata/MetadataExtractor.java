package org.claimtrail.extract.metadata;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;

/**
 * Reads a page's own metadata from one walk of its DOM ({@link PageSignals}). Each field comes
 * from the most trustworthy signal that has it, in a fixed order: the title from {@link Titles},
 * the authors from {@link Authors}, the dates from {@link Dates}; the publisher from JSON-LD
 * {@code publisher}, then {@code og:site_name}, {@code application-name} and the publisher metas;
 * the canonical URL from {@code <link rel=canonical>}, {@code og:url}, JSON-LD {@code url}; the
 * language from {@code <html lang>}, the language metas, JSON-LD {@code inLanguage}. Stateless and
 * thread-safe.
 */
public final class MetadataExtractor {
  private static final Pattern LANG = Pattern.compile("^([a-zA-Z]{2,3})(?:[-_].*)?$");

  /** Reads the metadata of {@code doc}; {@code url} is where it came from, if known. */
  public PageMetadata extract(Document doc, Optional<String> url) {
    PageSignals page = PageSignals.of(doc);
    JsonLd ld = JsonLd.parse(page.jsonLd);
    Optional<JsonNode> parsely = page.meta("parsely-page").flatMap(JsonLd::object);
    Optional<String> canonical = canonical(page, ld);
    Optional<String> where = canonical.or(() -> url).or(() -> Optional.of(doc.location()).filter(s -> !s.isBlank()));
    Optional<String> host = where.flatMap(Hosts::of);
    Optional<String> siteName = publisher(page, ld);
    return new PageMetadata(
        Titles.choose(page, ld, parsely.map(p -> p.path("title").asText("")).filter(t -> !t.isBlank()), siteName, host),
        Authors.of(page, ld, parsely, siteName),
        siteName,
        Dates.published(page, ld, parsely, where),
        Dates.modified(page, ld),
        canonical,
        language(page, ld));
  }

  /** As {@link #extract(Document, Optional)} with the document's own location. */
  public PageMetadata extract(Document doc) {
    return extract(doc, Optional.empty());
  }

  private static Optional<String> publisher(PageSignals page, JsonLd ld) {
    return ld.article().flatMap(o -> ld.text(o, "publisher"))
        .or(() -> page.meta("og:site_name", "application-name", "publisher", "dc.publisher", "dcterms.publisher", "cre", "twitter:site"))
        .map(Text::clean)
        .map(s -> s.startsWith("@") ? s.substring(1) : s)
        .filter(s -> !s.isEmpty() && !s.startsWith("http"));
  }

  private static Optional<String> canonical(PageSignals page, JsonLd ld) {
    if (isHttp(page.canonical)) {
      return Optional.of(page.canonical);
    }
    Optional<String> og = page.meta("og:url").filter(MetadataExtractor::isHttp);
    if (og.isPresent()) {
      return og;
    }
    return ld.article().flatMap(o -> ld.text(o, "url")).filter(MetadataExtractor::isHttp);
  }

  private static boolean isHttp(String s) {
    try {
      URI u = URI.create(s.strip());
      return u.getHost() != null && ("http".equals(u.getScheme()) || "https".equals(u.getScheme()));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static Optional<String> language(PageSignals page, JsonLd ld) {
    List<String> candidates = new ArrayList<>();
    candidates.add(page.htmlLang);
    page.meta("content-language", "og:locale", "language", "dc.language").ifPresent(candidates::add);
    candidates.add(page.httpEquivLanguage);
    ld.article().flatMap(o -> ld.text(o, "inLanguage")).ifPresent(candidates::add);
    for (String c : candidates) {
      Matcher m = LANG.matcher(c.strip());
      if (m.matches()) {
        return Optional.of(m.group(1).toLowerCase(Locale.ROOT));
      }
    }
    return Optional.empty();
  }
}
