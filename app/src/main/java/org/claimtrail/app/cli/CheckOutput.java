package org.claimtrail.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.claimtrail.app.check.CheckReport;
import org.claimtrail.model.BodyStance;

/** How {@code claimtrail check} prints a {@link CheckReport}: grouped by stance as text, or one JSON object. */
final class CheckOutput {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<BodyStance> ORDER = List.of(BodyStance.AGREE, BodyStance.DISAGREE, BodyStance.DISCUSS);

  private CheckOutput() {}

  static String text(CheckReport r) {
    StringBuilder b = new StringBuilder();
    b.append("Claim: ").append(r.claim()).append('\n');
    b.append(String.format(Locale.ROOT, "%d candidate articles read, %d unrelated, %d shown (%s)%n", r.candidates(), r.unrelated(),
        r.articles().size(), CheckCommand.seconds(r.seconds())));
    for (BodyStance s : ORDER) {
      List<CheckReport.Checked> group = r.of(s);
      b.append('\n').append(s.label().toUpperCase(Locale.ROOT)).append(" (").append(group.size()).append(")\n");
      for (CheckReport.Checked c : group) {
        b.append(String.format(Locale.ROOT, "  %.2f  %s  %s  %s  [article %d]%n", c.confidence(), orDash(c.publisher()),
            c.published().map(p -> p.toString().substring(0, 10)).orElse("----------"), orDash(c.title()), c.articleId()));
        for (CheckReport.Evidence e : c.evidence().subList(0, Math.min(2, c.evidence().size()))) {
          b.append(String.format(Locale.ROOT, "        \"%s\" (like the claim: %.2f)%n", e.sentence().replace('\n', ' '), e.similarity()));
          for (CheckReport.EvidenceClaim k : e.claims()) {
            b.append(String.format(Locale.ROOT, "          claim: %s %s (%s): %s%n", k.source(), k.cue(), k.stance(), k.content().replace('\n', ' ')));
          }
        }
      }
    }
    return b.toString();
  }

  static String json(CheckReport r) {
    ObjectNode o = JSON.createObjectNode();
    o.put("claim", r.claim()).put("candidates", r.candidates()).put("unrelated", r.unrelated()).put("seconds", r.seconds());
    ArrayNode articles = o.putArray("articles");
    for (CheckReport.Checked c : r.articles()) {
      ObjectNode a = articles.addObject();
      a.put("article_id", c.articleId()).put("stance", c.stance().label()).put("confidence", c.confidence())
          .put("title", c.title()).put("publisher", c.publisher()).put("url", c.url());
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
    return ArticleJson.write(o);
  }

  private static String orDash(String s) {
    return s == null || s.isBlank() ? "-" : s;
  }
}
