package org.claimtrail.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.claimtrail.testkit.SharedCorpora;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real command line in-process and reads what it printed. */
class ExtractCommandTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream oldOut;
  private PrintStream oldErr;
  @TempDir Path dir;

  @BeforeEach
  void capture() {
    oldOut = System.out;
    oldErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setOut(oldOut);
    System.setErr(oldErr);
  }

  private List<JsonNode> lines() throws Exception {
    List<JsonNode> l = new ArrayList<>();
    for (String s : out.toString(StandardCharsets.UTF_8).split("\n")) {
      if (!s.isBlank()) {
        l.add(new ObjectMapper().readTree(s));
      }
    }
    return l;
  }

  @Test
  void seedArticlePrintsOneJsonObjectWithTheDocumentedFields() throws Exception {
    int code = Main.run("extract", SharedCorpora.seedArticle().toString());
    assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
    List<JsonNode> l = lines();
    assertEquals(1, l.size());
    JsonNode a = l.get(0);
    for (String f : List.of("id", "source", "url", "title", "publisher", "authors", "published", "language", "text", "paragraphs")) {
      assertTrue(a.has(f), "field " + f);
    }
    assertEquals("2024-10-23T00:00:00Z", a.get("published").asText());
    assertTrue(a.get("text").asText().startsWith("US Defense Secretary Lloyd Austin"));
    assertTrue(!a.get("text").asText().contains("JOIN US ON TELEGRAM"));
    assertEquals(a.get("paragraphs").size(), a.get("text").asText().split("\n\n").length);
  }

  @Test
  void badInputsAreNamedOnStderrAndExitCodeIsOne() throws Exception {
    Files.writeString(dir.resolve("good.txt"), "date 2024-01-01 The agency said the flights would resume on Monday after the strike ended.", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("bad.jsonl"), "{\"text\":\"Officials said the port reopened after repairs were finished.\"}\n{broken\n", StandardCharsets.UTF_8);
    int code = Main.run("extract", "--no-learn", dir.toString());
    assertEquals(1, code);
    assertEquals(2, lines().size());
    String e = err.toString(StandardCharsets.UTF_8);
    assertTrue(e.contains("bad.jsonl#line 2: invalid JSON"), e);
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertEquals(2, Main.run("extract"));
    assertEquals(2, Main.run("extract", "--input-format", "pdf", "x"));
    assertEquals(2, Main.run("no-such-command"));
    assertEquals(0, Main.run("--version"));
  }

  @Test
  void textOutputAndRemovedBlocks() throws Exception {
    assertEquals(0, Main.run("extract", "--with-removed", SharedCorpora.seedArticle().toString()));
    JsonNode a = lines().get(0);
    boolean telegram = false;
    for (JsonNode r : a.get("removed")) {
      telegram |= r.get("text").asText().equals("JOIN US ON TELEGRAM") && r.get("filter").asText().equals("promo");
    }
    assertTrue(telegram, a.get("removed").toString());
  }
}
