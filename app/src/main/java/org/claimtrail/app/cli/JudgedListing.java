package org.claimtrail.app.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.stream.Collectors;
import org.claimtrail.eval.judged.Field;
import org.claimtrail.eval.judged.JudgedReport;
import org.claimtrail.eval.judged.Mark;
import org.claimtrail.eval.judged.Outcome;

/** {@code eval judged -v}: each judged negative, its pattern and note, and what the run made of it. */
final class JudgedListing {
  private JudgedListing() {}

  static void print(JudgedReport report, PrintStream out) {
    out.println();
    for (Outcome o : report.outcomes()) {
      var j = o.judged();
      String negatives = j.patterns().entrySet().stream().filter(e -> j.verdict().get(e.getKey()) == Mark.N)
          .map(e -> e.getKey().shortName() + ":" + e.getValue()).collect(Collectors.joining(" "));
      if (negatives.isEmpty()) {
        continue;
      }
      String now = o.match().map(c -> String.format(Locale.ROOT, "now %s / %s / %s [%s]", c.cue(), c.source().name(), c.stance().label(),
          Field.SOURCE.shortName() + "=" + o.now(Field.SOURCE) + " " + Field.CONTENT.shortName() + "=" + o.now(Field.CONTENT) + " "
              + Field.STANCE.shortName() + "=" + o.now(Field.STANCE))).orElse("gone");
      out.printf(Locale.ROOT, "#%d %s %s | was %s / %s / %s | %s | %s%n", j.n(), j.corpus(), negatives, j.cue(), j.source(), j.stance(), now,
          j.first().note());
    }
  }
}
