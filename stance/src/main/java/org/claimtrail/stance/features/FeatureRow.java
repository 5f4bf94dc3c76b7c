package org.claimtrail.stance.features;

import java.util.ArrayList;
import java.util.List;

/** Named feature values of one pair, in the order they were added. */
public final class FeatureRow {
  private final List<String> names = new ArrayList<>();
  private double[] values = new double[64];

  void add(String name, double value) {
    if (names.size() == values.length) {
      values = java.util.Arrays.copyOf(values, values.length * 2);
    }
    values[names.size()] = Double.isFinite(value) ? value : 0;
    names.add(name);
  }

  public String[] names() {
    return names.toArray(String[]::new);
  }

  public double[] values() {
    return java.util.Arrays.copyOf(values, names.size());
  }

  /** The value of a feature by name (for tests and explanations). */
  public double get(String name) {
    int i = names.indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException("No feature '" + name + "' in " + names);
    }
    return values[i];
  }
}
