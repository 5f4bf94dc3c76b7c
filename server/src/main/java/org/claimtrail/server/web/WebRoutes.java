package org.claimtrail.server.web;

import io.javalin.Javalin;
import org.claimtrail.server.Services;

/** Registers the pages; each page class reads what one kind of page shows, and its template (src/main/jte) draws it. */
public final class WebRoutes {
  private final Services s;

  public WebRoutes(Services services) {
    this.s = services;
  }

  public void register(Javalin app) {
    DashboardPage dashboard = new DashboardPage(s);
    ClusterPage cluster = new ClusterPage(s);
    EntityPages entities = new EntityPages(s);
    ArticlePages articles = new ArticlePages(s);
    IngestPages ingest = new IngestPages(s);
    app.get("/", dashboard::render);
    app.get("/dashboard/columns", dashboard::columns);
    app.get("/progress", ingest::progress);
    app.get("/clusters/{id}", cluster::render);
    app.post("/clusters/{id}/status", cluster::override);
    app.get("/search", new SearchPage(s)::render);
    app.get("/check", new CheckPage(s)::render);
    app.get("/sources", new SourcesPage(s)::render);
    app.get("/timeline", new TimelinePage(s)::render);
    app.get("/entities", entities::list);
    app.get("/entities/{id}", entities::entity);
    app.post("/entities/{id}/aliases", entities::addAlias);
    app.get("/articles", articles::list);
    app.get("/articles/{id}", articles::article);
    app.get("/ingest", ingest::form);
    app.post("/ingest", ingest::upload);
    app.get("/ingest/jobs/{job}", ingest::job);
    app.get("/ingest/jobs/{job}/status", ingest::jobStatus);
    LoginPage login = new LoginPage(s);
    app.get("/login", login::form);
    app.post("/login", login::signIn);
  }
}
