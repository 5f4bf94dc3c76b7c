package org.claimtrail.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimtrail.model.Claim;

/**
 * Scores predicted claims against gold claims of one article, at four levels: (a) the claim is
 * found (content overlap), (b) and its source is right, (c) and its stance, (d) and its provenance
 * chain. Pairs are matched one to one, best overlap first; a pair counts when the overlap of
 * their content words is at least half of the shorter content.
 */
public final class ClaimScorer {
  public static final double MIN_OVERLAP = 0.5;

  /**
   * The four levels' counts, the wrongly attributed matches (found, wrong source), the matches with
   * a wrong stance (right source), and the missed gold claims.
   */
  public record Result(Prf found, Prf source, Prf stance, Prf via, List<String> wrongSource, List<String> wrongStance, List<String> missed) {
    public Result plus(Result o) {
      return new Result(found.plus(o.found), source.plus(o.source), stance.plus(o.stance), via.plus(o.via), joined(wrongSource, o.wrongSource),
          joined(wrongStance, o.wrongStance), joined(missed, o.missed));
    }

    private static List<String> joined(List<String> a, List<String> b) {
      List<String> out = new ArrayList<>(a);
      out.addAll(b);
      return out;
    }

    public static Result empty() {
      return new Result(new Prf(0, 0, 0), new Prf(0, 0, 0), new Prf(0, 0, 0), new Prf(0, 0, 0), List.of(), List.of(), List.of());
    }
  }

  private ClaimScorer() {}

  public static Result score(List<GoldClaim> gold, List<Claim> predicted) {
    record Pair(int g, int p, double overlap) {}
    List<Pair> pairs = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      for (int p = 0; p < predicted.size(); p++) {
        double o = overlap(gold.get(g).content(), predicted.get(p).content());
        if (o >= MIN_OVERLAP) {
          pairs.add(new Pair(g, p, o));
        }
      }
    }
    pairs.sort((a, b) -> Double.compare(b.overlap(), a.overlap()));
    Set<Integer> usedG = new HashSet<>();
    Set<Integer> usedP = new HashSet<>();
    long found = 0;
    long source = 0;
    long stance = 0;
    long via = 0;
    List<String> wrong = new ArrayList<>();
    List<String> wrongStance = new ArrayList<>();
    for (Pair pair : pairs) {
      if (usedG.contains(pair.g()) || usedP.contains(pair.p())) {
        continue;
      }
      usedG.add(pair.g());
      usedP.add(pair.p());
      GoldClaim g = gold.get(pair.g());
      Claim p = predicted.get(pair.p());
      found++;
      boolean src = sameName(g.source(), p.source().name());
      if (!src) {
        wrong.add("gold " + g.source() + " / predicted " + p.source().name() + ": " + g.content());
        continue;
      }
      source++;
      if (g.stance().equalsIgnoreCase(p.stance().label())) {
        stance++;
        if (sameChain(g.via(), p.via())) {
          via++;
        }
      } else {
        wrongStance.add("gold " + g.stance() + " / predicted " + p.stance().label() + " (" + p.cue() + "): " + g.content());
      }
    }
    List<String> missed = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      if (!usedG.contains(g)) {
        missed.add(gold.get(g).source() + ": " + gold.get(g).content());
      }
    }
    int n = predicted.size();
    int m = gold.size();
    return new Result(new Prf(found, n, m), new Prf(source, n, m), new Prf(stance, n, m), new Prf(via, n, m), wrong, wrongStance, missed);
  }

  /** Names match when equal after normalising, or when one's words all occur in the other's. */
  public static boolean sameName(String a, String b) {
    Set<String> x = words(a);
    Set<String> y = words(b);
    if (x.isEmpty() || y.isEmpty()) {
      return false;
    }
    return x.equals(y) || y.containsAll(x) || x.containsAll(y);
  }

  static boolean sameChain(List<String> a, List<String> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!sameName(a.get(i), b.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** Shared content words over the smaller count. */
  public static double overlap(String a, String b) {
    List<String> x = tokens(a);
    List<String> y = tokens(b);
    if (x.isEmpty() || y.isEmpty()) {
      return 0;
    }
    List<String> rest = new ArrayList<>(y);
    int common = 0;
    for (String w : x) {
      if (rest.remove(w)) {
        common++;
      }
    }
    return (double) common / Math.min(x.size(), y.size());
  }

  private static List<String> tokens(String s) {
    List<String> out = new ArrayList<>();
    for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  private static Set<String> words(String s) {
    Set<String> out = new HashSet<>(tokens(s));
    out.remove("the");
    out.remove("of");
    return out;
  }
}
