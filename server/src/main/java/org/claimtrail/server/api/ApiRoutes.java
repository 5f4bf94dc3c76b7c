package org.claimtrail.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.ServiceUnavailableResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimtrail.server.BadRequest;
import org.claimtrail.server.Params;
import org.claimtrail.server.Services;
import org.claimtrail.server.check.CheckJson;
import org.claimtrail.server.check.ClaimChecker;
import org.claimtrail.server.upload.UploadReceiver;
import org.claimtrail.store.Uploads;
import org.claimtrail.store.search.SearchQuery;

/** The endpoints of {@code /api/v1}: reads are public unless closed; writes need the API token. */
public final class ApiRoutes {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Services s;

  public ApiRoutes(Services services) {
    this.s = services;
  }

  public void register(Javalin app) {
    app.get("/api/v1/clusters", this::clusters);
    app.get("/api/v1/clusters/{id}", this::cluster);
    app.post("/api/v1/clusters/{id}/status", this::overrideStatus);
    app.get("/api/v1/claims", this::claims);
    app.get("/api/v1/timeline", this::claims);
    app.get("/api/v1/articles", this::articles);
    app.get("/api/v1/articles/{id}", this::article);
    app.get("/api/v1/entities", this::entities);
    app.get("/api/v1/entities/{id}", this::entity);
    app.get("/api/v1/aliases", ctx -> ctx.json(Map.of("items", s.edits().aliases())));
    app.post("/api/v1/aliases", this::addAlias);
    app.get("/api/v1/search", this::search);
    app.get("/api/v1/sources", this::sources);
    app.get("/api/v1/check", this::check);
    app.post("/api/v1/ingest", this::ingest);
    app.get("/api/v1/ingest/{job}", this::job);
    app.get("/api/v1/openapi.json", ctx -> ctx.contentType("application/json").result(OpenApi.document()));
  }

  private void clusters(Context ctx) {
    int limit = Params.integer(ctx, "limit", 20, 1, 500);
    int offset = Params.integer(ctx, "offset", 0, 0, 10_000_000);
    String sort = Params.text(ctx, "sort").orElse("size");
    if (!sort.equals("size") && !sort.equals("newest")) {
      throw new BadRequest("Parameter 'sort' must be 'size' or 'newest', got '" + sort + "'");
    }
    ctx.json(Map.of("limit", limit, "offset", offset, "items", s.queries().clusters(sort.equals("newest"), limit, offset)));
  }

  private void cluster(Context ctx) {
    long id = Params.id(ctx, "id");
    ctx.json(s.queries().cluster(id).orElseThrow(() -> new NotFoundResponse("No claim cluster " + id)));
  }

  private void claims(Context ctx) {
    int limit = Params.integer(ctx, "limit", 50, 1, 1000);
    ctx.json(Map.of("items", s.queries().timeline(Params.text(ctx, "entity"), Params.date(ctx, "from", false), Params.date(ctx, "to", true), limit)));
  }

  private void articles(Context ctx) {
    int limit = Params.integer(ctx, "limit", 20, 1, 500);
    int offset = Params.integer(ctx, "offset", 0, 0, 10_000_000);
    ctx.json(Map.of("limit", limit, "offset", offset, "items", s.articles().list(Params.text(ctx, "publisher"), limit, offset)));
  }

  private void article(Context ctx) {
    long id = Params.id(ctx, "id");
    ctx.json(s.articles().article(id).orElseThrow(() -> new NotFoundResponse("No article " + id)));
  }

  private void entities(Context ctx) {
    int limit = Params.integer(ctx, "limit", 50, 1, 500);
    int offset = Params.integer(ctx, "offset", 0, 0, 10_000_000);
    ctx.json(Map.of("limit", limit, "offset", offset, "items", s.entities().list(Params.text(ctx, "q"), Params.entityType(ctx, "type"), limit, offset)));
  }

  private void entity(Context ctx) {
    long id = Params.id(ctx, "id");
    ctx.json(s.entities().entity(id, Params.integer(ctx, "limit", 100, 1, 1000)).orElseThrow(() -> new NotFoundResponse("No entity " + id)));
  }

  private void search(Context ctx) {
    try {
      SearchQuery q = new SearchQuery(Params.text(ctx, "q").orElse(""), Params.text(ctx, "type"), Params.text(ctx, "stance"), Params.text(ctx, "source"),
          Params.text(ctx, "entity"), Params.text(ctx, "publisher"), Params.date(ctx, "from", false), Params.date(ctx, "to", true),
          Params.integer(ctx, "limit", 20, 1, 500));
      ctx.json(Map.of("items", s.index().search(q)));
    } catch (IllegalArgumentException e) {
      throw new BadRequest(e.getMessage());
    }
  }

  private void check(Context ctx) {
    ClaimChecker checker = s.options().checker().orElseThrow(() -> new ServiceUnavailableResponse("Claim checks are off on this server"));
    String claim = Params.text(ctx, "claim").orElseThrow(() -> new BadRequest("Parameter 'claim' is required"));
    int limit = Params.integer(ctx, "limit", 10, 1, 100);
    try {
      ctx.contentType("application/json").result(CheckJson.of(checker.check(claim, limit)).toString());
    } catch (IllegalArgumentException e) {
      throw new BadRequest(e.getMessage());
    }
  }

  private void sources(Context ctx) {
    ctx.json(Map.of("items", s.queries().sources(Params.integer(ctx, "limit", 50, 1, 1000))));
  }

  private void overrideStatus(Context ctx) {
    s.tokens().require(ctx);
    long id = Params.id(ctx, "id");
    JsonNode body = body(ctx);
    try {
      ctx.status(201).json(s.edits().overrideStatus(id, field(body, "status"), field(body, "reason")));
    } catch (IllegalArgumentException e) {
      if (e.getMessage().startsWith("No claim cluster")) {
        throw new NotFoundResponse(e.getMessage());
      }
      throw new BadRequest(e.getMessage());
    }
  }

  private void addAlias(Context ctx) {
    s.tokens().require(ctx);
    JsonNode body = body(ctx);
    try {
      ctx.status(201).json(s.edits().addAlias(field(body, "alias"), field(body, "canonical"), field(body, "type")));
    } catch (IllegalArgumentException e) {
      throw new BadRequest(e.getMessage());
    }
  }

  private void ingest(Context ctx) {
    s.receiver().checkDeclaredSize(ctx);
    s.tokens().require(ctx);
    List<UploadReceiver.Received> files = new ArrayList<>();
    String job = s.receiver().receive(ctx, files);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("job", job);
    out.put("status", "/api/v1/ingest/" + job);
    out.put("files", files);
    ctx.status(202).json(out);
  }

  private void job(Context ctx) {
    String job = Params.jobId(ctx, "job");
    List<Uploads.Upload> files = s.uploads().job(job);
    if (files.isEmpty()) {
      throw new NotFoundResponse("No ingest job " + job);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("job", job);
    out.put("state", JobState.of(files));
    out.put("files", files);
    ctx.json(out);
  }

  /** A JSON object body, with a clear 400 for anything else. */
  private static JsonNode body(Context ctx) {
    try {
      JsonNode n = JSON.readTree(ctx.body());
      if (n == null || !n.isObject()) {
        throw new BadRequest("The body must be a JSON object");
      }
      return n;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new BadRequest("The body is not valid JSON: " + e.getOriginalMessage());
    }
  }

  private static String field(JsonNode body, String name) {
    JsonNode v = body.get(name);
    return v == null || v.isNull() ? null : v.asText();
  }
}
