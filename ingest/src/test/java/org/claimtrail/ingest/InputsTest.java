package org.claimtrail.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.claimtrail.model.ContentKind;
import org.claimtrail.model.RawDocument;
import org.claimtrail.testkit.SharedCorpora;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class InputsTest {
  @TempDir Path dir;

  private static List<RawDocument> readAll(List<String> names, CollectingListener l) {
    List<RawDocument> docs = new ArrayList<>();
    try (Inputs in = Inputs.open(names, IngestOptions.DEFAULTS, l)) {
      in.forEach(docs::add);
    }
    return docs;
  }

  private static byte[] page(String name) throws IOException {
    return Files.readAllBytes(SharedCorpora.htmlPages().resolve(name));
  }

  @Test
  void seedFileBecomesOneTextDocumentWithItsDate() {
    CollectingListener l = new CollectingListener();
    List<RawDocument> docs = readAll(List.of(SharedCorpora.seedArticle().toString()), l);
    assertEquals(1, docs.size());
    RawDocument d = docs.get(0);
    assertEquals(ContentKind.TEXT, d.kind());
    assertEquals(Instant.parse("2024-10-23T00:00:00Z"), d.hints().published().orElseThrow());
    assertTrue(d.decodedText().startsWith("US Defense Secretary Lloyd Austin confirmed"), d.decodedText().substring(0, 60));
    assertEquals(List.of(), l.failed);
  }

  @Test
  void gzipIsDetectedByMagicBytesNotByName() throws IOException {
    Path gz = dir.resolve("page.bin");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(page("readability/bbc-1.html"));
    }
    CollectingListener l = new CollectingListener();
    List<RawDocument> docs = readAll(List.of(gz.toString()), l);
    assertEquals(1, docs.size(), () -> "failed: " + l.failed);
    assertEquals(ContentKind.HTML, docs.get(0).kind());
  }

  @Test
  void warcYieldsHtmlResponsesAndCountsOtherRecords() throws IOException {
    for (WarcCompression compression : WarcCompression.values()) {
      Path warc = dir.resolve("crawl-" + compression + ".warc" + (compression == WarcCompression.GZIP ? ".gz" : ""));
      try (WarcWriter w = new WarcWriter(java.nio.channels.FileChannel.open(warc, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE), compression)) {
        String url = "https://www.bbc.com/news/world-us-canada-33647479";
        w.write(new WarcRequest.Builder(URI.create(url)).body(new HttpRequest.Builder("GET", url).build()).build());
        w.write(response(url, "text/html; charset=utf-8", page("readability/bbc-1.html"), 200));
        w.write(response("https://example.org/logo.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}, 200));
        w.write(response("https://example.org/missing", "text/html", "<html>gone</html>".getBytes(StandardCharsets.UTF_8), 404));
      }
      CollectingListener l = new CollectingListener();
      List<RawDocument> docs = readAll(List.of(warc.toString()), l);
      assertEquals(1, docs.size(), () -> compression + " failed: " + l.failed);
      RawDocument d = docs.get(0);
      assertEquals("https://www.bbc.com/news/world-us-canada-33647479", d.hints().url().orElseThrow());
      assertTrue(d.hints().captured().isPresent());
      assertTrue(d.origin().endsWith("#record 2"), d.origin());
      assertEquals("UTF-8", d.charset().orElseThrow().name());
      assertEquals(3, l.skipped.size(), () -> "skipped: " + l.skipped);
      assertTrue(l.skipped.get(1).contains("image/png"), l.skipped.toString());
    }
  }

  private static WarcResponse response(String url, String type, byte[] body, int status) throws IOException {
    HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found").body(MediaType.parse(type), body).build();
    return new WarcResponse.Builder(URI.create(url)).body(http).date(Instant.parse("2024-10-23T10:00:00Z")).build();
  }

  @Test
  void truncatedWarcIsReportedAndEarlierRecordsSurvive() throws IOException {
    Path warc = dir.resolve("full.warc");
    try (WarcWriter w = new WarcWriter(java.nio.channels.FileChannel.open(warc, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE), WarcCompression.NONE)) {
      w.write(response("https://a.example.org/1", "text/html", page("readability/bbc-1.html"), 200));
      w.write(response("https://a.example.org/2", "text/html", page("readability/cnn.html"), 200));
    }
    byte[] all = Files.readAllBytes(warc);
    Path cut = dir.resolve("cut.warc");
    Files.write(cut, java.util.Arrays.copyOf(all, all.length - 5000));
    CollectingListener l = new CollectingListener();
    List<RawDocument> docs = readAll(List.of(cut.toString()), l);
    assertEquals(1, docs.size(), () -> "warnings " + l.warnings + " failed " + l.failed);
    assertTrue(l.failed.get(0).startsWith(cut + "#record 2: unreadable payload"), l.failed::toString);
    assertTrue(l.failed.stream().allMatch(f -> f.startsWith(cut.toString())), l.failed::toString);
  }

  @Test
  void rssAndAtomItemsBecomeDocumentsWithTheirMetadata() throws Exception {
    Path rss = Path.of(getClass().getResource("/feeds/sample-rss2.xml").toURI());
    Path atom = Path.of(getClass().getResource("/feeds/sample-atom.xml").toURI());
    CollectingListener l = new CollectingListener();
    List<RawDocument> docs = readAll(List.of(rss.toString(), atom.toString()), l);
    assertEquals(3, docs.size(), () -> "failed " + l.failed + " skipped " + l.skipped);
    RawDocument first = docs.get(0);
    assertEquals(ContentKind.HTML, first.kind());
    assertEquals("https://wire.example.org/2024/03/01/harbour-denies", first.hints().url().orElseThrow());
    assertEquals("Claimtrail Test Wire", first.hints().publisher().orElseThrow());
    assertEquals(List.of("Ana Test"), first.hints().authors());
    assertEquals(Instant.parse("2024-03-01T09:30:00Z"), first.hints().published().orElseThrow());
    assertEquals(ContentKind.TEXT, docs.get(1).kind());
    assertEquals(Instant.parse("2024-04-10T06:15:00Z"), docs.get(2).hints().published().orElseThrow());
    assertEquals(List.of("Lee Sample"), docs.get(2).hints().authors());
    assertEquals(1, l.skipped.size(), l.skipped::toString);
    assertTrue(l.skipped.get(0).contains("#item 3"), l.skipped.get(0));
  }

  @Test
  void feedWithDoctypeIsRefusedSoNoEntityIsExpanded() throws Exception {
    Path xxe = Path.of(getClass().getResource("/feeds/xxe-rss.xml").toURI());
    CollectingListener l = new CollectingListener();
    List<RawDocument> docs = readAll(List.of(xxe.toString()), l);
    assertEquals(0, docs.size());
    assertEquals(1, l.failed.size());
    assertTrue(l.failed.get(0).contains("feed"), l.failed.get(0));
  }

  @Test
  void jsonlReadsFieldsAndReportsBrokenLinesByNumber() throws IOException {
    Path jsonl = dir.resolve("articles.jsonl");
    Files.writeString(
        jsonl,
        String.join(
            "\n",
            "{\"id\":\"a1\",\"url\":\"https://x.example.org/a1\",\"title\":\"One\",\"text\":\"Officials said the road was open.\",\"published\":\"2020-01-05\",\"publisher\":\"X News\",\"authors\":[\"A B\",\"C D\"]}",
            "{not json",
            "[1,2]",
            "",
            "{\"id\":\"a2\",\"html\":\"<html><body><p>Police said the fire was out.</p></body></html>\",\"date\":\"Sun, 05 Jan 2020 10:00:00 GMT\"}",
            "{\"id\":\"a3\",\"title\":\"no body\"}"),
        StandardCharsets.UTF_8);
    CollectingListener l = new CollectingListener();
    List<RawDocument> docs = readAll(List.of(jsonl.toString()), l);
    assertEquals(2, docs.size());
    RawDocument a1 = docs.get(0);
    assertEquals(jsonl + "#line 1 (id a1)", a1.origin());
    assertEquals(List.of("A B", "C D"), a1.hints().authors());
    assertEquals("X News", a1.hints().publisher().orElseThrow());
    assertEquals(ContentKind.HTML, docs.get(1).kind());
    assertEquals(Instant.parse("2020-01-05T10:00:00Z"), docs.get(1).hints().published().orElseThrow());
    assertEquals(3, l.failed.size(), l.failed::toString);
    assertTrue(l.failed.get(0).startsWith(jsonl + "#line 2: invalid JSON"), l.failed.get(0));
    assertTrue(l.failed.get(1).startsWith(jsonl + "#line 3: expected a JSON object"), l.failed.get(1));
    assertTrue(l.failed.get(2).contains("#line 6") && l.failed.get(2).contains("no text or html"), l.failed.get(2));
  }

  @Test
  void jsonDocumentWithAnArrayOrOneObjectIsRead() throws IOException {
    Path array = dir.resolve("articles.json");
    Files.writeString(array, "[\n  {\"title\": \"A\",\n   \"text\": \"Officials said the dam held.\"},\n  {\"title\": \"B\"},\n  {\"text\": \"Police said two roads were closed.\"}\n]\n", StandardCharsets.UTF_8);
    Path single = dir.resolve("one.json");
    Files.writeString(single, "{\n \"url\": \"https://x.example.org/1\",\n \"text\": \"The agency said flights resumed.\"\n}\n", StandardCharsets.UTF_8);
    CollectingListener l = new CollectingListener();
    List<RawDocument> docs = readAll(List.of(array.toString(), single.toString()), l);
    assertEquals(3, docs.size(), () -> "failed " + l.failed);
    assertEquals(array + "#item 3", docs.get(1).origin());
    assertEquals("https://x.example.org/1", docs.get(2).hints().url().orElseThrow());
    assertEquals(List.of(array + "#item 2: no text or html field"), l.failed);
  }

  @Test
  void realWikinewsJsonlKeepsEveryArticleWithItsMetadata() {
    CollectingListener l = new CollectingListener();
    List<RawDocument> docs = readAll(List.of(SharedCorpora.corpora().resolve("wikinews/wikinews-2020.jsonl").toString()), l);
    assertEquals(122, docs.size(), () -> "failed " + l.failed);
    assertEquals(List.of(), l.failed);
    for (RawDocument d : docs) {
      assertEquals("Wikinews", d.hints().publisher().orElseThrow());
      assertTrue(d.hints().url().orElseThrow().startsWith("https://en.wikinews.org/wiki/"), d.origin());
      assertTrue(d.hints().published().isPresent(), d.origin());
    }
  }

  @Test
  void directoryIsWalkedAndBadFilesDoNotStopTheRun() throws IOException {
    Path sub = Files.createDirectories(dir.resolve("a/b"));
    Files.copy(SharedCorpora.seedArticle(), sub.resolve("seed.txt"));
    Files.write(dir.resolve("a/page.html"), page("readability/cnn.html"));
    Files.write(dir.resolve("a/binary.html"), new byte[] {0x00, 0x01, 0x02, (byte) 0xff, 0x00, 0x10});
    Files.write(dir.resolve("a/empty.html"), new byte[0]);
    Files.writeString(dir.resolve("a/notes.xyz"), "%%% something else", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("a/.hidden.html"), "<html><body><p>hidden</p></body></html>", StandardCharsets.UTF_8);
    CollectingListener l = new CollectingListener();
    List<RawDocument> docs = readAll(List.of(dir.resolve("a").toString(), dir.resolve("missing.txt").toString()), l);
    assertEquals(2, docs.size(), () -> "docs " + docs.stream().map(RawDocument::origin).toList());
    assertEquals(3, l.failed.size(), l.failed::toString);
    assertTrue(l.skipped.stream().anyMatch(f -> f.contains("notes.xyz: unrecognised format")), l.skipped::toString);
    assertTrue(l.failed.stream().anyMatch(f -> f.contains("binary.html: binary content")), l.failed::toString);
    assertTrue(l.failed.stream().anyMatch(f -> f.contains("empty.html: empty file")), l.failed::toString);
    assertTrue(l.failed.stream().anyMatch(f -> f.contains("missing.txt: no such file")), l.failed::toString);
  }

  @Test
  void stdinIsReadWhenNamedDash() {
    String seed = "  date 2024-01-02 Officials said the bridge was closed.";
    CollectingListener l = new CollectingListener();
    List<RawDocument> docs = new ArrayList<>();
    try (Inputs in = Inputs.open(List.of("-"), IngestOptions.DEFAULTS, l, new ByteArrayInputStream(seed.getBytes(StandardCharsets.UTF_8)))) {
      in.forEach(docs::add);
    }
    assertEquals(1, docs.size());
    assertEquals("<stdin>", docs.get(0).origin());
    assertEquals("Officials said the bridge was closed.", docs.get(0).decodedText());
  }

  @Test
  void gzipBombStopsAtTheLimit() throws IOException {
    Path bomb = dir.resolve("bomb.html.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(bomb))) {
      out.write("<html><body>".getBytes(StandardCharsets.US_ASCII));
      byte[] zeros = new byte[1 << 20];
      java.util.Arrays.fill(zeros, (byte) ' ');
      for (int i = 0; i < 64; i++) {
        out.write(zeros);
      }
    }
    CollectingListener l = new CollectingListener();
    List<RawDocument> docs = new ArrayList<>();
    IngestOptions small = IngestOptions.DEFAULTS.withMaxDecompressedBytes(8 << 20);
    try (Inputs in = Inputs.open(List.of(bomb.toString()), small, l)) {
      in.forEach(docs::add);
    }
    assertEquals(0, docs.size());
    assertEquals(1, l.failed.size());
    assertTrue(l.failed.get(0).contains("exceeds the limit of 8388608 bytes"), l.failed.get(0));
  }
}
