package org.claimtrail.server.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.claimtrail.server.Params;
import org.claimtrail.server.Services;
import org.claimtrail.store.Queries;

/** Claims by or about an entity along time, stacked by stance per month, with zoom and date filters. */
final class TimelinePage {
  private static final List<String> STANCES = List.of("confirmed", "asserted", "claimed", "alleged", "hedged", "denied", "reported");
  /** The chart counts up to this many claims; the table lists the first of them. */
  private static final int CLAIMS = 2000;
  private static final int LISTED = 300;
  private static final ObjectMapper JSON = new ObjectMapper();

  static {
    JSON.getFactory().setCharacterEscapes(new ScriptSafe());
  }

  private final Services s;

  TimelinePage(Services s) {
    this.s = s;
  }

  /** The filters as given, the claims found (count, chart data, the first ones listed). */
  record Model(String entity, String from, String to, int count, String chartJson, List<Queries.ClaimRow> rows) {}

  /** Claims by or about an entity along time: a chart of claims per month by stance, then the list. */
  void render(Context ctx) {
    Optional<String> entity = Params.text(ctx, "entity");
    List<Queries.ClaimRow> rows = s.queries().timeline(entity, Params.date(ctx, "from", false), Params.date(ctx, "to", true), CLAIMS);
    Templates.render(ctx, "timeline", new Model(entity.orElse(""), ctx.queryParam("from"), ctx.queryParam("to"), rows.size(), chart(rows),
        rows.subList(0, Math.min(LISTED, rows.size()))));
  }

  /** {"months": [...], "series": {stance: [count per month]}}. */
  private static String chart(List<Queries.ClaimRow> rows) {
    TreeMap<String, Map<String, Integer>> byMonth = new TreeMap<>();
    for (Queries.ClaimRow r : rows) {
      String month = r.published().map(t -> t.toString().substring(0, 7)).orElse("undated");
      byMonth.computeIfAbsent(month, k -> new TreeMap<>()).merge(r.stance(), 1, Integer::sum);
    }
    Map<String, List<Integer>> series = new LinkedHashMap<>();
    for (String stance : STANCES) {
      series.put(stance, byMonth.values().stream().map(m -> m.getOrDefault(stance, 0)).toList());
    }
    Map<String, Object> chart = new LinkedHashMap<>();
    chart.put("months", byMonth.keySet());
    chart.put("series", series);
    try {
      return JSON.writeValueAsString(chart);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write plain maps as JSON", e);
    }
  }

  /** JSON that can sit inside a script element: '<', '>' and '&' as \\u escapes, which JSON reads back unchanged. */
  private static final class ScriptSafe extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] escapes = standardAsciiEscapesForJSON();

    ScriptSafe() {
      for (char c : new char[] {'<', '>', '&'}) {
        escapes[c] = ESCAPE_STANDARD;
      }
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return escapes;
    }

    @Override
    public com.fasterxml.jackson.core.SerializableString getEscapeSequence(int ch) {
      return null;
    }
  }
}
