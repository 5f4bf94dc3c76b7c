package org.claimtrail.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.claimtrail.ingest.DocumentSource;
import org.claimtrail.ingest.IngestListener;
import org.claimtrail.ingest.IngestOptions;
import org.claimtrail.model.RawDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Splits and their reading through Hadoop's FileSystem: byte ranges of a JSONL file together hold
 * every line exactly once, and byte ranges of a gzipped WARC every record, whatever the range size;
 * folders are walked without hidden files; a gzip-per-record WARC whose first pages are images is
 * read record by record.
 */
class SplitReaderTest {
  @TempDir Path dir;
  private final Configuration conf = new Configuration();

  @Test
  void rangesCoverEveryLineOnce() throws Exception {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      lines.add("{\"n\":" + i + ",\"text\":\"" + "x".repeat(i % 37) + "\"}");
    }
    Path file = dir.resolve("a.jsonl");
    Files.writeString(file, String.join("\n", lines), StandardCharsets.UTF_8); // no final newline
    // 30 is the length of the first line with its newline: a cut falls exactly on a line start.
    for (long size : new long[] {1, 7, 30, 64, 100, 1000, 1 << 20}) {
      List<Split> splits = Splits.of(List.of(file.toString()), size, conf);
      assertTrue(size >= Files.size(file) ? splits.size() == 1 : splits.size() > 1);
      List<String> seen = new ArrayList<>();
      for (Split s : splits) {
        long end = s.whole() ? Files.size(file) : s.end();
        InputStream range = LineRange.open(FileSystem.getLocal(conf).open(new org.apache.hadoop.fs.Path(s.file())), s.start(), end);
        if (range != null) {
          try (range) {
            new String(range.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isEmpty()).forEach(seen::add);
          }
        }
      }
      assertEquals(lines, seen, "range size " + size);
    }
  }

  @Test
  void aRangeIsReadAsJsonLinesWithItsOrigin() throws Exception {
    Path file = dir.resolve("b.jsonl");
    Files.writeString(file, "{\"text\":\"one\"}\n{\"text\":\"two\"}\n{\"text\":\"three\"}\n", StandardCharsets.UTF_8);
    List<Split> splits = Splits.of(List.of(file.toString()), 20, conf);
    assertEquals(3, splits.size(), splits.toString());
    List<String> texts = new ArrayList<>();
    for (Split s : splits) {
      try (DocumentSource docs = SplitReader.open(s, IngestOptions.DEFAULTS, IngestListener.IGNORE, conf)) {
        for (RawDocument d : docs) {
          texts.add(d.decodedText() + " " + d.origin());
        }
      }
    }
    // Lines start at bytes 0, 15 and 30: the first range holds two, the second one, the third none.
    assertEquals(List.of("one " + file + "@0-20#line 1", "two " + file + "@0-20#line 2", "three " + file + "@20-40#line 1"), texts);
  }

  @Test
  void foldersAreWalkedWithoutHiddenFilesAndMissingInputsNamed() throws Exception {
    Files.createDirectories(dir.resolve("sub"));
    Files.createDirectories(dir.resolve(".cache"));
    Files.writeString(dir.resolve("sub/b.html"), "<p>x</p>");
    Files.writeString(dir.resolve("a.warc"), "WARC/1.1");
    Files.writeString(dir.resolve(".cache/c.html"), "<p>x</p>");
    Files.writeString(dir.resolve("_SUCCESS"), "");
    List<Split> splits = Splits.of(List.of(dir + "/"), 1 << 20, conf);
    assertEquals(List.of(dir.resolve("a.warc").toString(), dir.resolve("sub/b.html").toString()), splits.stream().map(Split::name).toList());
    assertEquals(List.of("file:" + dir.resolve("a.warc"), "file:" + dir.resolve("sub/b.html")), splits.stream().map(Split::file).toList());
    // A file: URI names the same files, under the name given.
    assertEquals(List.of("file://" + dir + "/a.warc", "file://" + dir + "/sub/b.html"),
        Splits.of(List.of("file://" + dir), 1 << 20, conf).stream().map(Split::name).toList());
    var e = assertThrows(IllegalArgumentException.class, () -> Splits.of(List.of(dir.resolve("nope").toString()), 10, conf));
    assertTrue(e.getMessage().contains("nope"), e.getMessage());
  }

  @Test
  void aGzipPerRecordWarcWhoseFirstRecordsAreImagesIsReadRecordByRecord() throws Exception {
    Path warc = dir.resolve("news.warc.gz");
    try (WarcWriter w = new WarcWriter(FileChannel.open(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE), WarcCompression.GZIP)) {
      byte[] png = new byte[4000];
      new java.util.Random(7).nextBytes(png);
      w.write(response("https://example.org/a.png", "image/png", png));
      w.write(response("https://example.org/b.png", "image/png", png));
      w.write(response("https://example.org/story", "text/html; charset=utf-8",
          "<html><head><title>Story</title></head><body><p>The minister said the talks would go on.</p></body></html>".getBytes(StandardCharsets.UTF_8)));
    }
    Heard heard = new Heard();
    List<String> pages = new ArrayList<>();
    try (DocumentSource docs = SplitReader.open(Splits.of(List.of(warc.toString()), 1 << 20, conf).get(0), IngestOptions.DEFAULTS, heard, conf)) {
      docs.forEach(d -> pages.add(d.origin() + " " + d.hints().url().orElse("?")));
    }
    assertEquals(List.of(warc + "#record 3 https://example.org/story"), pages);
    assertEquals(List.of("skipped " + warc + "#record 1: payload is image/png, not HTML", "skipped " + warc + "#record 2: payload is image/png, not HTML"),
        heard.said);
  }

  @Test
  void aWarcIsKnownByItsFirstRecordInsideGzipNotByItsName() throws IOException {
    byte[] plain = "WARC/1.0\r\nWARC-Type: warcinfo\r\n".getBytes(StandardCharsets.US_ASCII);
    java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
    try (var g = new java.util.zip.GZIPOutputStream(gz)) {
      g.write(plain);
    }
    assertTrue(SplitReader.isWarc(new java.io.BufferedInputStream(new ByteArrayInputStream(gz.toByteArray())), "crawl.gz", IngestOptions.DEFAULTS));
    assertTrue(SplitReader.isWarc(new java.io.BufferedInputStream(new ByteArrayInputStream(plain)), "x", IngestOptions.DEFAULTS));
    assertFalse(SplitReader.isWarc(new java.io.BufferedInputStream(new ByteArrayInputStream("<html>".getBytes(StandardCharsets.US_ASCII))), "page.warc",
        IngestOptions.DEFAULTS));
  }

  @Test
  void rangesOfAGzipPerRecordWarcHoldEveryRecordOnce() throws Exception {
    Path warc = dir.resolve("many.warc.gz");
    java.util.Random random = new java.util.Random(3);
    try (WarcWriter w = new WarcWriter(FileChannel.open(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE), WarcCompression.GZIP)) {
      for (int i = 0; i < 40; i++) {
        if (i % 5 == 1) {
          byte[] png = new byte[random.nextInt(9000)];
          random.nextBytes(png);
          w.write(response("https://example.org/" + i + ".png", "image/png", png));
        } else {
          String words = String.join(" ", java.util.Collections.nCopies(1 + random.nextInt(300), "said the minister " + i));
          w.write(response("https://example.org/" + i, "text/html", ("<html><body><p>" + words + "</p></body></html>").getBytes(StandardCharsets.UTF_8)));
        }
      }
    }
    // The same records gzipped whole: one member, which the first range reads.
    Path whole = dir.resolve("whole.warc.gz");
    try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(whole))) {
      try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(warc))) {
        in.transferTo(out);
      }
    }
    List<String> expected = records(List.of(new Split("file:" + warc, warc.toString(), 0, -1)));
    assertEquals(40, expected.size(), expected.toString());
    for (long size : new long[] {100, 997, 5000, 1 << 20}) {
      List<Split> splits = Splits.of(List.of(warc.toString()), size, conf);
      assertTrue(size >= Files.size(warc) ? splits.size() == 1 : splits.size() > 1);
      assertEquals(expected, records(splits), "range size " + size);
      assertEquals(expected, records(Splits.of(List.of(whole.toString()), size, conf)), "gzipped whole, range size " + size);
    }
  }

  /** What a listener heard, in order: "skipped ORIGIN: REASON", "failed ORIGIN: REASON" (without the origins when asked). */
  private static final class Heard implements IngestListener {
    final List<String> said = new ArrayList<>();
    private final boolean origins;

    Heard() {
      this(true);
    }

    Heard(boolean origins) {
      this.origins = origins;
    }

    @Override
    public void skipped(String origin, String reason) {
      said.add("skipped " + (origins ? origin + ": " : "") + reason);
    }

    @Override
    public void failed(String origin, String reason) {
      said.add("failed " + (origins ? origin + ": " : "") + reason);
    }
  }

  /** The target of every page read and the reason of every record skipped or failed, over the splits in order. */
  private List<String> records(List<Split> splits) throws IOException {
    Heard heard = new Heard(false);
    for (Split s : splits) {
      try (DocumentSource docs = SplitReader.open(s, IngestOptions.DEFAULTS, heard, conf)) {
        docs.forEach(d -> heard.said.add(d.hints().url().orElse("?")));
      }
    }
    return heard.said;
  }

  private static WarcResponse response(String url, String type, byte[] body) throws IOException {
    HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse(type), body).build();
    return new WarcResponse.Builder(URI.create(url)).body(http).date(Instant.parse("2024-10-23T10:00:00Z")).build();
  }
}
