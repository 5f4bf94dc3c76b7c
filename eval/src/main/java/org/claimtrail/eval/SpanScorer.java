package org.claimtrail.eval;

import java.util.List;
import java.util.Locale;

/**
 * Span-level scoring as in the PolNeAR attribution literature: a predicted span is an exact hit
 * when a gold span has the same offsets, an overlap hit when they share a character. Precision
 * counts the predicted spans that hit a gold span; recall counts the gold spans that are hit.
 */
public final class SpanScorer {
  /** A character span {@code [begin, end)}. */
  public record Span(int begin, int end) {
    public boolean overlaps(Span o) {
      return begin < o.end && o.begin < end;
    }
  }

  /** Counts for one span type under one matching rule. */
  public record Counts(long hitPredicted, long predicted, long hitGold, long gold) {
    public double precision() {
      return predicted == 0 ? 0 : (double) hitPredicted / predicted;
    }

    public double recall() {
      return gold == 0 ? 0 : (double) hitGold / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public Counts plus(Counts o) {
      return new Counts(hitPredicted + o.hitPredicted, predicted + o.predicted, hitGold + o.hitGold, gold + o.gold);
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "P %.3f  R %.3f  F1 %.3f", precision(), recall(), f1());
    }
  }

  /** Exact and overlap counts of one span type. */
  public record Result(Counts exact, Counts overlap) {
    public Result plus(Result o) {
      return new Result(exact.plus(o.exact), overlap.plus(o.overlap));
    }

    public static Result empty() {
      return new Result(new Counts(0, 0, 0, 0), new Counts(0, 0, 0, 0));
    }
  }

  private SpanScorer() {}

  public static Result score(List<Span> gold, List<Span> predicted) {
    long exactP = predicted.stream().filter(gold::contains).count();
    long exactG = gold.stream().filter(predicted::contains).count();
    long overP = predicted.stream().filter(p -> gold.stream().anyMatch(p::overlaps)).count();
    long overG = gold.stream().filter(g -> predicted.stream().anyMatch(g::overlaps)).count();
    return new Result(new Counts(exactP, predicted.size(), exactG, gold.size()), new Counts(overP, predicted.size(), overG, gold.size()));
  }
}
