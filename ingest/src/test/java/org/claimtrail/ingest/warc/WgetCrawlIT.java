package org.claimtrail.ingest.warc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.claimtrail.ingest.IngestListener;
import org.claimtrail.ingest.IngestOptions;
import org.claimtrail.ingest.Inputs;
import org.claimtrail.ingest.RecordCounts;
import org.claimtrail.model.RawDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * WARCs as GNU wget writes them: {@code wget --mirror --warc-file} of a local news site with
 * images, a PDF, a redirect, a 404, a gzip-encoded page and a chunked one; gzip per record (wget's
 * default), plain, the plain file gzipped whole, a WARC/1.1 copy (the plain file with each record's
 * version line rewritten: wget writes 1.0) and a second crawl deduplicated against the first
 * (revisit records). Every HTML page must come out, and every record be accounted for.
 */
class WgetCrawlIT {
  @TempDir static Path dir;
  private static NewsSite site;
  private static Path perRecord;
  private static Path plain;
  private static Path revisits;

  @BeforeAll
  static void crawl() throws Exception {
    site = new NewsSite();
    perRecord = wget("crawl", "--warc-cdx");
    plain = wget("plain", "--no-warc-compression");
    revisits = wget("again", "--warc-dedup=" + dir.resolve("crawl.cdx"));
  }

  @AfterAll
  static void stop() {
    site.close();
  }

  /** Crawls the site into {@code NAME.warc[.gz]} with a mirror folder of its own. */
  private static Path wget(String name, String... extra) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("wget", "--mirror", "--page-requisites", "-e", "robots=off", "--compression=auto",
        "--no-verbose", "--tries=1", "--timeout=20", "--directory-prefix=" + dir.resolve("mirror-" + name),
        "--warc-file=" + dir.resolve(name)));
    cmd.addAll(List.of(extra));
    cmd.add(site.root() + "/");
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile()).start();
    assertTrue(p.waitFor(2, TimeUnit.MINUTES), "wget finished");
    // 8: the server answered an error (the 404), which the site serves on purpose.
    assertTrue(p.exitValue() == 0 || p.exitValue() == 8, "wget exit " + p.exitValue() + ": " + Files.readString(dir.resolve(name + ".log")));
    Path gz = dir.resolve(name + ".warc.gz");
    return Files.exists(gz) ? gz : dir.resolve(name + ".warc");
  }

  private static final class Listener implements IngestListener {
    final List<String> failed = new ArrayList<>();
    final List<RecordCounts> counts = new ArrayList<>();

    @Override
    public void skipped(String origin, String reason) {}

    @Override
    public void failed(String origin, String reason) {
      failed.add(origin + ": " + reason);
    }

    @Override
    public void counted(RecordCounts c) {
      counts.add(c);
    }
  }

  private record Read(List<RawDocument> docs, Listener listener) {
    RecordCounts counts() {
      assertEquals(1, listener.counts.size(), "one count line per file");
      return listener.counts.get(0);
    }

    Set<String> paths() {
      return docs.stream().map(d -> d.hints().url().orElseThrow().replace(site.root(), "")).collect(Collectors.toCollection(TreeSet::new));
    }

    String page(String path) {
      return docs.stream().filter(d -> d.hints().url().orElseThrow().equals(site.root() + path)).findFirst().orElseThrow().decodedText();
    }
  }

  private static Read read(Path warc) {
    Listener l = new Listener();
    List<RawDocument> docs = new ArrayList<>();
    try (Inputs in = Inputs.open(List.of(warc.toString()), IngestOptions.DEFAULTS, l)) {
      in.forEach(docs::add);
    }
    assertEquals(List.of(), l.failed, warc + " reads without errors");
    return new Read(docs, l);
  }

  @Test
  void theCrawlHoldsWhatTheTestMeansToCover() throws IOException {
    String raw = Files.readString(plain, StandardCharsets.ISO_8859_1);
    assertTrue(raw.startsWith("WARC/1.0\r\n"), "wget writes WARC/1.0");
    String lower = raw.toLowerCase(Locale.ROOT);
    assertTrue(lower.contains("\r\ncontent-encoding: gzip\r\n"), "a gzip-encoded HTTP payload");
    assertTrue(lower.contains("\r\ntransfer-encoding: chunked\r\n"), "a chunked HTTP payload");
    assertTrue(lower.contains("\r\nwarc-type: metadata\r\n") && lower.contains("\r\nwarc-type: resource\r\n"), "wget's log records");
  }

  @Test
  void everyHtmlPageOfEachVariantIsIngestedAndEveryRecordCounted() throws IOException {
    Path whole = dir.resolve("whole.warc.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(whole))) {
      Files.copy(plain, out);
    }
    Path v11 = dir.resolve("v11.warc");
    Files.write(v11, WarcVersions.rewrite(Files.readAllBytes(plain), "WARC/1.1"));
    for (Path warc : List.of(perRecord, plain, whole, v11)) {
      Read r = read(warc);
      assertEquals(new TreeSet<>(NewsSite.PAGES), r.paths(), warc.getFileName() + ": every HTML page, nothing else");
      assertTrue(r.page("/news/markets.html").contains("Markets fall after the vote"), "the gzip content encoding is undone");
      String flood = r.page("/news/flood.html");
      assertTrue(flood.startsWith("<!DOCTYPE html>") && flood.strip().endsWith("</html>"), "chunked transfer is undone: " + flood);
      RecordCounts c = r.counts();
      Map<String, Long> s = c.skipped();
      assertEquals(4, c.read(), c.toString());
      assertEquals(0, c.failed(), c.toString());
      assertEquals(c.records(), c.read() + c.failed() + c.skippedTotal(), "every record accounted for: " + c);
      assertEquals(1L, s.get("warcinfo"), c.toString());
      assertEquals(9L, s.get("request"), c.toString());
      assertEquals(1L, s.get("response HTTP 301"), c.toString());
      assertEquals(1L, s.get("response HTTP 404"), c.toString());
      assertEquals(1L, s.get("response image/png"), c.toString());
      assertEquals(1L, s.get("response image/jpeg"), c.toString());
      assertEquals(1L, s.get("response application/pdf"), c.toString());
      assertEquals(1L, s.get("metadata"), "wget's log: " + c);
      assertEquals(2L, s.get("resource text/plain"), "wget's arguments and manifest: " + c);
    }
  }

  @Test
  void aDeduplicatedCrawlIsRevisitsButForTheChangedPage() {
    Read r = read(revisits);
    RecordCounts c = r.counts();
    assertEquals(Set.of("/"), r.paths(), "only the front page changed: " + c);
    assertTrue(c.skipped().getOrDefault("revisit", 0L) >= 5, "unchanged captures are revisits: " + c);
    assertEquals(c.records(), c.read() + c.failed() + c.skippedTotal(), c.toString());
    assertFalse(c.skipped().containsKey("response text/html"), c.toString());
  }
}
