package org.claimtrail.server.api;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.Map;
import org.claimtrail.server.Params;
import org.claimtrail.store.Queries;
import org.claimtrail.store.search.SearchIndex;
import org.claimtrail.store.search.SearchQuery;

/** The read endpoints of {@code /api/v1}. */
public final class ApiRoutes {
  private final Queries queries;
  private final SearchIndex index;

  public ApiRoutes(Queries queries, SearchIndex index) {
    this.queries = queries;
    this.index = index;
  }

  public void register(Javalin app) {
    app.get("/api/v1/clusters", this::clusters);
    app.get("/api/v1/clusters/{id}", this::cluster);
    app.get("/api/v1/claims", this::claims);
    app.get("/api/v1/search", this::search);
    app.get("/api/v1/sources", this::sources);
    app.get("/api/v1/openapi.json", ctx -> ctx.contentType("application/json").result(OpenApi.document()));
  }

  private void clusters(Context ctx) {
    int limit = Params.integer(ctx, "limit", 20, 1, 500);
    int offset = Params.integer(ctx, "offset", 0, 0, 10_000_000);
    ctx.json(Map.of("limit", limit, "offset", offset, "items", queries.topClusters(limit, offset)));
  }

  private void cluster(Context ctx) {
    long id = Params.id(ctx, "id");
    ctx.json(queries.cluster(id).orElseThrow(() -> new NotFoundResponse("No claim cluster " + id)));
  }

  private void claims(Context ctx) {
    int limit = Params.integer(ctx, "limit", 50, 1, 1000);
    ctx.json(Map.of("items", queries.timeline(Params.text(ctx, "entity"), Params.date(ctx, "from", false), Params.date(ctx, "to", true), limit)));
  }

  private void search(Context ctx) {
    SearchQuery q;
    try {
      q = new SearchQuery(Params.text(ctx, "q").orElse(""), Params.text(ctx, "type"), Params.text(ctx, "stance"), Params.text(ctx, "source"),
          Params.text(ctx, "entity"), Params.text(ctx, "publisher"), Params.date(ctx, "from", false), Params.date(ctx, "to", true),
          Params.integer(ctx, "limit", 20, 1, 500));
      ctx.json(Map.of("items", index.search(q)));
    } catch (IllegalArgumentException e) {
      throw new org.claimtrail.server.BadRequest(e.getMessage());
    }
  }

  private void sources(Context ctx) {
    ctx.json(Map.of("items", queries.sources(Params.integer(ctx, "limit", 50, 1, 1000))));
  }
}
