package org.claimtrail.server.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.claimtrail.server.Params;
import org.claimtrail.server.Services;
import org.claimtrail.store.search.SearchHit;
import org.claimtrail.store.search.SearchQuery;

/**
 * Full-text search over claims and articles, with filters (stance, source, entity, publisher,
 * dates) and facet counts over the results that narrow the search with one click.
 */
final class SearchPage {
  private static final List<String> FILTERS = List.of("q", "type", "stance", "source", "entity", "publisher", "from", "to");
  private final Services s;

  SearchPage(Services s) {
    this.s = s;
  }

  void render(Context ctx) {
    Map<String, String> given = new LinkedHashMap<>();
    FILTERS.forEach(f -> Params.text(ctx, f).ifPresent(v -> given.put(f, v)));
    Html h = new Html().raw("<h1>Search</h1><form class=\"filters\" action=\"/search\"><input type=\"search\" name=\"q\" value=\"").text(given.get("q"))
        .raw("\" aria-label=\"Search\" placeholder=\"Words, \\\"a phrase\\\", source:HUR\"><select name=\"stance\" aria-label=\"Stance\"><option value=\"\">any stance</option>");
    for (String st : List.of("confirmed", "asserted", "claimed", "alleged", "hedged", "denied", "reported")) {
      h.raw("<option" + (st.equals(given.get("stance")) ? " selected" : "") + ">" + st + "</option>");
    }
    h.raw("</select>");
    for (String f : List.of("source", "entity", "publisher")) {
      h.raw("<input name=\"" + f + "\" placeholder=\"" + f + "\" aria-label=\"" + f + "\" value=\"").text(given.get(f)).raw("\">");
    }
    h.raw("<input type=\"date\" name=\"from\" aria-label=\"From\" value=\"").text(given.get("from")).raw("\"><input type=\"date\" name=\"to\" aria-label=\"To\" value=\"")
        .text(given.get("to")).raw("\"><button>Search</button></form>");
    try {
      SearchQuery query = new SearchQuery(given.getOrDefault("q", ""), Optional.ofNullable(given.get("type")), Optional.ofNullable(given.get("stance")),
          Optional.ofNullable(given.get("source")), Optional.ofNullable(given.get("entity")), Optional.ofNullable(given.get("publisher")),
          Params.date(ctx, "from", false), Params.date(ctx, "to", true), 200);
      List<SearchHit> hits = s.index().search(query);
      facets(h, given, hits);
      h.raw("<p class=\"count\">" + hits.size() + " result" + (hits.size() == 1 ? "" : "s") + (hits.size() == 200 ? " (the best 200)" : "") + "</p><ol class=\"hits\">");
      // The clusters of all the claims found, in one query rather than one per hit.
      Map<Long, Long> clusters = s.queries().clustersOfClaims(hits.stream().filter(x -> x.type().equals("claim")).map(SearchHit::id).toList());
      for (SearchHit hit : hits) {
        h.raw("<li class=\"hit " + Html.escape(hit.type()) + "\"><span class=\"kind\">").text(hit.type()).raw("</span> ");
        hit.stance().ifPresent(st -> h.raw("<span class=\"stance " + Html.escape(st) + "\">").text(st).raw("</span> "));
        hit.source().ifPresent(src -> h.raw("<strong>").text(src).raw("</strong> "));
        h.raw("<span class=\"when\">").text(hit.published().map(p -> p.length() > 10 ? p.substring(0, 10) : p).orElse("")).raw("</span> ")
            .raw("<a href=\"/articles/" + hit.articleId() + (hit.type().equals("claim") ? "#claim-" + hit.id() : "") + "\">").text(hit.title().orElse("article"))
            .raw("</a>");
        Long cluster = hit.type().equals("claim") ? clusters.get(hit.id()) : null;
        if (cluster != null) {
          h.raw(" · <a href=\"/clusters/" + cluster + "\">cluster</a>");
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

  /** Counts by kind, stance and source among the results; each count links to the narrowed search. */
  private static void facets(Html h, Map<String, String> given, List<SearchHit> hits) {
    Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
    for (SearchHit hit : hits) {
      counts.computeIfAbsent("type", k -> new TreeMap<>()).merge(hit.type(), 1, Integer::sum);
      hit.stance().ifPresent(st -> counts.computeIfAbsent("stance", k -> new TreeMap<>()).merge(st, 1, Integer::sum));
      hit.source().ifPresent(src -> counts.computeIfAbsent("source", k -> new TreeMap<>()).merge(src, 1, Integer::sum));
    }
    if (counts.isEmpty()) {
      return;
    }
    h.raw("<div class=\"facets\">");
    counts.forEach((facet, values) -> {
      h.raw("<div><span class=\"muted\">" + facet + ":</span> ");
      values.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(8).forEach(e -> {
        Map<String, String> narrowed = new LinkedHashMap<>(given);
        narrowed.put(facet, e.getKey());
        StringBuilder url = new StringBuilder("/search?");
        narrowed.forEach((k, v) -> url.append(k).append('=').append(Html.q(v)).append('&'));
        boolean active = e.getKey().equals(given.get(facet));
        h.raw("<a class=\"facet" + (active ? " active" : "") + "\" href=\"" + Html.escape(url.substring(0, url.length() - 1)) + "\">").text(e.getKey())
            .raw(" <span>" + e.getValue() + "</span></a> ");
      });
      h.raw("</div>");
    });
    h.raw("</div>");
  }
}
