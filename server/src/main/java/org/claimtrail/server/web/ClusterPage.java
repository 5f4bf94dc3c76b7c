package org.claimtrail.server.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.claimtrail.server.Params;
import org.claimtrail.server.Services;
import org.claimtrail.store.Queries;

/**
 * One claim cluster: the claim, its status and history, the provenance tree (origin →
 * intermediaries → outlets), stance over time, every article that carries it with the exact
 * words, and the analyst's status override form.
 */
final class ClusterPage {
  private final Services s;

  ClusterPage(Services s) {
    this.s = s;
  }

  void render(Context ctx) {
    long id = Params.id(ctx, "id");
    Optional<Queries.ClusterView> v = s.queries().cluster(id);
    if (v.isEmpty()) {
      ctx.status(404).html(Html.page("Not found", "<h1>No such claim cluster</h1><p>Cluster " + id + " does not exist (clusters are renumbered by each linking run).</p>"));
      return;
    }
    Queries.ClusterView c = v.get();
    Html h = new Html().raw("<p><span class=\"status " + Html.escape(c.status()) + "\">").text(c.status()).raw("</span> · ")
        .text(c.origins().size() + " independent origin" + (c.origins().size() == 1 ? "" : "s") + " · " + c.members().size() + " claim"
            + (c.members().size() == 1 ? "" : "s"))
        .raw("</p><h1 class=\"claim\">").text(c.label()).raw("</h1><div class=\"columns\"><section>");
    provenance(h, c);
    h.raw("</section><section><h2>Status history</h2><ol class=\"history\">");
    for (Queries.Change ch : c.history()) {
      h.raw("<li><time>").text(ch.at().map(t -> t.toString().substring(0, 10)).orElse("undated")).raw("</time> <span class=\"status " + Html.escape(ch.status())
          + "\">").text(ch.status()).raw("</span> ").text(ch.reason()).raw("</li>");
    }
    h.raw("</ol>");
    stanceOverTime(h, c);
    h.raw("</section></div><section><h2>Where it was said</h2><table class=\"mentions\"><thead><tr><th>Date</th><th>Article</th><th>Source and provenance</th>"
        + "<th>Stance</th><th>Exact words</th></tr></thead><tbody>");
    for (Queries.ClaimRow r : c.members()) {
      h.raw("<tr><td>").text(Html.day(r.published())).raw("</td><td><a href=\"/articles/" + r.articleId() + "#claim-" + r.id() + "\">")
          .text(r.publisher() == null ? "article " + r.articleId() : r.publisher()).raw("</a><div class=\"muted\">").text(Html.cut(r.title(), 80))
          .raw("</div></td><td>").text(r.via().isEmpty() ? "" : String.join(" → ", r.via()) + " → ")
          .raw("<strong>").text(r.source()).raw("</strong> <span class=\"muted\">").text(r.cue()).raw("</span></td><td><span class=\"stance " + Html.escape(r.stance())
              + "\">").text(r.stance()).raw("</span></td><td>").raw(r.quote().equals("direct") ? "“" : "").text(r.content())
          .raw(r.quote().equals("direct") ? "”" : "").raw("</td></tr>");
    }
    h.raw("</tbody></table></section>");
    overrideForm(h, c);
    ctx.html(Html.page(Html.cut(c.label(), 60), h.toString()));
  }

  /** Origin → intermediaries → outlets, as nested lists, counting the claims on each path. */
  private static void provenance(Html h, Queries.ClusterView c) {
    Node root = new Node("");
    for (Queries.ClaimRow r : c.members()) {
      List<String> path = new ArrayList<>();
      path.add(r.source());
      List<String> via = new ArrayList<>(r.via());
      java.util.Collections.reverse(via);
      path.addAll(via);
      path.add(r.publisher() != null ? r.publisher() : r.title() != null ? r.title() : "article " + r.articleId());
      Node n = root;
      for (String step : path) {
        n = n.children.computeIfAbsent(step, Node::new);
        n.count++;
      }
    }
    h.raw("<h2>Provenance</h2><p class=\"muted\">Origin → intermediaries → outlets that carried it.</p><ul class=\"tree\">");
    root.children.values().forEach(n -> n.render(h, 0));
    h.raw("</ul>");
  }

  private static final class Node {
    final String name;
    final Map<String, Node> children = new TreeMap<>();
    int count;

    Node(String name) {
      this.name = name;
    }

    void render(Html h, int depth) {
      h.raw("<li><span class=\"" + (depth == 0 ? "origin" : children.isEmpty() ? "outlet" : "via") + "\">").text(name).raw("</span>");
      if (count > 1) {
        h.raw(" <span class=\"muted\">×" + count + "</span>");
      }
      if (!children.isEmpty()) {
        h.raw("<ul>");
        children.values().forEach(c -> c.render(h, depth + 1));
        h.raw("</ul>");
      }
      h.raw("</li>");
    }
  }

  /** One row per publication day: the stances of that day's claims. */
  private static void stanceOverTime(Html h, Queries.ClusterView c) {
    TreeMap<String, List<String>> byDay = new TreeMap<>();
    c.members().forEach(r -> byDay.computeIfAbsent(r.published().map(t -> t.toString().substring(0, 10)).orElse("undated"), k -> new ArrayList<>()).add(r.stance()));
    h.raw("<h2>Stance over time</h2><ol class=\"history\">");
    byDay.forEach((day, stances) -> {
      h.raw("<li><time>").text(day).raw("</time> ");
      stances.forEach(st -> h.raw("<span class=\"stance " + Html.escape(st) + "\">").text(st).raw("</span> "));
      h.raw("</li>");
    });
    h.raw("</ol>");
  }

  private static void overrideForm(Html h, Queries.ClusterView c) {
    h.raw("<details class=\"edit\"><summary>Override the status</summary><form method=\"post\" action=\"/clusters/" + c.id() + "/status\" class=\"stack\">")
        .raw("<label>New status <select name=\"status\">");
    for (String st : List.of("claimed", "corroborated", "confirmed", "disputed", "retracted")) {
      h.raw("<option" + (st.equals(c.status()) ? " selected" : "") + ">" + st + "</option>");
    }
    h.raw("</select></label><label>Reason <input name=\"reason\" required maxlength=\"512\" placeholder=\"e.g. confirmed by satellite imagery\"></label>")
        .raw("<label>API token <input type=\"password\" name=\"token\" required autocomplete=\"off\"></label><button>Save override</button></form></details>");
  }

  void override(Context ctx) {
    s.tokens().require(ctx);
    long id = Params.id(ctx, "id");
    try {
      s.edits().overrideStatus(id, ctx.formParam("status"), ctx.formParam("reason"));
    } catch (IllegalArgumentException e) {
      ctx.status(e.getMessage().startsWith("No claim cluster") ? 404 : 400)
          .html(Html.page("Not saved", new Html().raw("<h1>Not saved</h1><p class=\"error\">").text(e.getMessage())
              .raw("</p><p><a href=\"/clusters/" + id + "\">Back to the cluster</a></p>").toString()));
      return;
    }
    ctx.redirect("/clusters/" + id, io.javalin.http.HttpStatus.SEE_OTHER);
  }
}
