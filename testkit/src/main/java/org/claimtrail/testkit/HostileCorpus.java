package org.claimtrail.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * Writes the hostile input corpus: files that are truncated, corrupt, enormous, deeply nested,
 * mis-encoded, empty, or built to attack a parser, each with what a correct run does with it.
 * Generated at test time (several are large), never committed.
 */
public final class HostileCorpus {
  private HostileCorpus() {}

  /** What a file should give: an error naming it, or articles. */
  public enum Expect {
    /** Reported on stderr, naming the file (and the record where there is one). */
    ERROR,
    /** Stored as at least one article. */
    ARTICLE,
    /** Both: some records are good, some are reported. */
    ARTICLE_AND_ERROR,
    /** Neither an article nor a crash: nothing to take (skipped or an empty result). */
    NOTHING_OR_ERROR
  }

  private static final String STORY = "The ministry said on Tuesday that the bridge over the river had been repaired. "
      + "Officials denied that any troops had crossed it, according to a statement.";

  /**
   * The story about another structure: every file gets its own text, since text repeated across a
   * folder is rightly learned as boilerplate and removed.
   */
  private static String story(String thing) {
    return STORY.replace("bridge", thing);
  }

  /** Writes the corpus into {@code dir}; returns file name to expectation, in a stable order. */
  public static Map<String, Expect> write(Path dir, long bombBytes) throws IOException {
    Files.createDirectories(dir);
    Map<String, Expect> out = new LinkedHashMap<>();
    String jsonl = line("https://hostile.example/1", story("canal")) + line("https://hostile.example/2", STORY.replace("bridge", "dam"))
        + line("https://hostile.example/3", STORY.replace("bridge", "road"));
    byte[] gz = gzip(jsonl.getBytes(StandardCharsets.UTF_8));
    put(dir, out, "truncated.jsonl.gz", Arrays.copyOf(gz, gz.length * 2 / 3), Expect.NOTHING_OR_ERROR);
    byte[] corrupt = gzip(jsonl.getBytes(StandardCharsets.UTF_8));
    for (int i = 20; i < corrupt.length - 8; i += 3) {
      corrupt[i] ^= 0x5a;
    }
    put(dir, out, "corrupt.warc.gz", corrupt, Expect.ERROR);
    put(dir, out, "bomb.jsonl.gz", bomb(bombBytes), Expect.ERROR);
    put(dir, out, "broken-lines.jsonl", (line("https://hostile.example/ok", story("tunnel")) + "{\"url\": \"https://hostile.example/bad\", \"text\": \"unterminated\n"
        + "not json at all\n" + line("https://hostile.example/ok2", story("pier").replace("ministry", "army"))).getBytes(StandardCharsets.UTF_8), Expect.ARTICLE_AND_ERROR);
    put(dir, out, "empty.html", new byte[0], Expect.NOTHING_OR_ERROR);
    put(dir, out, "empty.jsonl", new byte[0], Expect.NOTHING_OR_ERROR);
    put(dir, out, "empty.warc", new byte[0], Expect.NOTHING_OR_ERROR);
    byte[] binary = new byte[64 * 1024];
    new Random(7).nextBytes(binary);
    binary[0] = (byte) 0x89;
    binary[1] = 'P';
    binary[2] = 'N';
    binary[3] = 'G';
    put(dir, out, "image.html", binary, Expect.NOTHING_OR_ERROR);
    byte[] invalidUtf8 = ("date 2024-10-23\n" + story("power station") + " Caf\u00e9 ").getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream bad = new ByteArrayOutputStream();
    bad.writeBytes(invalidUtf8);
    bad.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xA0, (byte) 0xFF, (byte) 0xFE});
    bad.writeBytes(" The army said the road was open.\n".getBytes(StandardCharsets.UTF_8));
    put(dir, out, "invalid-utf8.txt", bad.toByteArray(), Expect.ARTICLE);
    Charset cp1251 = Charset.forName("windows-1251");
    String russian = "Министерство обороны заявило во вторник, что мост был восстановлен. Официальные лица отрицают, что войска его пересекали.";
    // Three different texts: identical ones would rightly be stored once.
    put(dir, out, "cp1251-declared.html", page("<meta charset=\"windows-1251\">", russian + " Первый.").getBytes(cp1251), Expect.ARTICLE);
    put(dir, out, "cp1251-undeclared.html", page("", russian + " Второй.").getBytes(cp1251), Expect.ARTICLE);
    put(dir, out, "cp1251-declared-utf8.html", page("<meta charset=\"utf-8\">", russian + " Третий.").getBytes(cp1251), Expect.ARTICLE);
    put(dir, out, "nested.html", nested(100_000).getBytes(StandardCharsets.UTF_8), Expect.NOTHING_OR_ERROR);
    put(dir, out, "quotes.txt", ("date 2024-10-23\nThe minister said " + "\"".repeat(50_000) + " and left.\n").getBytes(StandardCharsets.UTF_8),
        Expect.NOTHING_OR_ERROR);
    StringBuilder words = new StringBuilder("date 2024-10-23\n");
    Random r = new Random(11);
    String[] vocabulary = {"the", "army", "said", "bridge", "troops", "officials", "denied", "river", "claimed", "road", "city", "minister"};
    for (int i = 0; i < 20_000; i++) {
      words.append(vocabulary[r.nextInt(vocabulary.length)]).append(' ');
    }
    put(dir, out, "no-punctuation.txt", words.toString().getBytes(StandardCharsets.UTF_8), Expect.NOTHING_OR_ERROR);
    put(dir, out, "year-0.txt", ("date 0000-01-01\n" + story("railway")).getBytes(StandardCharsets.UTF_8), Expect.ARTICLE);
    put(dir, out, "year-9999.jsonl", ("{\"url\": \"https://hostile.example/9999\", \"published\": \"9999-12-31\", \"text\": \"" + story("airport") + "\"}\n")
        .getBytes(StandardCharsets.UTF_8), Expect.ARTICLE);
    put(dir, out, "xxe.rss", ("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><rss version=\"2.0\"><channel><title>t</title>"
        + "<item><title>&xxe;</title><link>https://hostile.example/x</link><description>" + story("harbour") + "</description></item></channel></rss>")
        .getBytes(StandardCharsets.UTF_8), Expect.ERROR);
    StringBuilder lol = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
    for (int i = 1; i <= 9; i++) {
      lol.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
    }
    lol.append("]><rss version=\"2.0\"><channel><title>&lol9;</title></channel></rss>");
    put(dir, out, "billion-laughs.rss", lol.toString().getBytes(StandardCharsets.UTF_8), Expect.ERROR);
    return out;
  }

  /** A page of about {@code bytes} (100 MB for the test of the largest page). */
  public static void writeHugePage(Path file, long bytes) throws IOException {
    try (OutputStream o = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      o.write("<!doctype html><html><head><title>Huge</title></head><body><article>".getBytes(StandardCharsets.UTF_8));
      byte[] p = ("<p>" + STORY + "</p>\n").getBytes(StandardCharsets.UTF_8);
      for (long n = 0; n < bytes; n += p.length) {
        o.write(p);
      }
      o.write("</article></body></html>".getBytes(StandardCharsets.UTF_8));
    }
  }

  private static String line(String url, String text) {
    return "{\"url\": \"" + url + "\", \"title\": \"Hostile\", \"published\": \"2024-10-23\", \"text\": \"" + text + "\"}\n";
  }

  private static String page(String meta, String text) {
    return "<!doctype html><html><head>" + meta + "<title>Мост</title></head><body><article><h1>Мост восстановлен</h1><p>" + text + "</p><p>" + text
        + "</p></article></body></html>";
  }

  private static String nested(int depth) {
    StringBuilder sb = new StringBuilder(depth * 11 + 100).append("<html><body>");
    sb.append("<div>".repeat(depth)).append("<p>").append(story("dock")).append("</p>").append("</div>".repeat(depth));
    return sb.append("</body></html>").toString();
  }

  private static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (GZIPOutputStream g = new GZIPOutputStream(b)) {
      g.write(data);
    }
    return b.toByteArray();
  }

  /**
   * A JSON line whose text runs on for {@code bytes}, gzipped: about a thousandth of that on disk,
   * and text, so only the expansion limit (not a binary sniff) can stop it.
   */
  private static byte[] bomb(long bytes) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    byte[] filler = "a".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
    try (GZIPOutputStream g = new GZIPOutputStream(b, 1 << 16)) {
      g.write("{\"url\": \"https://hostile.example/bomb\", \"text\": \"".getBytes(StandardCharsets.US_ASCII));
      for (long n = 0; n < bytes; n += filler.length) {
        g.write(filler);
      }
      g.write("\"}\n".getBytes(StandardCharsets.US_ASCII));
    }
    return b.toByteArray();
  }

  private static void put(Path dir, Map<String, Expect> out, String name, byte[] data, Expect e) throws IOException {
    Files.write(dir.resolve(name), data);
    out.put(name, e);
  }
}
