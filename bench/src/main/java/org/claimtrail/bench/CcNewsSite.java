package org.claimtrail.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.jsoup.nodes.Entities;

/**
 * A news site to crawl into a CC-News-style WARC (for {@code bench/ccnews.sh}): the real pages of
 * {@code html-pages} as served, Wikinews and Reuters articles rendered as simple article pages
 * (title, date, publisher, paragraphs), and what a crawl meets besides pages: images, a style
 * sheet, a JSON file and links to nothing (404s). An index page links everything: images first,
 * then the pages in a shuffled order (fixed seed).
 * Usage: {@code CcNewsSite CORPORA SITE_DIR REUTERS_ARTICLES}.
 */
public final class CcNewsSite {
  private static final ObjectMapper JSON = new ObjectMapper();

  private CcNewsSite() {}

  public static void main(String[] args) throws IOException {
    Path corpora = Path.of(args[0]);
    Path site = Files.createDirectories(Path.of(args[1]));
    int reuters = Integer.parseInt(args[2]);
    List<String> links = new ArrayList<>();
    Random random = new Random(28);
    for (int i = 0; i < 24; i++) {
      byte[] png = new byte[2000 + random.nextInt(30000)];
      random.nextBytes(png);
      System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, 0, png, 0, 8);
      links.add(write(site, "img/photo-" + i + ".png", png));
    }
    links.add(write(site, "style.css", "body { font-family: serif; }\n".getBytes(StandardCharsets.UTF_8)));
    links.add(write(site, "data/stats.json", "{\"visits\": 12}\n".getBytes(StandardCharsets.UTF_8)));
    try (Stream<Path> pages = Files.walk(corpora.resolve("html-pages"))) {
      for (Path p : pages.filter(f -> f.toString().endsWith(".html") && !f.toString().endsWith(".expected.html")).sorted().toList()) {
        links.add(write(site, "news/" + corpora.resolve("html-pages").relativize(p), Files.readAllBytes(p)));
      }
    }
    links.addAll(rendered(site, corpora.resolve("wikinews/wikinews-2020.jsonl"), "wikinews", Integer.MAX_VALUE));
    links.addAll(rendered(site, corpora.resolve("reuters-21578/reuters-21578-dev.jsonl"), "reuters", reuters));
    // Pages of every kind mixed, as a crawl meets them (and so spread over the WARC files wget cuts).
    java.util.Collections.shuffle(links.subList(26, links.size()), random);
    links.add("gone/1.html");
    links.add("gone/2.html");
    links.add("gone/3.html");
    StringBuilder index = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>News</title></head><body>\n");
    for (String l : links) {
      index.append(l.endsWith(".png") ? "<img src=\"/" + l + "\" alt=\"\">\n" : "<a href=\"/" + l + "\">" + l + "</a><br>\n");
    }
    write(site, "index.html", index.append("</body></html>\n").toString().getBytes(StandardCharsets.UTF_8));
    System.out.println("site: " + links.size() + " links in " + site);
  }

  /** JSONL articles as simple article pages, with the metadata where pages put it. */
  private static List<String> rendered(Path site, Path jsonl, String folder, int max) throws IOException {
    List<String> links = new ArrayList<>();
    for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
      if (line.isBlank() || links.size() >= max) {
        continue;
      }
      JsonNode a = JSON.readTree(line);
      StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n");
      html.append("<title>").append(esc(a.path("title").asText())).append("</title>\n");
      html.append("<meta property=\"og:site_name\" content=\"").append(esc(a.path("publisher").asText())).append("\">\n");
      html.append("<meta property=\"article:published_time\" content=\"").append(esc(a.path("published").asText())).append("\">\n");
      html.append("</head><body><nav><a href=\"/\">Home</a></nav><article><h1>").append(esc(a.path("title").asText())).append("</h1>\n");
      for (String para : a.path("text").asText().split("\n\\s*\n")) {
        html.append("<p>").append(esc(para.strip())).append("</p>\n");
      }
      html.append("</article><footer>Copyright the publisher</footer></body></html>\n");
      links.add(write(site, folder + "/" + (links.size() + 1) + ".html", html.toString().getBytes(StandardCharsets.UTF_8)));
    }
    return links;
  }

  private static String esc(String s) {
    return Entities.escape(s);
  }

  private static String write(Path site, String path, byte[] bytes) throws IOException {
    Path f = site.resolve(path);
    Files.createDirectories(f.getParent());
    Files.write(f, bytes);
    return path;
  }
}
