package org.claimtrail.ingest.warc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.claimtrail.ingest.IngestListener;
import org.claimtrail.ingest.IngestOptions;
import org.claimtrail.ingest.Inputs;
import org.claimtrail.ingest.RecordCounts;
import org.claimtrail.model.RawDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Records as Heritrix, Browsertrix and Common Crawl write them, which wget does not: a payload the
 * crawler truncated (inside its gzip content encoding), a missing Content-Type with the crawler's
 * identified payload type, a {@code resource} record of HTML, a revisit, and a 1.1 record.
 */
class WarcRecordsTest {
  @TempDir Path dir;

  private static final String PAGE = page();

  /** A page of varied words, so that half its gzip encoding holds about half of it. */
  private static String page() {
    String[] words = "the ministry said on Tuesday that bridge was repaired officials denied troops crossed it river".split(" ");
    java.util.Random random = new java.util.Random(3);
    StringBuilder b = new StringBuilder("<!DOCTYPE html><html><head><title>T</title></head><body><p>");
    for (int i = 0; i < 3000; i++) {
      b.append(words[random.nextInt(words.length)]).append(i % 15 == 14 ? ". " : " ");
    }
    return b.append("</p></body></html>").toString();
  }

  private static final class Listener implements IngestListener {
    final List<String> events = new ArrayList<>();
    RecordCounts counts;

    @Override
    public void skipped(String origin, String reason) {
      events.add("skipped " + origin + ": " + reason);
    }

    @Override
    public void failed(String origin, String reason) {
      events.add("failed " + origin + ": " + reason);
    }

    @Override
    public void warning(String origin, String message) {
      events.add("warning " + origin + ": " + message);
    }

    @Override
    public void counted(RecordCounts c) {
      counts = c;
    }
  }

  private static byte[] http(String head, byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(head.replace("\n", "\r\n").getBytes(StandardCharsets.ISO_8859_1));
    out.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
    out.writeBytes(body);
    return out.toByteArray();
  }

  private static byte[] gzip(byte[] b) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream g = new GZIPOutputStream(out)) {
      g.write(b);
    }
    return out.toByteArray();
  }

  private static WarcResponse.Builder response(String url, byte[] http) {
    return new WarcResponse.Builder(URI.create(url)).date(Instant.parse("2024-10-23T10:00:00Z")).body(MediaType.HTTP_RESPONSE, http);
  }

  @Test
  void crawlerRecordsOfOtherToolsAreReadOrCounted() throws IOException {
    Path warc = dir.resolve("cc.warc.gz");
    byte[] page = PAGE.getBytes(StandardCharsets.UTF_8);
    byte[] encoded = gzip(page);
    byte[] cutEncoding = Arrays.copyOf(encoded, encoded.length / 2);
    try (WarcWriter w = new WarcWriter(FileChannel.open(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE), WarcCompression.GZIP)) {
      w.write(response("https://cc.example/cut", http("HTTP/1.1 200 OK\nContent-Type: text/html\nContent-Encoding: gzip\n", cutEncoding))
          .addHeader("WARC-Truncated", "length").build());
      w.write(response("https://cc.example/untyped", http("HTTP/1.1 200 OK\n", page))
          .addHeader("WARC-Identified-Payload-Type", "text/html").build());
      w.write(response("https://cc.example/sniffed", http("HTTP/1.1 200 OK\nContent-Type: application/octet-stream\n", page)).build());
      w.write(new WarcResource.Builder(URI.create("https://bt.example/page")).date(Instant.parse("2024-10-23T10:00:00Z"))
          .body(MediaType.parse("text/html; charset=utf-8"), page).build());
      w.write(new WarcRevisit.Builder(URI.create("https://cc.example/untyped"), URI.create("http://netpreserve.org/warc/1.1/revisit/identical-payload-digest"))
          .payloadDigest(new WarcDigest("sha1", "3I42H3S6NNFQ2MSVX7XZKYAYSCX5QBYJ")).build());
      w.write(response("https://cc.example/broken", http("HTTP/1.1 200 OK\nContent-Type: text/html\nContent-Encoding: gzip\n", cutEncoding)).build());
    }
    Listener l = new Listener();
    List<RawDocument> docs = new ArrayList<>();
    try (Inputs in = Inputs.open(List.of(warc.toString()), IngestOptions.DEFAULTS, l)) {
      in.forEach(docs::add);
    }
    List<String> urls = docs.stream().map(d -> d.hints().url().orElseThrow()).toList();
    assertEquals(List.of("https://cc.example/cut", "https://cc.example/untyped", "https://cc.example/sniffed", "https://bt.example/page"), urls, l.events::toString);
    String cut = docs.get(0).decodedText();
    assertTrue(cut.startsWith("<!DOCTYPE html>") && cut.length() > 1000 && cut.length() < page.length, "kept as far as it decodes: " + cut.length() + " of " + page.length);
    assertTrue(l.events.stream().anyMatch(e -> e.startsWith("warning " + warc + "#record 1: the crawler truncated this record (length)")), l.events::toString);
    assertTrue(l.events.contains("skipped " + warc + "#record 5: WARC revisit record"), l.events::toString);
    assertTrue(l.events.stream().anyMatch(e -> e.startsWith("failed " + warc + "#record 6: unreadable payload")), "an undeclared cut is an error: " + l.events);
    RecordCounts c = l.counts;
    assertEquals(6, c.records(), c.toString());
    assertEquals(4, c.read(), c.toString());
    assertEquals(1, c.failed(), c.toString());
    assertEquals(1L, c.skipped().get("revisit"), c.toString());
  }
}
