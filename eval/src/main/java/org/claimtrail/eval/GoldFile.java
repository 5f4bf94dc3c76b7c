package org.claimtrail.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A gold file of attributed claims, in either of two shapes: the seed's (one {@code document},
 * claims with {@code content} strings) or ours for corpus articles ({@code articles}, each named by
 * {@code id}, claims with {@code content_start}/{@code content_end} offsets into the record's raw
 * text, so the file holds no article text).
 */
public final class GoldFile {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Map<String, JsonNode> byKey;

  private GoldFile(Map<String, JsonNode> byKey) {
    this.byKey = byKey;
  }

  public static GoldFile read(Path file) throws IOException {
    JsonNode root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
    Map<String, JsonNode> map = new LinkedHashMap<>();
    if (root.has("articles")) {
      root.get("articles").forEach(a -> map.put(a.get("id").asText(), a));
    } else {
      map.put(root.get("document").asText(), root);
    }
    return new GoldFile(map);
  }

  /** How many articles the file annotates. */
  public int size() {
    return byKey.size();
  }

  /**
   * The gold article a document is, by its record id ({@code … (id X)} in its origin) or file
   * name.
   */
  public Optional<String> keyOf(String origin) {
    int id = origin.indexOf("(id ");
    if (id >= 0) {
      String key = origin.substring(id + 4, origin.length() - 1);
      if (byKey.containsKey(key)) {
        return Optional.of(key);
      }
    }
    String file = Path.of(origin.replaceFirst("#.*$", "")).getFileName().toString();
    return byKey.containsKey(file) ? Optional.of(file) : Optional.empty();
  }

  /** The gold claims of one article; offsets are read against its raw text. */
  public List<GoldClaim> claims(String key, String rawText) {
    List<GoldClaim> out = new ArrayList<>();
    for (JsonNode c : byKey.get(key).get("claims")) {
      String content = c.has("content") ? c.get("content").asText()
          : rawText.substring(c.get("content_start").asInt(), c.get("content_end").asInt());
      List<String> via = new ArrayList<>();
      c.path("via").forEach(v -> via.add(v.asText()));
      out.add(new GoldClaim(c.get("source").asText(), c.get("stance").asText(), content, via,
          Optional.ofNullable(c.get("said_when")).map(JsonNode::asText)));
    }
    return out;
  }
}
