package org.claimtrail.server.web;

import io.javalin.http.Context;
import java.util.Locale;
import org.claimtrail.server.Services;
import org.claimtrail.store.Queries;

/** Every source's track record: how its claims fared across articles. */
final class SourcesPage {
  private final Services s;

  SourcesPage(Services s) {
    this.s = s;
  }

  void render(Context ctx) {
    Html h = new Html().raw("<h1>Sources</h1><p class=\"lead\">How each source's claims fared across articles. A pronoun whose referent an article does not name (“she (unresolved)”) is left out: each is somebody else.</p><table><thead><tr><th>Source</th><th>Type</th>"
        + "<th>Claims</th><th>Clusters</th><th>Corroborated</th><th>Confirmed</th><th>Disputed</th><th>Retracted</th></tr></thead><tbody>");
    for (Queries.SourceRecord r : s.queries().sources(100)) {
      h.raw("<tr><td><a href=\"/timeline?entity=" + Html.escape(Html.q(r.source())) + "\">").text(r.source()).raw("</a></td><td>")
          .text(r.type().toLowerCase(Locale.ROOT)).raw("</td><td>" + r.claims() + "</td><td>" + r.clusters() + "</td><td>" + r.corroborated() + "</td><td>"
              + r.confirmed() + "</td><td>" + r.disputed() + "</td><td>" + r.retracted() + "</td></tr>");
    }
    ctx.html(Html.page("Sources", h.raw("</tbody></table>").toString()));
  }
}
