package org.claimtrail.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimtrail.testkit.SharedCorpora;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Runs the real command line in-process and reads what it printed. */
class ExtractCommandTest extends CapturedOutput {
  @TempDir Path dir;

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

  @Test
  void everyDocumentReadEndsInOneCountAndTheProgressLineAddsUp() throws Exception {
    // A WARC with an article and an image (skipped by the reader), a JSONL file with an article and
    // a broken line (failed), and a page without article text (skipped by extraction): 5 documents.
    Path warc = dir.resolve("pages.warc");
    try (WarcWriter w = new WarcWriter(java.nio.channels.FileChannel.open(warc, java.nio.file.StandardOpenOption.CREATE,
        java.nio.file.StandardOpenOption.WRITE))) {
      w.write(response("https://example.org/story", "text/html; charset=utf-8", ("<html><head><title>Bridge</title></head><body><article><p>The ministry "
          + "said on Tuesday that the bridge over the river had been repaired and would reopen to traffic next week, after months of work.</p>"
          + "<p>Officials denied that any troops had crossed it during the repairs, and said the army had not asked to use it.</p></article></body></html>")
          .getBytes(StandardCharsets.UTF_8)));
      w.write(response("https://example.org/logo.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
    }
    Files.writeString(dir.resolve("notes.jsonl"), "{\"text\":\"Officials said the port reopened after repairs were finished.\"}\n{broken\n",
        StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("empty.html"), "<html><body><nav><a href=\"/\">Home</a></nav></body></html>", StandardCharsets.UTF_8);
    String progress = System.getProperty("claimtrail.progress");
    System.setProperty("claimtrail.progress", "true");
    int code;
    try {
      code = Main.run("extract", "--threads", "2", dir.toString());
    } finally {
      if (progress == null) {
        System.clearProperty("claimtrail.progress");
      } else {
        System.setProperty("claimtrail.progress", progress);
      }
    }
    assertEquals(1, code, "a broken line fails");
    String e = err.toString(StandardCharsets.UTF_8);
    String[] drawn = e.split("\r");
    String last = drawn[drawn.length - 1];
    Matcher m = Pattern.compile("(\\d+)/(\\d+) documents, [^,]+, (\\d+) ok, (?:(\\d+) unchanged, )?(\\d+) skipped(?: \\(WARC records: ([^)]*)\\))?, (\\d+) failed").matcher(last);
    assertTrue(m.find(), e);
    int done = Integer.parseInt(m.group(1));
    int sum = Integer.parseInt(m.group(3)) + (m.group(4) == null ? 0 : Integer.parseInt(m.group(4))) + Integer.parseInt(m.group(5))
        + Integer.parseInt(m.group(7));
    assertEquals(5, Integer.parseInt(m.group(2)), "documents expected (learnt in the first pass): " + last);
    assertEquals(5, done, "documents read: " + last);
    assertEquals(done, sum, "ok + unchanged + skipped + failed = documents read: " + last);
    assertEquals(List.of("2", "2", "1"), List.of(m.group(3), m.group(5), m.group(7)), last);
    assertEquals("1 response image/png", m.group(6), "the WARC's skipped records by kind: " + last);
    assertEquals(2, lines().size());
  }

  private static WarcResponse response(String url, String type, byte[] body) throws java.io.IOException {
    HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse(type), body).build();
    return new WarcResponse.Builder(java.net.URI.create(url)).body(http).date(java.time.Instant.parse("2024-10-23T10:00:00Z")).build();
  }
}
