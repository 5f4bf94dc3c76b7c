package org.claimtrail.eval.fnc1;

import java.util.List;
import java.util.Locale;
import org.claimtrail.eval.Prf;
import org.claimtrail.model.BodyStance;

/**
 * The FNC-1 scores of predicted stances against gold ones. The challenge's weighted score gives
 * 0.25 for each right related/unrelated decision and 0.75 more for the right one of agree,
 * disagree and discuss on a related pair (its scorer.py); {@link #relative()} is that score as a
 * share of the best possible. Per-class F1 and their mean (macro-F1) go beside it, since the
 * weighted score rewards answering "discuss" for every related pair.
 */
public final class Fnc1Score {
  private static final BodyStance[] CLASSES = BodyStance.values();
  /** [gold][predicted] counts, in {@link BodyStance} order. */
  private final long[][] confusion = new long[CLASSES.length][CLASSES.length];
  private double score;
  private double best;

  public static Fnc1Score of(List<BodyStance> gold, List<BodyStance> predicted) {
    if (gold.size() != predicted.size()) {
      throw new IllegalArgumentException(gold.size() + " gold stances but " + predicted.size() + " predicted");
    }
    Fnc1Score s = new Fnc1Score();
    for (int i = 0; i < gold.size(); i++) {
      s.add(gold.get(i), predicted.get(i));
    }
    return s;
  }

  private void add(BodyStance gold, BodyStance predicted) {
    confusion[gold.ordinal()][predicted.ordinal()]++;
    best += gold.related() ? 1.0 : 0.25;
    if (gold == predicted) {
      score += gold.related() ? 0.75 : 0.25;
    }
    if (gold.related() && predicted.related()) {
      score += 0.25;
    }
  }

  /** The challenge's weighted score. */
  public double score() {
    return score;
  }

  /** The weighted score as a share of the best possible (1.0 when every pair is right). */
  public double relative() {
    return best == 0 ? 0 : score / best;
  }

  public long count(BodyStance gold, BodyStance predicted) {
    return confusion[gold.ordinal()][predicted.ordinal()];
  }

  public Prf prf(BodyStance c) {
    long predicted = 0;
    long gold = 0;
    for (BodyStance o : CLASSES) {
      predicted += count(o, c);
      gold += count(c, o);
    }
    return new Prf(count(c, c), predicted, gold);
  }

  /** The mean F1 of the four classes. */
  public double macroF1() {
    double sum = 0;
    for (BodyStance c : CLASSES) {
      sum += prf(c).f1();
    }
    return sum / CLASSES.length;
  }

  /** The share of pairs whose stance is right. */
  public double accuracy() {
    long right = 0;
    long all = 0;
    for (BodyStance g : CLASSES) {
      for (BodyStance p : CLASSES) {
        all += count(g, p);
        right += g == p ? count(g, p) : 0;
      }
    }
    return all == 0 ? 0 : (double) right / all;
  }

  /** The scores and the confusion matrix as the report prints them. */
  public String report() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "FNC-1 relative score %.4f (weighted %.2f of %.2f); macro-F1 %.4f; accuracy %.4f%n",
        relative(), score, best, macroF1(), accuracy()));
    for (BodyStance c : CLASSES) {
      b.append(String.format(Locale.ROOT, "  %-10s %s%n", c.label(), prf(c)));
    }
    b.append(String.format(Locale.ROOT, "  confusion (rows gold, columns predicted):%n  %-10s", ""));
    for (BodyStance p : CLASSES) {
      b.append(String.format(Locale.ROOT, "%10s", p.label()));
    }
    b.append(System.lineSeparator());
    for (BodyStance g : CLASSES) {
      b.append(String.format(Locale.ROOT, "  %-10s", g.label()));
      for (BodyStance p : CLASSES) {
        b.append(String.format(Locale.ROOT, "%10d", count(g, p)));
      }
      b.append(System.lineSeparator());
    }
    return b.toString();
  }
}
