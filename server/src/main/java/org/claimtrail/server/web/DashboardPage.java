package org.claimtrail.server.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import org.claimtrail.server.Params;
import org.claimtrail.server.Services;
import org.claimtrail.server.progress.BackgroundIngest;
import org.claimtrail.store.Queries;

/** The dashboard: the largest claim clusters, the latest status changes, the most active sources. */
final class DashboardPage {
  private static final int PAGE = 30;
  /** How long the side panel is reused: it changes only when a linking run or an edit lands. */
  private static final long PANEL_MILLIS = 30_000;
  private final Services s;
  private Panel panel;
  private long panelAt;

  DashboardPage(Services s) {
    this.s = s;
  }

  /** Status changes and the most active sources. */
  record Panel(List<Queries.StatusChange> changes, List<Queries.SourceRecord> sources) {}

  /** What the page shows; {@code progress} is the background ingest's, when the server runs one. */
  record Model(boolean newest, int offset, List<Queries.ClusterSummary> clusters, Pager pager, Panel panel, Optional<BackgroundIngest.Snapshot> progress) {
    /** Whether the clusters part keeps polling: while the background ingest runs. */
    boolean live() {
      return progress.map(BackgroundIngest.Snapshot::running).orElse(false);
    }

    /** The address of the clusters part, for the poll. */
    String partUrl() {
      return "/dashboard/columns?offset=" + offset + (newest ? "&sort=newest" : "");
    }
  }

  void render(Context ctx) {
    Templates.render(ctx, "dashboard", model(ctx));
  }

  /** The clusters and the panel alone: what the page polls while a background ingest runs. */
  void columns(Context ctx) {
    Templates.render(ctx, "dashboardColumns", model(ctx));
  }

  private Model model(Context ctx) {
    int offset = Params.integer(ctx, "offset", 0, 0, 10_000_000);
    boolean newest = "newest".equals(ctx.queryParam("sort"));
    List<Queries.ClusterSummary> clusters = s.queries().clusters(newest, PAGE, offset);
    Optional<BackgroundIngest.Snapshot> progress = s.options().background().map(BackgroundIngest::snapshot);
    return new Model(newest, offset, clusters, Pager.of(newest ? "/?sort=newest" : "/", offset, PAGE, clusters.size()),
        panel(progress.map(BackgroundIngest.Snapshot::running).orElse(false)), progress);
  }

  /**
   * Counting claims per source reads every claim (0.7 s at 50,000 claims on H2), so the panel is
   * read at most every 30 s and shared; while a background ingest fills the store, every 5 s.
   */
  private synchronized Panel panel(boolean filling) {
    long now = System.currentTimeMillis();
    if (panel != null && now - panelAt < (filling ? 5_000 : PANEL_MILLIS)) {
      return panel;
    }
    panel = new Panel(s.queries().recentChanges(8), s.queries().activeSources(8));
    panelAt = now;
    return panel;
  }
}
