package org.claimtrail.extract.metadata;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The schema.org objects of a page's {@code application/ld+json} scripts: the article
 * ({@code NewsArticle} and its kin, at the top, in an array, in {@code @graph} or as
 * {@code mainEntity}), with references by {@code @id} resolved (Yoast's
 * {@code "author": {"@id": "…#/schema/person/…"}}). Publishers write sloppy JSON (comments, raw
 * newlines in strings), so parsing is lenient; a script that still fails is ignored and the other
 * sources of metadata remain.
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
          "newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "blogposting", "opinionnewsarticle",
          "backgroundnewsarticle", "reviewnewsarticle", "askpublicnewsarticle", "liveblogposting",
          "techarticle", "report", "scholarlyarticle", "socialmediaposting", "posting", "satiricalarticle", "medicalwebpage");
  private static final JsonLd EMPTY = new JsonLd(List.of(), Map.of());

  private final List<JsonNode> objects;
  private final Map<String, JsonNode> byId;

  private JsonLd(List<JsonNode> objects, Map<String, JsonNode> byId) {
    this.objects = objects;
    this.byId = byId;
  }

  static JsonLd parse(List<String> scripts) {
    if (scripts.isEmpty()) {
      return EMPTY;
    }
    List<JsonNode> objects = new ArrayList<>();
    for (String script : scripts) {
      try {
        collect(JSON.readTree(unwrapped(script)), objects, 0);
      } catch (java.io.IOException | RuntimeException e) {
        // sloppy JSON-LD: the other metadata sources remain
      }
    }
    Map<String, JsonNode> byId = new HashMap<>();
    for (JsonNode o : objects) {
      String id = o.path("@id").asText("");
      if (!id.isEmpty() && o.size() > 1) {
        byId.putIfAbsent(id, o);
      }
    }
    return new JsonLd(objects, byId);
  }

  /** Without the CDATA and HTML comment wrappers that pages put around their JSON-LD. */
  private static String unwrapped(String script) {
    String s = script.strip();
    if (s.startsWith("{") || s.startsWith("[")) {
      return s;
    }
    return s.replace("<![CDATA[", "").replace("]]>", "").replace("<!--", "").replace("-->", "");
  }

  /** One JSON object written in an attribute (Parse.ly's {@code parsely-page}), if it is one. */
  static Optional<JsonNode> object(String json) {
    try {
      JsonNode n = JSON.readTree(json);
      return n != null && n.isObject() ? Optional.of(n) : Optional.empty();
    } catch (java.io.IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static void collect(JsonNode node, List<JsonNode> out, int depth) {
    if (node == null || depth > 5) {
      return;
    }
    if (node.isArray()) {
      node.forEach(n -> collect(n, out, depth + 1));
    } else if (node.isObject()) {
      out.add(node);
      collect(node.get("@graph"), out, depth + 1);
      collect(node.get("mainEntity"), out, depth + 1);
      collect(node.get("mainEntityOfPage"), out, depth + 1);
    }
  }

  /** The first article-typed object, else the first WebPage with a headline or date. */
  Optional<JsonNode> article() {
    for (JsonNode o : objects) {
      if (hasType(o, ARTICLE_TYPES)) {
        return Optional.of(o);
      }
    }
    for (JsonNode o : objects) {
      if (hasType(o, Set.of("webpage", "itempage")) && (o.has("headline") || o.has("datePublished"))) {
        return Optional.of(o);
      }
    }
    return Optional.empty();
  }

  /** The first {@code field} any object has, for dates on pages without an article object. */
  Optional<String> anyText(String field) {
    for (JsonNode o : objects) {
      Optional<String> t = text(o, field);
      if (t.isPresent()) {
        return t;
      }
    }
    return Optional.empty();
  }

  private static boolean hasType(JsonNode o, Set<String> types) {
    JsonNode t = o.get("@type");
    if (t == null) {
      return false;
    }
    if (t.isArray()) {
      for (JsonNode x : t) {
        if (types.contains(x.asText().toLowerCase(java.util.Locale.ROOT))) {
          return true;
        }
      }
      return false;
    }
    return types.contains(t.asText().toLowerCase(java.util.Locale.ROOT));
  }

  private JsonNode resolve(JsonNode v) {
    if (v != null && v.isObject() && v.has("@id") && !v.has("name")) {
      JsonNode target = byId.get(v.get("@id").asText());
      return target == null ? v : target;
    }
    return v;
  }

  /** A text value, or the {@code name} of an object value (resolved by {@code @id}), or the first of an array. */
  Optional<String> text(JsonNode o, String field) {
    JsonNode v = o.get(field);
    if (v != null && v.isArray()) {
      v = v.size() > 0 ? v.get(0) : null;
    }
    v = resolve(v);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    String s = v.isObject() ? v.path("name").asText("") : v.asText();
    s = s.strip();
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }

  /** The names in an {@code author}-like field: a string, an object, an {@code @id}, or an array of these. */
  List<String> names(JsonNode o, String field) {
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
      JsonNode r = resolve(item);
      String s = r.isObject() ? r.path("name").asText("") : r.asText("");
      s = s.strip();
      if (!s.isEmpty() && !s.startsWith("http")) {
        out.add(s);
      }
    }
    return out;
  }
}
