package org.claimtrail.extract.metadata;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * The authors, from the first of these that names a person: JSON-LD {@code author} (then
 * {@code creator}) of the article, as a string, an object, an {@code @id} or a list; the author
 * {@code <meta>} tags in the order of {@code author-metas.txt}, and Parse.ly's
 * {@code parsely-page}; microdata {@code author}; {@code rel=author} links; elements named as a
 * byline or author; a short text that opens with "By". Every value is cleaned by {@link Bylines}.
 * A source whose only name is the publisher's (an outlet as its own author) is kept as the last
 * resort: a person named further on is better.
 */
final class Authors {
  private static final List<String> AUTHOR_METAS = WordLists.list("author-metas.txt");

  private Authors() {}

  static List<String> of(PageSignals page, JsonLd ld, Optional<JsonNode> parsely, Optional<String> publisher) {
    List<String> outlet = List.of();
    for (int source = 0; source < 7; source++) {
      List<String> names = source(source, page, ld, parsely);
      if (names.isEmpty()) {
        continue;
      }
      if (publisher.isPresent() && names.stream().allMatch(n -> Titles.isSiteName(n, publisher, Optional.empty()))) {
        outlet = outlet.isEmpty() ? names : outlet;
        continue;
      }
      // "Dana A. Ford, Tom Watkins, CNN": the outlet after its reporters is no author
      List<String> people = publisher.isEmpty() ? names : names.stream().filter(n -> !Titles.isSiteName(n, publisher, Optional.empty())).toList();
      return people;
    }
    return outlet;
  }

  private static List<String> source(int source, PageSignals page, JsonLd ld, Optional<JsonNode> parsely) {
    return switch (source) {
      case 0 -> ld.article().map(o -> structured(ld.names(o, "author").isEmpty() ? ld.names(o, "creator") : ld.names(o, "author"))).orElse(List.of());
      case 1 -> metas(page);
      case 2 -> parsely.map(Authors::parsely).orElse(List.of());
      case 3 -> elements(page.itemprop("author"), true);
      case 4 -> elements(page.relAuthors, false);
      case 5 -> elements(innermost(page.bylines), false);
      default -> elements(page.bylineTexts.stream().filter(e -> Bylines.opensWithPrefix(e.text())).toList(), false);
    };
  }

  private static List<String> metas(PageSignals page) {
    for (String name : AUTHOR_METAS) {
      List<String> values = new ArrayList<>();
      for (String v : page.metas(name)) {
        if (!v.isBlank() && !v.strip().startsWith("http") && !v.contains("/")) {
          values.add(v);
        }
      }
      List<String> names = structured(values);
      if (!names.isEmpty()) {
        return names;
      }
    }
    return List.of();
  }

  private static List<String> parsely(JsonNode p) {
    List<String> values = new ArrayList<>();
    JsonNode authors = p.has("authors") ? p.get("authors") : p.get("author");
    if (authors != null && authors.isArray()) {
      authors.forEach(a -> values.add(a.asText("")));
    } else if (authors != null) {
      values.add(authors.asText(""));
    }
    return structured(values);
  }

  /**
   * Byline elements, an outer one left out where it holds exactly one inner one ("Ben Silverman"
   * in a box that adds his desk): with two or more inside ("By X and Y") the outer one speaks for all.
   */
  private static List<Element> innermost(List<Element> elements) {
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < elements.size(); i++) {
      Element e = elements.get(i);
      int inner = 0;
      for (int j = i + 1; j < elements.size() && elements.get(j).parents().contains(e) && inner < 2; j++) {
        inner++;
      }
      if (inner != 1) {
        out.add(e);
      }
    }
    return out;
  }

  /** The names of the first element that gives any; microdata may keep the name in a child or an attribute. */
  private static List<String> elements(List<Element> elements, boolean microdata) {
    for (Element e : elements) {
      String text = e.text();
      if (microdata) {
        Element name = e.selectFirst("[itemprop~=(?i)^name$]");
        text = name != null ? (name.hasAttr("content") ? name.attr("content") : name.text()) : e.hasAttr("content") ? e.attr("content") : text;
      }
      if (text.length() > 300) {
        continue;
      }
      List<String> names = Bylines.names(text);
      if (!names.isEmpty()) {
        return names;
      }
    }
    return List.of();
  }

  private static List<String> structured(List<String> values) {
    List<String> out = new ArrayList<>();
    for (String v : values) {
      for (String n : Bylines.structured(v)) {
        if (out.stream().noneMatch(n::equalsIgnoreCase)) {
          out.add(n);
        }
      }
    }
    return out;
  }
}
