package org.claimtrail.server.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.claimtrail.server.Params;
import org.claimtrail.store.Queries;
import org.claimtrail.store.search.SearchHit;
import org.claimtrail.store.search.SearchIndex;
import org.claimtrail.store.search.SearchQuery;

/** The pages: dashboard of clusters, a cluster, search results, sources. */
public final class WebRoutes {
  private final Queries queries;
  private final SearchIndex index;

  public WebRoutes(Queries queries, SearchIndex index) {
    this.queries = queries;
    this.index = index;
  }

  public void register(Javalin app) {
    app.get("/", this::dashboard);
    app.get("/clusters/{id}", this::cluster);
    app.get("/search", this::search);
    app.get("/sources", this::sources);
    app.get("/timeline", this::timeline);
  }

  private void dashboard(Context ctx) {
    Html h = new Html().raw("<h1>Claim clusters</h1><p class=\"lead\">The same claim across articles and outlets, with its independent origins and status.</p>");
    List<Queries.ClusterSummary> clusters = queries.topClusters(30, Params.integer(ctx, "offset", 0, 0, 10_000_000));
    if (clusters.isEmpty()) {
      h.raw("<p class=\"empty\">No clusters yet: ingest articles, then run <code>claimtrail link</code>.</p>");
    }
    h.raw("<table class=\"clusters\"><thead><tr><th>Status</th><th>Claim</th><th>Claims</th><th>Origins</th><th>Last change</th></tr></thead><tbody>");
    for (Queries.ClusterSummary c : clusters) {
      h.raw("<tr><td><span class=\"status " + c.status() + "\">").text(c.status()).raw("</span></td><td><a href=\"/clusters/" + c.id() + "\">")
          .text(cut(c.label(), 160)).raw("</a></td><td>" + c.members() + "</td><td>" + c.origins() + "</td><td>")
          .text(c.lastChange().map(t -> t.toString().substring(0, 10)).orElse("")).raw("</td></tr>");
    }
    ctx.html(Html.page("Clusters", h.raw("</tbody></table>").toString()));
  }

  private void cluster(Context ctx) {
    long id = Params.id(ctx, "id");
    Optional<Queries.ClusterView> v = queries.cluster(id);
    if (v.isEmpty()) {
      ctx.status(404).html(Html.page("Not found", "<h1>No such claim cluster</h1><p>Cluster " + id + " does not exist (clusters are renumbered by each linking run).</p>"));
      return;
    }
    Queries.ClusterView c = v.get();
    Html h = new Html().raw("<p><span class=\"status " + c.status() + "\">").text(c.status()).raw("</span> · ").text(c.origins().size() + " independent origin"
        + (c.origins().size() == 1 ? "" : "s")).raw("</p><h1 class=\"claim\">").text(c.label()).raw("</h1>");
    h.raw("<section><h2>Origins</h2><ul class=\"origins\">");
    c.origins().forEach(o -> h.raw("<li>").text(o).raw("</li>"));
    h.raw("</ul></section><section><h2>Status history</h2><ol class=\"history\">");
    for (Queries.Change ch : c.history()) {
      h.raw("<li><time>").text(ch.at().map(t -> t.toString().substring(0, 10)).orElse("undated")).raw("</time> <span class=\"status " + ch.status() + "\">")
          .text(ch.status()).raw("</span> ").text(ch.reason()).raw("</li>");
    }
    h.raw("</ol></section><section><h2>Where it was said</h2><table class=\"mentions\"><thead><tr><th>Date</th><th>Outlet</th><th>Source and provenance</th><th>Stance</th><th>Exact words</th></tr></thead><tbody>");
    for (Queries.ClaimRow r : c.members()) {
      h.raw("<tr><td>").text(r.published().map(t -> t.toString().substring(0, 10)).orElse("")).raw("</td><td>").text(r.publisher() == null ? "" : r.publisher())
          .raw("</td><td>").text(r.publisher() == null ? "" : r.publisher() + " → ").text(r.via().isEmpty() ? "" : String.join(" → ", r.via()) + " → ")
          .raw("<strong>").text(r.source()).raw("</strong></td><td><span class=\"stance " + r.stance() + "\">").text(r.stance()).raw("</span></td><td>")
          .raw(r.quote().equals("direct") ? "“" : "").text(r.content()).raw(r.quote().equals("direct") ? "”" : "").raw("</td></tr>");
    }
    ctx.html(Html.page(cut(c.label(), 60), h.raw("</tbody></table></section>").toString()));
  }

  private void search(Context ctx) {
    String q = Params.text(ctx, "q").orElse("");
    Html h = new Html().raw("<h1>Search</h1><form class=\"big-search\" action=\"/search\"><input type=\"search\" name=\"q\" value=\"").text(q)
        .raw("\" aria-label=\"Search\"><select name=\"stance\"><option value=\"\">any stance</option>");
    for (String s : List.of("confirmed", "asserted", "claimed", "alleged", "hedged", "denied", "reported")) {
      h.raw("<option" + (s.equals(ctx.queryParam("stance")) ? " selected" : "") + ">" + s + "</option>");
    }
    h.raw("</select><button>Search</button></form>");
    try {
      SearchQuery query = new SearchQuery(q, Optional.empty(), Params.text(ctx, "stance"), Params.text(ctx, "source"), Params.text(ctx, "entity"),
          Params.text(ctx, "publisher"), Params.date(ctx, "from", false), Params.date(ctx, "to", true), 50);
      List<SearchHit> hits = index.search(query);
      h.raw("<p class=\"count\">" + hits.size() + " result" + (hits.size() == 1 ? "" : "s") + "</p><ol class=\"hits\">");
      for (SearchHit hit : hits) {
        h.raw("<li class=\"hit " + hit.type() + "\"><span class=\"kind\">").text(hit.type()).raw("</span> ");
        hit.stance().ifPresent(s -> h.raw("<span class=\"stance " + Html.escape(s) + "\">").text(s).raw("</span> "));
        hit.source().ifPresent(s -> h.raw("<strong>").text(s).raw("</strong> "));
        h.raw("<span class=\"when\">").text(hit.published().orElse("")).raw("</span>");
        if (hit.type().equals("claim")) {
          queries.clusterOfClaim(hit.id()).ifPresent(c -> h.raw(" <a href=\"/clusters/" + c + "\">cluster</a>"));
        }
        // The snippet comes from the highlighter, which escapes the text and adds only <b> tags.
        h.raw("<p>").raw(hit.snippet()).raw("</p></li>");
      }
      h.raw("</ol>");
    } catch (IllegalArgumentException e) {
      ctx.status(400);
      h.raw("<p class=\"error\">").text(e.getMessage()).raw("</p>");
    }
    ctx.html(Html.page("Search", h.toString()));
  }

  /** Claims by or about an entity along time: a chart of claims per month by stance, then the list. */
  private void timeline(Context ctx) {
    Optional<String> entity = Params.text(ctx, "entity");
    List<Queries.ClaimRow> rows = queries.timeline(entity, Params.date(ctx, "from", false), Params.date(ctx, "to", true), 2000);
    java.util.TreeMap<String, java.util.Map<String, Integer>> byMonth = new java.util.TreeMap<>();
    for (Queries.ClaimRow r : rows) {
      String month = r.published().map(t -> t.toString().substring(0, 7)).orElse("undated");
      byMonth.computeIfAbsent(month, k -> new java.util.TreeMap<>()).merge(r.stance(), 1, Integer::sum);
    }
    var json = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
    json.set("months", new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(byMonth.keySet()));
    var series = json.putObject("series");
    for (String stance : List.of("confirmed", "asserted", "claimed", "alleged", "hedged", "denied", "reported")) {
      var arr = series.putArray(stance);
      byMonth.values().forEach(m -> arr.add(m.getOrDefault(stance, 0)));
    }
    Html h = new Html().raw("<h1>Timeline</h1><form class=\"big-search\" action=\"/timeline\"><input type=\"search\" name=\"entity\" placeholder=\"Entity, e.g. Iran\" value=\"")
        .text(entity.orElse("")).raw("\" aria-label=\"Entity\"><input type=\"date\" name=\"from\" value=\"").text(ctx.queryParam("from"))
        .raw("\" aria-label=\"From\"><input type=\"date\" name=\"to\" value=\"").text(ctx.queryParam("to"))
        .raw("\" aria-label=\"To\"><button>Show</button></form><p class=\"count\">" + rows.size() + " claims</p>")
        .raw("<div id=\"chart\" style=\"height:320px;background:#fff;border:1px solid var(--line)\"></div>")
        // Data goes in a JSON block, with '<' escaped, so article text can never close the script.
        .raw("<script type=\"application/json\" id=\"chart-data\">" + json.toString().replace("<", "\\u003c") + "</script>")
        .raw("<script src=\"/webjars/echarts/5.3.1/dist/echarts.min.js\"></script><script src=\"/static/timeline.js\"></script>")
        .raw("<table class=\"mentions\"><thead><tr><th>Date</th><th>Source</th><th>Stance</th><th>Claim</th></tr></thead><tbody>");
    for (Queries.ClaimRow r : rows.subList(0, Math.min(300, rows.size()))) {
      h.raw("<tr><td>").text(r.published().map(t -> t.toString().substring(0, 10)).orElse("")).raw("</td><td>").text(r.source())
          .raw("</td><td><span class=\"stance " + Html.escape(r.stance()) + "\">").text(r.stance()).raw("</span></td><td>").text(r.content()).raw("</td></tr>");
    }
    ctx.html(Html.page("Timeline", h.raw("</tbody></table>").toString()));
  }

  private void sources(Context ctx) {
    Html h = new Html().raw("<h1>Sources</h1><p class=\"lead\">How each source's claims fared across articles.</p><table><thead><tr><th>Source</th><th>Type</th>"
        + "<th>Claims</th><th>Clusters</th><th>Corroborated</th><th>Confirmed</th><th>Disputed</th><th>Retracted</th></tr></thead><tbody>");
    for (Queries.SourceRecord r : queries.sources(100)) {
      h.raw("<tr><td>").text(r.source()).raw("</td><td>").text(r.type().toLowerCase(Locale.ROOT)).raw("</td><td>" + r.claims() + "</td><td>" + r.clusters()
          + "</td><td>" + r.corroborated() + "</td><td>" + r.confirmed() + "</td><td>" + r.disputed() + "</td><td>" + r.retracted() + "</td></tr>");
    }
    ctx.html(Html.page("Sources", h.raw("</tbody></table>").toString()));
  }

  private static String cut(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n - 1) + "…";
  }
}
