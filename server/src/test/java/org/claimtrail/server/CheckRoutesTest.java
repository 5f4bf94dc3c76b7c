package org.claimtrail.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.claimtrail.model.BodyStance;
import org.claimtrail.model.CheckReport;
import org.claimtrail.server.check.ClaimChecker;
import org.claimtrail.store.Store;
import org.claimtrail.store.search.SearchIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code GET /api/v1/check} and the "Check a claim" page over a real server, with a checker that
 * answers a fixed report whose texts are hostile (the stance model itself is tested in the app
 * module, through the same routes, in a real browser). Also: without a checker both say 503.
 */
class CheckRoutesTest {
  @TempDir static Path dir;
  static Store store;
  static SearchIndex index;
  static Javalin app;
  static Javalin bare;
  static final AtomicInteger LIMIT = new AtomicInteger();
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final ObjectMapper JSON = new ObjectMapper();
  static final String SENTENCE = "Officials said <script>window.__xss = 5</script> troops crossed the border, a spokesman added.";
  static final String CONTENT = "<script>window.__xss = 5</script> troops crossed the border";

  static final ClaimChecker CHECKER = (claim, limit) -> {
    if (claim.length() > 100) {
      throw new IllegalArgumentException("A claim is 1 to 100 characters, got " + claim.length());
    }
    LIMIT.set(limit);
    var ev = new CheckReport.Evidence(10, 10 + SENTENCE.length(), SENTENCE, 0.81,
        List.of(new CheckReport.EvidenceClaim(7, "Officials <b>", "said", "asserted", CONTENT)));
    var discuss = new CheckReport.Checked(3, "Troops <i>cross</i>", "Test Wire", Optional.of(Instant.parse("2024-10-20T00:00:00Z")), "https://x.example/3",
        BodyStance.DISCUSS, 0.77, List.of(ev));
    var agree = new CheckReport.Checked(4, "Troops confirmed", "Other Wire", Optional.empty(), "https://x.example/4", BodyStance.AGREE, 0.91, List.of(ev));
    return new CheckReport(claim, List.of(agree, discuss), 12, 10, 0.2);
  };

  @BeforeAll
  static void start() {
    store = Store.open(Store.h2Url(dir.resolve("db")));
    index = SearchIndex.open(dir.resolve("index"));
    app = ClaimtrailServer.create(store, index, ServerOptions.readOnly(dir.resolve("uploads")).withChecker(CHECKER)).start("127.0.0.1", 0);
    bare = ClaimtrailServer.create(store, index).start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    app.stop();
    bare.stop();
    index.close();
    store.close();
  }

  private static HttpResponse<String> get(Javalin server, String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void theApiAnswersTheReportAsJsonAndTheOpenApiDocumentDescribesIt() throws Exception {
    HttpResponse<String> r = get(app, "/api/v1/check?claim=" + q("Troops crossed the border") + "&limit=5");
    assertEquals(200, r.statusCode(), r.body());
    JsonNode j = JSON.readTree(r.body());
    assertEquals("Troops crossed the border", j.get("claim").asText());
    assertEquals(5, LIMIT.get(), "the limit is handed on");
    assertEquals(12, j.get("candidates").asInt());
    assertEquals("agree", j.get("articles").get(0).get("stance").asText());
    JsonNode discuss = j.get("articles").get(1);
    assertEquals("discuss", discuss.get("stance").asText());
    assertEquals("Troops <i>cross</i>", discuss.get("label").asText());
    assertEquals(SENTENCE, discuss.get("evidence").get(0).get("sentence").asText());
    assertEquals("Officials <b>", discuss.get("evidence").get(0).get("claims").get(0).get("source").asText());
    assertEquals("2024-10-20T00:00:00Z", discuss.get("published").asText());

    JsonNode openapi = JSON.readTree(get(app, "/api/v1/openapi.json").body());
    JsonNode check = openapi.get("paths").get("/api/v1/check").get("get");
    assertEquals("claim", check.get("parameters").get(0).get("name").asText());
    assertTrue(check.get("parameters").get(0).get("required").asBoolean());
    assertTrue(check.get("responses").has("503"));
  }

  @Test
  void aMissingOrBadClaimIsA400AndNoCheckerA503() throws Exception {
    for (String path : List.of("/api/v1/check", "/api/v1/check?claim=%20", "/api/v1/check?claim=x&limit=0", "/api/v1/check?claim=x&limit=abc",
        "/api/v1/check?claim=" + "x".repeat(101))) {
      HttpResponse<String> r = get(app, path);
      assertEquals(400, r.statusCode(), path + ": " + r.body());
      assertFalse(JSON.readTree(r.body()).get("details").asText().isBlank(), path);
    }
    HttpResponse<String> off = get(bare, "/api/v1/check?claim=troops");
    assertEquals(503, off.statusCode());
    assertTrue(JSON.readTree(off.body()).get("details").asText().contains("off"), off.body());
    HttpResponse<String> page = get(bare, "/check?claim=troops");
    assertEquals(503, page.statusCode());
    assertTrue(page.body().contains("Claim checks are off"), page.body());
  }

  @Test
  void thePageGroupsByStanceMarksTheClaimsInTheEvidenceAndEscapesEverything() throws Exception {
    String hostileClaim = "troops \"><script>window.__xss = 6</script>";
    HttpResponse<String> r = get(app, "/check?claim=" + q(hostileClaim));
    assertEquals(200, r.statusCode());
    String html = r.body();
    assertFalse(html.contains("<script>window.__xss"), "no script from the claim or the evidence reaches the page");
    String box = html.substring(html.indexOf("<form class=\"check\""), html.indexOf("</form>", html.indexOf("<form class=\"check\"")));
    assertTrue(box.contains("value=\"troops &#34;>&lt;script>window.__xss = 6&lt;/script>\""), "the claim stays in the box, escaped: " + box);
    int agree = html.indexOf("id=\"stance-agree\"");
    int disagree = html.indexOf("id=\"stance-disagree\"");
    int discuss = html.indexOf("id=\"stance-discuss\"");
    assertTrue(0 < agree && agree < disagree && disagree < discuss, "agree, disagree, discuss in that order");
    assertTrue(html.indexOf("Troops confirmed") > agree && html.indexOf("Troops confirmed") < disagree, "the agreeing article under agree");
    assertTrue(html.indexOf("Troops &lt;i&gt;cross&lt;/i&gt;") > discuss, "the discussing one under discuss");
    String evidence = html.substring(html.indexOf("<blockquote"), html.indexOf("</blockquote>"));
    assertTrue(evidence.contains("Officials said <mark class=\"claim asserted\" title=\"Officials &lt;b> said (asserted)\">"
        + "&lt;script&gt;window.__xss = 5&lt;/script&gt; troops crossed the border</mark>, a spokesman added."),
        "the claim inside the evidence sentence is marked by its stance: " + evidence);
    assertTrue(html.contains("<a href=\"/check\">Check a claim</a>"), "the page is in the header's sections");
  }

  @Test
  void withoutAClaimThePageIsTheEmptyBox() throws Exception {
    HttpResponse<String> r = get(app, "/check");
    assertEquals(200, r.statusCode());
    assertTrue(r.body().contains("name=\"claim\""));
    assertFalse(r.body().contains("stance-agree"));
  }
}
