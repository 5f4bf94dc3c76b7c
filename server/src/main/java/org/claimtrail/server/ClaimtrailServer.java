package org.claimtrail.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.Map;
import org.claimtrail.server.api.ApiRoutes;
import org.claimtrail.server.web.Templates;
import org.claimtrail.server.web.WebRoutes;
import org.claimtrail.store.Store;
import org.claimtrail.store.search.SearchIndex;

/** The HTTP server: JSON API under /api/v1 and the web UI, over one store and its index. */
public final class ClaimtrailServer {
  private ClaimtrailServer() {}

  /** A read-only server (no token, no uploads). */
  public static Javalin create(Store store, SearchIndex index) {
    return create(store, index, ServerOptions.readOnly(java.nio.file.Path.of("claimtrail-data", "uploads")));
  }

  /** Builds (does not start) the Javalin app. */
  public static Javalin create(Store store, SearchIndex index, ServerOptions options) {
    ObjectMapper json = new ObjectMapper().registerModule(new Jdk8Module()).registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    Services services = Services.of(store, index, options);
    Javalin app = Javalin.create(cfg -> {
      cfg.showJavalinBanner = false;
      // Uploads stream to disk past 1 MB; Jetty refuses parts and requests over the limit.
      cfg.jetty.multipartConfig.maxFileSize(options.maxUploadBytes(), io.javalin.config.SizeUnit.BYTES);
      cfg.jetty.multipartConfig.maxTotalRequestSize(options.maxUploadBytes(), io.javalin.config.SizeUnit.BYTES);
      cfg.jetty.multipartConfig.maxInMemoryFileSize(1, io.javalin.config.SizeUnit.MB);
      // JSON bodies of the edit endpoints are small.
      cfg.http.maxRequestSize = 64 * 1024;
      cfg.jsonMapper(new JavalinJackson(json, false));
      cfg.fileRenderer(Templates.renderer());
      cfg.staticFiles.enableWebjars();
      cfg.staticFiles.add(s -> {
        s.hostedPath = "/static";
        s.directory = "/static";
        s.location = Location.CLASSPATH;
      });
    });
    // Defence in depth behind the escaping: no script but our own files, no framing, no MIME sniffing.
    app.before(ctx -> {
      ctx.header("X-Content-Type-Options", "nosniff");
      ctx.header("X-Frame-Options", "DENY");
      ctx.header("Referrer-Policy", "no-referrer");
      ctx.header("Content-Security-Policy",
          "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; frame-ancestors 'none'; base-uri 'none'");
    });
    if (options.closedReads()) {
      app.beforeMatched(ctx -> ReadGate.check(ctx, services.tokens()));
    }
    new ApiRoutes(services).register(app);
    new WebRoutes(services).register(app);
    app.exception(org.claimtrail.server.upload.UploadReceiver.TooLarge.class, (e, ctx) -> error(ctx, 413, "Too large", e.getMessage()));
    app.exception(BadRequest.class, (e, ctx) -> error(ctx, 400, "Bad request", e.getMessage()));
    app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), "Error", e.getMessage()));
    app.exception(Exception.class, (e, ctx) -> {
      // The one place an unexpected failure is told: on the server's error stream, with its trace.
      System.err.println("claimtrail: internal error on " + ctx.method() + " " + ctx.path() + ":");
      e.printStackTrace(System.err);
      error(ctx, 500, "Internal error", "The server failed on this request; it has been logged.");
    });
    app.error(404, ctx -> {
      if (ctx.result() == null || ctx.result().isEmpty()) {
        error(ctx, 404, "Not found", "No such page: " + ctx.path());
      }
    });
    return app;
  }

  /** JSON for the API, a readable page for people; never a stack trace. */
  private static void error(io.javalin.http.Context ctx, int status, String title, String details) {
    ctx.status(status);
    if (ctx.path().startsWith("/api/")) {
      ctx.json(Map.of("title", title, "status", status, "details", details == null ? "" : details));
    } else {
      Templates.error(ctx, status, title, details);
    }
  }
}
