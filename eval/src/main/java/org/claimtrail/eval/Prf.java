package org.claimtrail.eval;

import java.util.Locale;

/** Precision, recall and F1 from counts. */
public record Prf(long truePositives, long predicted, long gold) {
  public double precision() {
    return predicted == 0 ? 0 : (double) truePositives / predicted;
  }

  public double recall() {
    return gold == 0 ? 0 : (double) truePositives / gold;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public Prf plus(Prf o) {
    return new Prf(truePositives + o.truePositives, predicted + o.predicted, gold + o.gold);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "P %.3f  R %.3f  F1 %.3f  (%d/%d predicted, %d gold)", precision(), recall(), f1(), truePositives, predicted, gold);
  }
}
