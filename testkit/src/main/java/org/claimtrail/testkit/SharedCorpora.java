package org.claimtrail.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the third-party corpora live: {@code ../shared/corpora} beside the checkout (tests read
 * them there; the repository never copies them). The build passes the location as the system
 * property {@code claimtrail.shared}.
 */
public final class SharedCorpora {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SharedCorpora() {}

  /** {@code shared/corpora}; fails with a clear message when it is missing. */
  public static Path corpora() {
    String prop = System.getProperty("claimtrail.shared");
    Path shared = prop != null ? Path.of(prop) : Path.of("..", "shared");
    Path corpora = shared.resolve("corpora").normalize();
    if (!Files.isDirectory(corpora)) {
      throw new IllegalStateException(
          "Test corpora not found at " + corpora.toAbsolutePath() + ": tests read ../shared/corpora beside the checkout");
    }
    return corpora;
  }

  public static Path seedArticle() {
    return corpora().resolve("seed/kyivpost-2024-10-23.txt");
  }

  public static JsonNode seedGold() {
    return readJson(corpora().resolve("seed/gold.json"));
  }

  public static Path htmlPages() {
    return corpora().resolve("html-pages");
  }

  /** The html-pages index, one JSON object per page. */
  public static List<JsonNode> htmlPageIndex() {
    return readJsonLines(htmlPages().resolve("index.jsonl"));
  }

  public static JsonNode readJson(Path p) {
    try {
      return JSON.readTree(Files.readString(p, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + p, e);
    }
  }

  public static List<JsonNode> readJsonLines(Path p) {
    List<JsonNode> out = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          out.add(JSON.readTree(line));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + p, e);
    }
    return out;
  }

  /** Strings of a JSON array field. */
  public static List<String> strings(JsonNode node, String field) {
    List<String> out = new ArrayList<>();
    node.path(field).forEach(n -> out.add(n.asText()));
    return out;
  }
}
