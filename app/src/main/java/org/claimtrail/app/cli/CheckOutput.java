package org.claimtrail.app.cli;

import java.util.List;
import java.util.Locale;
import org.claimtrail.model.CheckReport;
import org.claimtrail.server.check.CheckJson;
import org.claimtrail.model.BodyStance;

/** How {@code claimtrail check} prints a {@link CheckReport}: grouped by stance as text, or one JSON object. */
final class CheckOutput {
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
            c.published().map(p -> p.toString().substring(0, 10)).orElse("----------"), orDash(c.label()), c.articleId()));
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
    return ArticleJson.write(CheckJson.of(r));
  }

  private static String orDash(String s) {
    return s == null || s.isBlank() ? "-" : s;
  }
}
