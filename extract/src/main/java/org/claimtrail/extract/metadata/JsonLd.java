package org.claimtrail.extract.metadata;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the schema.org article object in a page's {@code application/ld+json} scripts. Publishers
 * write sloppy JSON (comments, raw newlines in strings), so parsing is lenient; a script that still
 * fails is ignored, the other sources of metadata remain.
 */
final class JsonLd {
  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonParser.Feature.ALLOW_SINGLE_QUOTES)
          .build();
  private static final Set<String> ARTICLE_TYPES =
      Set.of(
          "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting",
          "OpinionNewsArticle", "BackgroundNewsArticle", "LiveBlogPosting", "TechArticle", "Report",
          "ScholarlyArticle", "SocialMediaPosting");

  private JsonLd() {}

  /** The first article-typed object, else the first WebPage, else empty. */
  static Optional<JsonNode> article(Document doc) {
    List<JsonNode> objects = new ArrayList<>();
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        JsonNode root = JSON.readTree(script.data());
        collect(root, objects, 0);
      } catch (java.io.IOException | RuntimeException e) {
        // sloppy JSON-LD: fall back to the other metadata sources
      }
    }
    for (JsonNode o : objects) {
      if (hasType(o, ARTICLE_TYPES)) {
        return Optional.of(o);
      }
    }
    for (JsonNode o : objects) {
      if (hasType(o, Set.of("WebPage"))) {
        return Optional.of(o);
      }
    }
    return Optional.empty();
  }

  private static void collect(JsonNode node, List<JsonNode> out, int depth) {
    if (node == null || depth > 4) {
      return;
    }
    if (node.isArray()) {
      node.forEach(n -> collect(n, out, depth + 1));
    } else if (node.isObject()) {
      out.add(node);
      collect(node.get("@graph"), out, depth + 1);
      collect(node.get("mainEntity"), out, depth + 1);
    }
  }

  private static boolean hasType(JsonNode o, Set<String> types) {
    JsonNode t = o.get("@type");
    if (t == null) {
      return false;
    }
    if (t.isArray()) {
      for (JsonNode x : t) {
        if (types.contains(x.asText())) {
          return true;
        }
      }
      return false;
    }
    return types.contains(t.asText());
  }

  /** A text value, or the {@code name} of an object value, or the first of an array. */
  static Optional<String> text(JsonNode o, String field) {
    JsonNode v = o.get(field);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    if (v.isArray()) {
      v = v.size() > 0 ? v.get(0) : null;
      if (v == null) {
        return Optional.empty();
      }
    }
    String s = v.isObject() ? v.path("name").asText(v.path("@id").asText("")) : v.asText();
    s = s.strip();
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }

  /** The names in an {@code author}-like field: a string, an object, or an array of either. */
  static List<String> names(JsonNode o, String field) {
    List<String> out = new ArrayList<>();
    JsonNode v = o.get(field);
    if (v == null) {
      return out;
    }
    List<JsonNode> items = new ArrayList<>();
    if (v.isArray()) {
      v.forEach(items::add);
    } else {
      items.add(v);
    }
    for (JsonNode item : items) {
      String s = item.isObject() ? item.path("name").asText("") : item.asText("");
      s = s.strip();
      if (!s.isEmpty() && !s.startsWith("http")) {
        out.add(s);
      }
    }
    return out;
  }
}
