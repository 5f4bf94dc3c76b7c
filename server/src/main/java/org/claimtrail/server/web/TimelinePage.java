package org.claimtrail.server.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import org.claimtrail.server.Params;
import org.claimtrail.server.Services;
import org.claimtrail.store.Queries;

/** Claims by or about an entity along time, stacked by stance per month, with zoom and date filters. */
final class TimelinePage {
  private final Services s;

  TimelinePage(Services s) {
    this.s = s;
  }

  /** Claims by or about an entity along time: a chart of claims per month by stance, then the list. */
  void render(Context ctx) {
    Optional<String> entity = Params.text(ctx, "entity");
    List<Queries.ClaimRow> rows = s.queries().timeline(entity, Params.date(ctx, "from", false), Params.date(ctx, "to", true), 2000);
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
      h.raw("<tr><td>").text(r.published().map(t -> t.toString().substring(0, 10)).orElse("")).raw("</td><td>").raw("<a href=\"/articles/" + r.articleId() + "#claim-" + r.id() + "\">").text(r.source()).raw("</a>")
          .raw("</td><td><span class=\"stance " + Html.escape(r.stance()) + "\">").text(r.stance()).raw("</span></td><td>").text(r.content()).raw("</td></tr>");
    }
    ctx.html(Html.page("Timeline", h.raw("</tbody></table>").toString()));
  }
}
