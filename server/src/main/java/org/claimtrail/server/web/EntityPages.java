package org.claimtrail.server.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.claimtrail.server.Params;
import org.claimtrail.server.Services;
import org.claimtrail.store.EntityQueries;
import org.claimtrail.store.Queries;

/** The entity list (searchable by name or alias) and each entity's page. */
final class EntityPages {
  private static final int PAGE = 50;
  private final Services s;

  EntityPages(Services s) {
    this.s = s;
  }

  void list(Context ctx) {
    Optional<String> q = Params.text(ctx, "q");
    Optional<String> type = Params.entityType(ctx, "type");
    int offset = Params.integer(ctx, "offset", 0, 0, 10_000_000);
    Html h = new Html().raw("<h1>Entities</h1><form class=\"filters\" action=\"/entities\"><input type=\"search\" name=\"q\" placeholder=\"Name or alias, e.g. DPRK\" aria-label=\"Name\" value=\"")
        .text(q.orElse("")).raw("\"><select name=\"type\" aria-label=\"Type\"><option value=\"\">any type</option>");
    for (String t : List.of("PERSON", "ORGANIZATION", "COUNTRY", "PLACE", "MEDIA", "OTHER")) {
      h.raw("<option value=\"" + t + "\"" + (type.filter(t::equals).isPresent() ? " selected" : "") + ">" + t.toLowerCase(Locale.ROOT) + "</option>");
    }
    h.raw("</select><button>Find</button></form>");
    List<EntityQueries.EntitySummary> rows = s.entities().list(q, type, PAGE, offset);
    h.raw("<table><thead><tr><th>Entity</th><th>Type</th><th>Mentions</th><th>Claims made</th></tr></thead><tbody>");
    for (EntityQueries.EntitySummary e : rows) {
      h.raw("<tr><td><a href=\"/entities/" + e.id() + "\">").text(e.name()).raw("</a></td><td>").text(e.type().toLowerCase(Locale.ROOT))
          .raw("</td><td>" + e.mentions() + "</td><td>" + e.claims() + "</td></tr>");
    }
    h.raw("</tbody></table>");
    if (rows.isEmpty()) {
      h.raw("<p class=\"empty\">No entity matches.</p>");
    }
    String base = "/entities?q=" + Html.q(q.orElse("")) + "&type=" + Html.q(type.orElse(""));
    ctx.html(Html.page("Entities", h.raw(Html.pager(base, offset, PAGE, rows.size())).toString()));
  }

  void entity(Context ctx) {
    long id = Params.id(ctx, "id");
    Optional<EntityQueries.EntityView> found = s.entities().entity(id, 100);
    if (found.isEmpty()) {
      ctx.status(404).html(Html.page("Not found", "<h1>No such entity</h1><p>Entity " + id + " does not exist.</p>"));
      return;
    }
    EntityQueries.EntityView e = found.get();
    EntityQueries.TrackRecord r = e.record();
    Html h = new Html().raw("<p><span class=\"kind\">").text(e.summary().type().toLowerCase(Locale.ROOT)).raw("</span></p><h1>").text(e.summary().name())
        .raw("</h1><div class=\"columns\"><section><h2>Also known as</h2><p>");
    if (e.aliases().isEmpty()) {
      h.raw("<span class=\"muted\">no aliases seen</span>");
    }
    e.aliases().forEach(a -> h.raw("<span class=\"alias\">").text(a).raw("</span> "));
    h.raw("</p><h2>Roles</h2><p>");
    if (e.roles().isEmpty()) {
      h.raw("<span class=\"muted\">none stated</span>");
    }
    e.roles().forEach(role -> h.raw("<span class=\"alias\">").text(role).raw("</span> "));
    h.raw("</p><p><a href=\"/timeline?entity=" + Html.escape(Html.q(e.summary().name())) + "\">Timeline of claims by or about ").text(e.summary().name())
        .raw(" →</a></p></section><section><h2>Track record</h2><table class=\"record\"><tbody>")
        .raw("<tr><th>Claims made</th><td>" + r.claims() + "</td></tr><tr><th>In clusters</th><td>" + r.clusters() + "</td></tr>")
        .raw("<tr><th><span class=\"status claimed\">claimed</span> only</th><td>" + r.claimed() + "</td></tr>")
        .raw("<tr><th><span class=\"status corroborated\">corroborated</span></th><td>" + r.corroborated() + "</td></tr>")
        .raw("<tr><th><span class=\"status confirmed\">confirmed</span></th><td>" + r.confirmed() + "</td></tr>")
        .raw("<tr><th><span class=\"status disputed\">disputed</span></th><td>" + r.disputed() + "</td></tr>")
        .raw("<tr><th><span class=\"status retracted\">retracted</span></th><td>" + r.retracted() + "</td></tr></tbody></table></section></div>");
    claims(h, "Claims made by " + e.summary().name(), e.claimsBy());
    claims(h, "Claims about " + e.summary().name() + " (in the latest " + org.claimtrail.store.EntityQueries.ABOUT_ARTICLES + " articles naming it)", e.claimsAbout());
    h.raw("<details class=\"edit\"><summary>Add an alias</summary><form method=\"post\" action=\"/entities/" + id + "/aliases\" class=\"stack\">")
        .raw("<label>Alias <input name=\"alias\" required maxlength=\"512\" placeholder=\"e.g. Pyongyang\"></label>")
        .raw("<label>API token <input type=\"password\" name=\"token\" required autocomplete=\"off\"></label>")
        .raw("<p class=\"muted\">Later ingests resolve this alias to ").text(e.summary().name()).raw(".</p><button>Add alias</button></form></details>");
    ctx.html(Html.page(e.summary().name(), h.toString()));
  }

  private static void claims(Html h, String title, List<Queries.ClaimRow> rows) {
    h.raw("<section><h2>").text(title).raw(" <span class=\"muted\">(" + rows.size() + (rows.size() == 100 ? "+" : "") + ")</span></h2>");
    if (rows.isEmpty()) {
      h.raw("<p class=\"muted\">None stored.</p></section>");
      return;
    }
    h.raw("<table class=\"mentions\"><thead><tr><th>Date</th><th>Source</th><th>Stance</th><th>Claim</th></tr></thead><tbody>");
    for (Queries.ClaimRow c : rows) {
      h.raw("<tr><td>").text(Html.day(c.published())).raw("</td><td>").text(c.source()).raw("</td><td><span class=\"stance " + Html.escape(c.stance()) + "\">")
          .text(c.stance()).raw("</span></td><td><a href=\"/articles/" + c.articleId() + "#claim-" + c.id() + "\">").text(Html.cut(c.content(), 220))
          .raw("</a></td></tr>");
    }
    h.raw("</tbody></table></section>");
  }

  void addAlias(Context ctx) {
    s.tokens().require(ctx);
    long id = Params.id(ctx, "id");
    Optional<EntityQueries.EntityView> e = s.entities().entity(id, 1);
    if (e.isEmpty()) {
      ctx.status(404).html(Html.page("Not found", "<h1>No such entity</h1>"));
      return;
    }
    try {
      s.edits().addAlias(ctx.formParam("alias"), e.get().summary().name(), e.get().summary().type());
    } catch (IllegalArgumentException ex) {
      ctx.status(400).html(Html.page("Not saved", new Html().raw("<h1>Not saved</h1><p class=\"error\">").text(ex.getMessage())
          .raw("</p><p><a href=\"/entities/" + id + "\">Back</a></p>").toString()));
      return;
    }
    ctx.redirect("/entities/" + id, io.javalin.http.HttpStatus.SEE_OTHER);
  }
}
