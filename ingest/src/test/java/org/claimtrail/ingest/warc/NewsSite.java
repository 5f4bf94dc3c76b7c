package org.claimtrail.ingest.warc;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;

/**
 * A small news site on an ephemeral loopback port, for crawling with the real wget: a front page,
 * three articles with images (one sent gzip-encoded, one in chunked transfer encoding), a PDF, a
 * redirect and a 404. The front page changes on every visit, the rest never does, so a second
 * crawl that deduplicates against the first writes revisit records for everything else.
 */
@SuppressForbidden(reason = "com.sun.net.httpserver: the JDK's own HTTP server, enough for a test site")
final class NewsSite implements AutoCloseable {
  /** The paths of the HTML pages a crawl must ingest. */
  static final List<String> PAGES = List.of("/", "/news/2024/10/23/troops.html", "/news/markets.html", "/news/flood.html");

  private final HttpServer server;
  private final AtomicInteger visits = new AtomicInteger();

  NewsSite() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  String root() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private void handle(HttpExchange x) throws IOException {
    try (x) {
      String path = x.getRequestURI().getPath();
      switch (path) {
        case "/" -> send(x, 200, "text/html; charset=utf-8", front().getBytes(StandardCharsets.UTF_8), false);
        case "/news/2024/10/23/troops.html" -> send(x, 200, "text/html; charset=utf-8", article("Troops seen near the border", "photo.jpg"), false);
        case "/news/markets.html" -> sendGzip(x, article("Markets fall after the vote", "logo.png"));
        case "/news/flood.html" -> send(x, 200, "text/html; charset=utf-8", article("Flood barriers held, the governor said", "photo.jpg"), true);
        case "/old/flood.html" -> {
          x.getResponseHeaders().add("Location", root() + "/news/flood.html");
          send(x, 301, "text/html", "<html><body>Moved</body></html>".getBytes(StandardCharsets.UTF_8), false);
        }
        case "/img/photo.jpg" -> send(x, 200, "image/jpeg", binary(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0}), false);
        case "/img/logo.png" -> send(x, 200, "image/png", binary(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}), false);
        case "/docs/report.pdf" -> send(x, 200, "application/pdf", binary("%PDF-1.4\n%\u00e2\u00e3\n".getBytes(StandardCharsets.ISO_8859_1)), false);
        default -> send(x, 404, "text/html; charset=utf-8", "<html><body><h1>Not found</h1></body></html>".getBytes(StandardCharsets.UTF_8), false);
      }
    }
  }

  private String front() {
    return "<!DOCTYPE html><html><head><title>The Daily Example</title></head><body><h1>The Daily Example</h1>"
        + "<p>Edition " + visits.incrementAndGet() + "</p><img src=\"/img/logo.png\" alt=\"logo\"><ul>"
        + "<li><a href=\"/news/2024/10/23/troops.html\">Troops</a></li><li><a href=\"/news/markets.html\">Markets</a></li>"
        + "<li><a href=\"/old/flood.html\">Flood</a></li><li><a href=\"/missing.html\">Gone</a></li>"
        + "<li><a href=\"/docs/report.pdf\">The report (PDF)</a></li></ul></body></html>";
  }

  private static byte[] article(String title, String image) {
    StringBuilder body = new StringBuilder();
    for (int i = 1; i <= 6; i++) {
      body.append("<p>Paragraph ").append(i).append(" of the story: officials said on Tuesday that the situation was under review, ")
          .append("and residents claimed the warnings came late.</p>");
    }
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + " | The Daily Example</title></head><body>"
        + "<nav><a href=\"/\">Home</a></nav><article><h1>" + title + "</h1><img src=\"/img/" + image + "\" alt=\"\">"
        + body + "<p><a href=\"/docs/report.pdf\">Read the report</a></p></article></body></html>").getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] binary(byte[] magic) {
    byte[] b = new byte[4096];
    new Random(magic.length).nextBytes(b);
    System.arraycopy(magic, 0, b, 0, magic.length);
    return b;
  }

  private static void sendGzip(HttpExchange x, byte[] body) throws IOException {
    String accept = x.getRequestHeaders().getFirst("Accept-Encoding");
    if (accept == null || !accept.contains("gzip")) {
      send(x, 200, "text/html; charset=utf-8", body, false);
      return;
    }
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write(body);
    }
    x.getResponseHeaders().add("Content-Encoding", "gzip");
    send(x, 200, "text/html; charset=utf-8", gz.toByteArray(), false);
  }

  /** Sends a body with a Content-Length, or chunked when {@code chunked}. */
  private static void send(HttpExchange x, int status, String type, byte[] body, boolean chunked) throws IOException {
    x.getResponseHeaders().add("Content-Type", type);
    x.getResponseHeaders().add("Last-Modified", "Wed, 23 Oct 2024 10:00:00 GMT");
    x.sendResponseHeaders(status, chunked ? 0 : body.length);
    try (OutputStream out = x.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
