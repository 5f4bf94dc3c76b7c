package org.claimtrail.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The token on write endpoints, uploads (limits, names, ledger), edits, and closed reads. */
class WriteApiTest {
  @TempDir static Path dir;
  static TestServer server;
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void start() {
    server = TestServer.start(dir);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpResponse<String> post(String path, String contentType, byte[] body, String token) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url(path))).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> json(String path, String body, String token) throws Exception {
    return post(path, "application/json", body.getBytes(StandardCharsets.UTF_8), token);
  }

  /** A multipart body with one file per (name, content) pair, and the form fields given. */
  static byte[] multipart(String boundary, List<String[]> files, String... fields) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i + 1 < fields.length; i += 2) {
      out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fields[i] + "\"\r\n\r\n" + fields[i + 1] + "\r\n").getBytes(StandardCharsets.UTF_8));
    }
    for (String[] f : files) {
      out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + f[0] + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
          .getBytes(StandardCharsets.UTF_8));
      out.writeBytes(f[1].getBytes(StandardCharsets.UTF_8));
      out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static HttpResponse<String> upload(List<String[]> files, String token) throws Exception {
    return post("/api/v1/ingest", "multipart/form-data; boundary=XyZ", multipart("XyZ", files), token);
  }

  @Test
  void writesNeedTheRightToken() throws Exception {
    String body = "{\"status\":\"confirmed\",\"reason\":\"satellite images\"}";
    assertEquals(401, json("/api/v1/clusters/" + server.clusterId() + "/status", body, null).statusCode());
    assertEquals(403, json("/api/v1/clusters/" + server.clusterId() + "/status", body, "wrong-token").statusCode());
    assertEquals(403, json("/api/v1/clusters/" + server.clusterId() + "/status", body, TestServer.TOKEN + "x").statusCode());
    assertEquals(401, upload(List.<String[]>of(new String[] {"a.txt", "date 2024-10-23\nHUR said so."}), null).statusCode());
    assertEquals(401, json("/api/v1/aliases", "{\"alias\":\"a\",\"canonical\":\"b\",\"type\":\"PERSON\"}", null).statusCode());
    // The write form's token field works; the sign-in cookie alone does not (no cross-site writes).
    HttpResponse<String> viaCookie = HTTP.send(HttpRequest.newBuilder(URI.create(server.url("/api/v1/aliases")))
        .header("Content-Type", "application/json").header("Cookie", "claimtrail_token=" + TestServer.TOKEN)
        .POST(HttpRequest.BodyPublishers.ofString("{\"alias\":\"a\",\"canonical\":\"b\",\"type\":\"PERSON\"}")).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(401, viaCookie.statusCode());
  }

  @Test
  void statusOverrideWithReasonShowsOnTheClusterAndBadBodiesAre400() throws Exception {
    HttpResponse<String> r = json("/api/v1/clusters/" + server.clusterId() + "/status", "{\"status\":\"disputed\",\"reason\":\"Kremlin denial <b>\"}", TestServer.TOKEN);
    assertEquals(201, r.statusCode(), r.body());
    JsonNode cluster = JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(server.url("/api/v1/clusters/" + server.clusterId()))).build(),
        HttpResponse.BodyHandlers.ofString()).body());
    assertEquals("disputed", cluster.get("status").asText());
    String page = HTTP.send(HttpRequest.newBuilder(URI.create(server.url("/clusters/" + server.clusterId()))).build(), HttpResponse.BodyHandlers.ofString()).body();
    assertTrue(page.contains("analyst: Kremlin denial &lt;b&gt;"), "the reason shows, escaped");
    for (String bad : List.of("not json", "[]", "{\"status\":\"maybe\",\"reason\":\"x\"}", "{\"status\":\"confirmed\"}")) {
      HttpResponse<String> b = json("/api/v1/clusters/" + server.clusterId() + "/status", bad, TestServer.TOKEN);
      assertEquals(400, b.statusCode(), bad + " -> " + b.body());
      assertFalse(JSON.readTree(b.body()).get("details").asText().isBlank());
    }
    assertEquals(404, json("/api/v1/clusters/987654/status", "{\"status\":\"confirmed\",\"reason\":\"x\"}", TestServer.TOKEN).statusCode());
  }

  @Test
  void uploadsAreStoredUnderGeneratedNamesInsideTheFolderAndQueued() throws Exception {
    int before = server.jobs().size();
    HttpResponse<String> r = upload(List.of(new String[] {"../../../../tmp/evil.html", "<html><body><p>x</p></body></html>"},
        new String[] {"notes.txt", "date 2024-10-23\nHUR said troops crossed."}), TestServer.TOKEN);
    assertEquals(202, r.statusCode(), r.body());
    JsonNode reply = JSON.readTree(r.body());
    String job = reply.get("job").asText();
    assertEquals(before + 1, server.jobs().size());
    assertEquals(job, server.jobs().get(before));
    assertEquals("evil.html", reply.get("files").get(0).get("name").asText(), "only the base name is kept, for display");
    assertFalse(Files.exists(Path.of("/tmp/evil.html")) && Files.readString(Path.of("/tmp/evil.html")).contains("<p>x</p>"), "nothing written outside");
    try (Stream<Path> stored = Files.walk(server.uploads())) {
      List<Path> files = stored.filter(Files::isRegularFile).toList();
      assertTrue(files.size() >= 2);
      assertTrue(files.stream().allMatch(p -> p.normalize().startsWith(server.uploads().normalize())));
      assertTrue(files.stream().anyMatch(p -> p.getFileName().toString().endsWith(".html")), "the extension is kept for format detection");
    }
    JsonNode status = JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(server.url("/api/v1/ingest/" + job))).build(), HttpResponse.BodyHandlers.ofString()).body());
    assertEquals("queued", status.get("state").asText());
    assertEquals(2, status.get("files").size());
    assertEquals("received", status.get("files").get(1).get("state").asText());
  }

  @Test
  void oversizedAndEmptyUploadsAreRefusedCleanly() throws Exception {
    HttpResponse<String> big = upload(List.<String[]>of(new String[] {"big.txt", "x".repeat((int) TestServer.MAX_UPLOAD + 10)}), TestServer.TOKEN);
    assertEquals(413, big.statusCode(), big.body());
    assertTrue(JSON.readTree(big.body()).get("details").asText().contains("limit"));
    HttpResponse<String> none = post("/api/v1/ingest", "multipart/form-data; boundary=XyZ", multipart("XyZ", List.of(), "other", "1"), TestServer.TOKEN);
    assertEquals(400, none.statusCode(), none.body());
    HttpResponse<String> notMultipart = json("/api/v1/ingest", "{}", TestServer.TOKEN);
    assertEquals(400, notMultipart.statusCode(), notMultipart.body());
    assertEquals(404, HTTP.send(HttpRequest.newBuilder(URI.create(server.url("/api/v1/ingest/00000000-0000-0000-0000-000000000000"))).build(),
        HttpResponse.BodyHandlers.ofString()).statusCode());
    assertEquals(400, HTTP.send(HttpRequest.newBuilder(URI.create(server.url("/api/v1/ingest/..%2F..%2Fetc"))).build(),
        HttpResponse.BodyHandlers.ofString()).statusCode());
  }

  @Test
  void aliasesCanBeAddedAndListed() throws Exception {
    HttpResponse<String> r = json("/api/v1/aliases", "{\"alias\":\"Pyongyang\",\"canonical\":\"North Korea\",\"type\":\"country\"}", TestServer.TOKEN);
    assertEquals(201, r.statusCode(), r.body());
    JsonNode list = JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(server.url("/api/v1/aliases"))).build(), HttpResponse.BodyHandlers.ofString()).body());
    assertTrue(list.get("items").toString().contains("Pyongyang"));
    assertEquals(400, json("/api/v1/aliases", "{\"alias\":\"x\",\"canonical\":\"y\",\"type\":\"planet\"}", TestServer.TOKEN).statusCode());
  }

  @Test
  void closedReadsNeedTheTokenAndPagesRedirectToSignIn(@TempDir Path other) throws Exception {
    try (TestServer closed = TestServer.start(other, true)) {
      HttpClient noRedirects = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
      assertEquals(401, noRedirects.send(HttpRequest.newBuilder(URI.create(closed.url("/api/v1/clusters"))).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
      assertEquals(200, noRedirects.send(HttpRequest.newBuilder(URI.create(closed.url("/api/v1/clusters"))).header("Authorization", "Bearer " + TestServer.TOKEN).build(),
          HttpResponse.BodyHandlers.ofString()).statusCode());
      HttpResponse<String> page = noRedirects.send(HttpRequest.newBuilder(URI.create(closed.url("/sources"))).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(302, page.statusCode());
      assertEquals("/login?next=%2Fsources", page.headers().firstValue("Location").orElse(""));
      HttpResponse<String> signIn = noRedirects.send(HttpRequest.newBuilder(URI.create(closed.url("/login"))).header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString("token=" + TestServer.TOKEN + "&next=//evil.example/")).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(303, signIn.statusCode());
      assertEquals("/", signIn.headers().firstValue("Location").orElse(""), "no open redirect");
      String cookie = signIn.headers().firstValue("Set-Cookie").orElse("");
      assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
      assertEquals(200, noRedirects.send(HttpRequest.newBuilder(URI.create(closed.url("/sources"))).header("Cookie", cookie.substring(0, cookie.indexOf(';'))).build(),
          HttpResponse.BodyHandlers.ofString()).statusCode());
    }
  }
}
