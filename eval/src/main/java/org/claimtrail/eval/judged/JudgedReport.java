package org.claimtrail.eval.judged;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The figures of a judged set against a new run: per corpus and overall, the sample as judged and
 * as the run now stands (real claims, fully right, source, content and stance right), what became
 * of the judged non-claims and right claims, the share of the run's claims the sample does not
 * speak for, and per pattern how many of its negatives are fixed, still there, changed (unjudged)
 * or lost with their claim.
 */
public record JudgedReport(JudgedSet set, List<Outcome> outcomes, List<JudgedClaim> unscorable, Map<String, int[]> unjudged) {
  public JudgedReport {
    outcomes = List.copyOf(outcomes);
    unscorable = List.copyOf(unscorable);
    unjudged = Map.copyOf(unjudged);
  }

  /** Counts over a group of outcomes: judged, and now. */
  public record Tally(int decided, int real, int fully, int[] source, int[] content, int[] stance, int decidedNow, int realNow, int fullyNow,
      int fullyNowAtMost, int[] sourceNow, int[] contentNow, int[] stanceNow, int nonClaims, int nonClaimsStill, int rightFound, int lost) {
    static Tally of(List<Outcome> os) {
      int decided = 0, real = 0, fully = 0, decidedNow = 0, realNow = 0, fullyNow = 0, atMost = 0, non = 0, nonStill = 0, found = 0, lost = 0;
      int[] s = new int[2], c = new int[2], t = new int[2], sn = new int[3], cn = new int[3], tn = new int[3];
      for (Outcome o : os) {
        Verdict d = o.judged().verdict();
        Mark claim = d.get(Field.IS_CLAIM);
        decided += claim == Mark.Y || claim == Mark.N ? 1 : 0;
        non += claim == Mark.N ? 1 : 0;
        nonStill += claim == Mark.N && o.found() ? 1 : 0;
        if (claim == Mark.Y) {
          real++;
          fully += all(f -> d.get(f) == Mark.Y) ? 1 : 0;
          count(s, d.get(Field.SOURCE));
          count(c, d.get(Field.CONTENT));
          count(t, d.get(Field.STANCE));
          found += o.found() ? 1 : 0;
          lost += o.found() ? 0 : 1;
        }
        if (!o.found() || (claim != Mark.Y && claim != Mark.N)) {
          continue;
        }
        decidedNow++;
        if (claim == Mark.Y) {
          realNow++;
          fullyNow += all(f -> o.now(f) == Mark.Y) ? 1 : 0;
          atMost += all(f -> o.now(f) == Mark.Y || o.now(f) == Mark.U) ? 1 : 0;
          countNow(sn, o.now(Field.SOURCE));
          countNow(cn, o.now(Field.CONTENT));
          countNow(tn, o.now(Field.STANCE));
        }
      }
      return new Tally(decided, real, fully, s, c, t, decidedNow, realNow, fullyNow, atMost, sn, cn, tn, non, nonStill, found, lost);
    }

    private static boolean all(Predicate<Field> p) {
      return p.test(Field.SOURCE) && p.test(Field.CONTENT) && p.test(Field.STANCE);
    }

    private static void count(int[] yn, Mark m) {
      yn[0] += m == Mark.Y ? 1 : 0;
      yn[1] += m == Mark.Y || m == Mark.N ? 1 : 0;
    }

    private static void countNow(int[] ynu, Mark m) {
      count(ynu, m);
      ynu[2] += m == Mark.U ? 1 : 0;
    }
  }

  public Tally tally(String corpus) {
    return Tally.of(outcomes.stream().filter(o -> corpus == null || o.judged().corpus().equals(corpus)).toList());
  }

  /** Per pattern key: {judged N, fixed, still, changed, lost}. */
  public Map<String, int[]> byPattern() {
    Map<String, int[]> out = new java.util.LinkedHashMap<>();
    set.patterns().keySet().forEach(k -> out.put(k, new int[5]));
    for (Outcome o : outcomes) {
      Verdict d = o.judged().verdict();
      for (var e : o.judged().patterns().entrySet()) {
        Field f = e.getKey();
        if (d.get(f) != Mark.N) {
          continue; // borderline: on neither side
        }
        int[] row = out.get(e.getValue());
        row[0]++;
        if (f == Field.IS_CLAIM) {
          row[o.found() ? 2 : 1]++;
        } else if (!o.found()) {
          row[4]++;
        } else {
          Mark now = o.now(f);
          row[now == Mark.Y ? 1 : now == Mark.N ? 2 : 3]++;
        }
      }
    }
    return out;
  }

  public void print(PrintStream out) {
    out.printf(Locale.ROOT, "Judged set %s: %d claims. %s%n", set.name(), set.items().size(), set.description());
    out.println("Matching: a claim of this run is a judged one when it is in the same article, its cue shares a character with the judged cue"
        + " and its content one with the judged content.");
    if (!unscorable.isEmpty()) {
      out.printf(Locale.ROOT, "Not scored: %d judged claims whose article is missing from this run or whose text changed (offsets moved).%n",
          unscorable.size());
    }
    List<String> corpora = new ArrayList<>();
    corpora.add(null);
    set.corpora().forEach(c -> corpora.add(c.name()));
    for (String corpus : corpora) {
      printCorpus(out, corpus);
    }
    out.println();
    out.printf(Locale.ROOT, "%-70s %8s %6s %6s %8s %5s%n", "pattern (negative verdicts)", "judged N", "fixed", "still", "changed", "lost");
    for (var e : byPattern().entrySet()) {
      int[] r = e.getValue();
      String label = e.getKey() + " " + set.patterns().get(e.getKey());
      out.printf(Locale.ROOT, "%-70s %8d %6d %6d %8d %5d%n", label.length() > 70 ? label.substring(0, 69) + "…" : label, r[0], r[1], r[2], r[3], r[4]);
    }
    out.println("(fixed: a non-claim no longer produced, or the field now right; still: produced, or still wrong; changed: changed, not judged;"
        + " lost: the claim is no longer found)");
  }

  private void printCorpus(PrintStream out, String corpus) {
    Tally t = tally(corpus);
    out.println();
    out.printf(Locale.ROOT, "%s%n", corpus == null ? "all" : corpus);
    out.printf(Locale.ROOT, "  as judged: real claims %s   fully right %s   source %s   content %s   stance %s%n", share(t.real(), t.decided()),
        share(t.fully(), t.decided()), share(t.source()[0], t.source()[1]), share(t.content()[0], t.content()[1]), share(t.stance()[0], t.stance()[1]));
    out.printf(Locale.ROOT, "  this run:  real claims %s   fully right %s (at most %s if every changed part is right)%n", share(t.realNow(), t.decidedNow()),
        share(t.fullyNow(), t.decidedNow()), share(t.fullyNowAtMost(), t.decidedNow()));
    out.printf(Locale.ROOT, "             source %s   content %s   stance %s%n", shareNow(t.sourceNow()), shareNow(t.contentNow()), shareNow(t.stanceNow()));
    out.printf(Locale.ROOT, "             judged non-claims still produced %d/%d; judged real claims still found %d/%d (lost %d)%n", t.nonClaimsStill(),
        t.nonClaims(), t.rightFound(), t.real(), t.lost());
    int[] u = corpus == null ? unjudged.values().stream().reduce(new int[2], (a, b) -> new int[] {a[0] + b[0], a[1] + b[1]}) : unjudged.getOrDefault(corpus, new int[2]);
    out.printf(Locale.ROOT, "             claims of this run the sample does not speak for (new): %s%n", share(u[0], u[1]));
  }

  static String share(int a, int b) {
    return String.format(Locale.ROOT, "%d/%d = %.1f %%", a, b, b == 0 ? 0.0 : 100.0 * a / b);
  }

  private static String shareNow(int[] ynu) {
    return share(ynu[0], ynu[1]) + (ynu[2] > 0 ? " (+" + ynu[2] + " changed)" : "");
  }
}
