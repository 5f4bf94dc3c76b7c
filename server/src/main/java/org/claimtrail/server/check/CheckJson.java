package org.claimtrail.server.check;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimtrail.model.CheckReport;

/** The one JSON shape of a {@link CheckReport}, for {@code GET /api/v1/check} and {@code claimtrail check --format json}. */
public final class CheckJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private CheckJson() {}

  public static ObjectNode of(CheckReport r) {
    ObjectNode o = JSON.createObjectNode();
    o.put("claim", r.claim()).put("candidates", r.candidates()).put("unrelated", r.unrelated()).put("seconds", r.seconds());
    ArrayNode articles = o.putArray("articles");
    for (CheckReport.Checked c : r.articles()) {
      ObjectNode a = articles.addObject();
      a.put("article_id", c.articleId()).put("stance", c.stance().label()).put("confidence", c.confidence())
          .put("label", c.label()).put("publisher", c.publisher()).put("url", c.url());
      c.published().ifPresent(p -> a.put("published", p.toString()));
      ArrayNode ev = a.putArray("evidence");
      for (CheckReport.Evidence e : c.evidence()) {
        ObjectNode x = ev.addObject().put("start", e.start()).put("end", e.end()).put("sentence", e.sentence()).put("similarity", e.similarity());
        ArrayNode claims = x.putArray("claims");
        for (CheckReport.EvidenceClaim k : e.claims()) {
          claims.addObject().put("id", k.id()).put("source", k.source()).put("cue", k.cue()).put("stance", k.stance()).put("content", k.content());
        }
      }
    }
    return o;
  }
}
