package org.claimtrail.claims.learned;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An averaged ranking perceptron (Collins 2002): scores candidates by the sum of their features'
 * weights and, in training, moves the weights towards the right candidate whenever another one
 * wins. Averaging the weights over all updates keeps late updates from dominating. Not
 * thread-safe while training; read-only (and safe to share) after {@link #average()}.
 */
final class RankingPerceptron {
  private final Map<String, Double> weights;
  // For averaging without summing every weight at every step (Daumé's trick): the final weight is
  // w - u / c, where u accumulates each update times the step it happened at.
  private final Map<String, Double> stamped = new HashMap<>();
  private long step = 1;

  RankingPerceptron() {
    this(new HashMap<>());
  }

  RankingPerceptron(Map<String, Double> weights) {
    this.weights = weights;
  }

  double score(String[] features) {
    double sum = 0;
    for (String f : features) {
      sum += weights.getOrDefault(f, 0.0);
    }
    return sum;
  }

  /** The index of the best-scoring candidate; the first one on ties. */
  int best(List<String[]> candidates) {
    return best(candidates, 0);
  }

  /** The index of the best-scoring candidate; {@code preferred} wins ties, then the first one. */
  int best(List<String[]> candidates, int preferred) {
    int best = preferred;
    double top = score(candidates.get(preferred));
    for (int i = 0; i < candidates.size(); i++) {
      double s = score(candidates.get(i));
      if (s > top) {
        top = s;
        best = i;
      }
    }
    return best;
  }

  /** One training step: returns whether the model already ranked {@code gold} first. */
  boolean train(List<String[]> candidates, int gold) {
    int guess = best(candidates);
    if (guess != gold) {
      add(candidates.get(gold), 1);
      add(candidates.get(guess), -1);
    }
    step++;
    return guess == gold;
  }

  private void add(String[] features, double delta) {
    for (String f : features) {
      weights.merge(f, delta, Double::sum);
      stamped.merge(f, delta * step, Double::sum);
    }
  }

  /** Ends training: replaces the weights by their average over all steps. */
  void average() {
    for (Map.Entry<String, Double> e : weights.entrySet()) {
      e.setValue(e.getValue() - stamped.getOrDefault(e.getKey(), 0.0) / step);
    }
    weights.values().removeIf(w -> Math.abs(w) < 1e-9);
    stamped.clear();
  }

  /** A perceptron whose weights are the mean of the given ones' (trained and averaged) weights. */
  static RankingPerceptron mean(List<RankingPerceptron> runs) {
    Map<String, Double> sum = new HashMap<>();
    for (RankingPerceptron r : runs) {
      r.weights.forEach((f, w) -> sum.merge(f, w / runs.size(), Double::sum));
    }
    sum.values().removeIf(w -> Math.abs(w) < 1e-9);
    return new RankingPerceptron(sum);
  }

  Map<String, Double> weights() {
    return weights;
  }
}
