package org.claimtrail.spark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A WARC as {@code wget --warc-file} writes it (gzip per record: warcinfo, request and response
 * pairs, wget's manifest and log at the end), made by crawling pages served from this JVM on a
 * free loopback port. The index page links the paths in the order given; a path without a page is
 * a 404. The server is a few lines of HTTP/1.0 (one request per connection), which is all wget
 * needs.
 */
final class WgetCrawl {
  private WgetCrawl() {}

  /** A served path: its bytes and content type. */
  record Page(byte[] body, String type) {}

  static Path crawl(Path dir, Map<String, Page> pages, List<String> links) throws IOException, InterruptedException {
    Map<String, Page> all = new LinkedHashMap<>(pages);
    StringBuilder index = new StringBuilder("<html><head><title>Index</title></head><body><ul>\n");
    links.forEach(l -> index.append("<li><a href=\"").append(l).append("\">").append(l).append("</a></li>\n"));
    all.put("/", new Page(index.append("</ul></body></html>\n").toString().getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8"));
    try (ServerSocket server = new ServerSocket(0, 16, InetAddress.getLoopbackAddress())) {
      Thread serving = new Thread(() -> serve(server, all), "wget-crawl-server");
      serving.setDaemon(true);
      serving.start();
      String url = "http://127.0.0.1:" + server.getLocalPort() + "/";
      Path warc = dir.resolve("crawl");
      Process wget;
      try {
        wget = new ProcessBuilder("wget", "--recursive", "--level=1", "--no-parent", "--tries=1", "--timeout=10", "--no-verbose",
            "--directory-prefix=" + dir.resolve("mirror"), "--warc-file=" + warc, url).redirectErrorStream(true).start();
      } catch (IOException e) {
        throw new IOException("cannot run wget (apt-get install wget): " + e.getMessage(), e);
      }
      String log = new String(wget.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!wget.waitFor(60, TimeUnit.SECONDS)) {
        wget.destroyForcibly();
        throw new IOException("wget did not finish in 60 s: " + log);
      }
      // wget exits with 8 when a page was a 404, as some are on purpose.
      Path out = dir.resolve("crawl.warc.gz");
      if (!Files.exists(out)) {
        throw new IOException("wget wrote no WARC (exit " + wget.exitValue() + "): " + log);
      }
      return out;
    }
  }

  private static void serve(ServerSocket server, Map<String, Page> pages) {
    while (!server.isClosed()) {
      try (Socket s = server.accept()) {
        BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1));
        String request = in.readLine();
        String line;
        while ((line = in.readLine()) != null && !line.isEmpty()) {
          // the request's headers: not needed
        }
        String path = request == null ? "/" : URI.create(request.split(" ")[1]).getPath();
        Page p = pages.get(path);
        byte[] body = p != null ? p.body() : "<html><body>Not found</body></html>".getBytes(StandardCharsets.UTF_8);
        String head = "HTTP/1.0 " + (p != null ? "200 OK" : "404 Not Found") + "\r\nContent-Type: " + (p != null ? p.type() : "text/html")
            + "\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n";
        OutputStream out = s.getOutputStream();
        out.write(head.getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        out.flush();
      } catch (IOException | RuntimeException e) {
        // the server closed, or a connection broke: wget reports what it missed
      }
    }
  }
}
