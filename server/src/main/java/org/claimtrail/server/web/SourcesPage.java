package org.claimtrail.server.web;

import io.javalin.http.Context;
import org.claimtrail.server.Services;

/** Every source's track record: how its claims fared across articles. */
final class SourcesPage {
  private final Services s;

  SourcesPage(Services s) {
    this.s = s;
  }

  void render(Context ctx) {
    Templates.render(ctx, "sources", s.queries().sources(100));
  }
}
