package org.claimtrail.server.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
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
  static final List<String> TEXT_FILTERS = List.of("source", "entity", "publisher");
  static final int LIMIT = 200;
  private final Services s;

  SearchPage(Services s) {
    this.s = s;
  }

  /** A facet's value: how many results have it, and the search narrowed to it. */
  record FacetValue(String value, int count, String url, boolean active) {}

  record Facet(String name, List<FacetValue> values) {}

  /** The filters as given, and the results (or why the query could not be read). */
  record Model(Map<String, String> filters, List<SearchHit> hits, List<Facet> facets, Map<Long, Long> clusters, String error) {
    String given(String filter) {
      return filters.get(filter);
    }

    /** The cluster of a claim hit, or null. */
    Long clusterOf(SearchHit hit) {
      return hit.type().equals("claim") ? clusters.get(hit.id()) : null;
    }
  }

  void render(Context ctx) {
    Map<String, String> given = new LinkedHashMap<>();
    FILTERS.forEach(f -> Params.text(ctx, f).ifPresent(v -> given.put(f, v)));
    try {
      SearchQuery query = new SearchQuery(given.getOrDefault("q", ""), Optional.ofNullable(given.get("type")), Optional.ofNullable(given.get("stance")),
          Optional.ofNullable(given.get("source")), Optional.ofNullable(given.get("entity")), Optional.ofNullable(given.get("publisher")),
          Params.date(ctx, "from", false), Params.date(ctx, "to", true), LIMIT);
      List<SearchHit> hits = s.index().search(query);
      // The clusters of all the claims found, in one query rather than one per hit.
      Map<Long, Long> clusters = s.queries().clustersOfClaims(hits.stream().filter(x -> x.type().equals("claim")).map(SearchHit::id).toList());
      Templates.render(ctx, "search", new Model(given, hits, facets(given, hits), clusters, null));
    } catch (IllegalArgumentException e) {
      ctx.status(400);
      Templates.render(ctx, "search", new Model(given, List.of(), List.of(), Map.of(), e.getMessage()));
    }
  }

  /** Counts by kind, stance and source among the results, the eight commonest of each. */
  private static List<Facet> facets(Map<String, String> given, List<SearchHit> hits) {
    Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
    for (SearchHit hit : hits) {
      counts.computeIfAbsent("type", k -> new TreeMap<>()).merge(hit.type(), 1, Integer::sum);
      hit.stance().ifPresent(st -> counts.computeIfAbsent("stance", k -> new TreeMap<>()).merge(st, 1, Integer::sum));
      hit.source().ifPresent(src -> counts.computeIfAbsent("source", k -> new TreeMap<>()).merge(src, 1, Integer::sum));
    }
    List<Facet> out = new ArrayList<>();
    counts.forEach((facet, values) -> out.add(new Facet(facet, values.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(8)
        .map(e -> new FacetValue(e.getKey(), e.getValue(), narrowed(given, facet, e.getKey()), e.getKey().equals(given.get(facet)))).toList())));
    return out;
  }

  /** The search with one filter set to {@code value}. */
  private static String narrowed(Map<String, String> given, String facet, String value) {
    Map<String, String> narrowed = new LinkedHashMap<>(given);
    narrowed.put(facet, value);
    return "/search?" + narrowed.entrySet().stream().map(e -> e.getKey() + "=" + Format.q(e.getValue())).collect(Collectors.joining("&"));
  }
}
