package org.claimtrail.server.web;

import io.javalin.http.Context;
import java.util.List;
import org.claimtrail.server.Params;
import org.claimtrail.server.Services;
import org.claimtrail.store.Queries;

/** The dashboard: the largest claim clusters, the latest status changes, the most active sources. */
final class DashboardPage {
  private static final int PAGE = 30;
  /** How long the side panel is reused: it changes only when a linking run or an edit lands. */
  private static final long PANEL_MILLIS = 30_000;
  private final Services s;
  private String panel;
  private long panelAt;

  DashboardPage(Services s) {
    this.s = s;
  }

  void render(Context ctx) {
    int offset = Params.integer(ctx, "offset", 0, 0, 10_000_000);
    boolean newest = "newest".equals(ctx.queryParam("sort"));
    Html h = new Html().raw("<h1>Claim clusters</h1><p class=\"lead\">The same claim across articles and outlets, with its independent origins and status.</p>")
        .raw("<form class=\"big-search\" action=\"/search\"><input type=\"search\" name=\"q\" placeholder=\"Search claims, e.g. troops\" aria-label=\"Search claims\"><button>Search</button></form>")
        .raw("<div class=\"columns\"><section class=\"wide\"><nav class=\"tabs\"><a href=\"/\"" + (newest ? "" : " class=\"active\"") + ">Largest</a>"
            + "<a href=\"/?sort=newest\"" + (newest ? " class=\"active\"" : "") + ">Newest</a></nav>");
    List<Queries.ClusterSummary> clusters = s.queries().clusters(newest, PAGE, offset);
    if (clusters.isEmpty() && offset == 0) {
      h.raw("<p class=\"empty\">No clusters yet: <a href=\"/ingest\">ingest articles</a>, then run <code>claimtrail link</code>.</p>");
    } else {
      h.raw("<table class=\"clusters\"><thead><tr><th>Status</th><th>Claim</th><th>Claims</th><th>Origins</th><th>Last change</th></tr></thead><tbody>");
      for (Queries.ClusterSummary c : clusters) {
        h.raw("<tr><td><span class=\"status " + Html.escape(c.status()) + "\">").text(c.status()).raw("</span></td><td><a href=\"/clusters/" + c.id() + "\">")
            .text(Html.cut(c.label(), 160)).raw("</a></td><td>" + c.members() + "</td><td>" + c.origins() + "</td><td>").text(Html.day(c.lastChange()))
            .raw("</td></tr>");
      }
      h.raw("</tbody></table>").raw(Html.pager(newest ? "/?sort=newest" : "/", offset, PAGE, clusters.size()));
    }
    ctx.html(Html.page("Clusters", h.raw("</section>").raw(panel()).raw("</div>").toString()));
  }

  /**
   * Status changes and the most active sources. Counting claims per source reads every claim
   * (0.7 s at 50,000 claims on H2), so the panel is built at most every 30 s and shared.
   */
  private synchronized String panel() {
    long now = System.currentTimeMillis();
    if (panel != null && now - panelAt < PANEL_MILLIS) {
      return panel;
    }
    Html h = new Html().raw("<aside><h2>Status changes</h2><ol class=\"changes\">");
    for (Queries.StatusChange c : s.queries().recentChanges(8)) {
      h.raw("<li><time>").text(Html.day(c.change().at())).raw("</time> <span class=\"status " + Html.escape(c.change().status()) + "\">").text(c.change().status())
          .raw("</span> <a href=\"/clusters/" + c.clusterId() + "\">").text(Html.cut(c.label(), 90)).raw("</a></li>");
    }
    h.raw("</ol><h2>Most active sources</h2><ol class=\"sources\">");
    for (Queries.SourceRecord r : s.queries().activeSources(8)) {
      h.raw("<li><a href=\"/timeline?entity=" + Html.escape(Html.q(r.source())) + "\">").text(r.source()).raw("</a> <span class=\"muted\">")
          .text(r.claims() + " claims, " + r.corroborated() + " corroborated").raw("</span></li>");
    }
    panel = h.raw("</ol></aside>").toString();
    panelAt = now;
    return panel;
  }
}
