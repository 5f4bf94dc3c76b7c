package org.claimtrail.stance;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.claimtrail.stance.features.FeatureGroup;

/**
 * How a stance model is built: one four-way classifier, or two stages (related or not, then
 * agree/disagree/discuss among the related); which feature groups it reads; how much the rare
 * classes weigh in training ({@code balance} 0 = as they come, 1 = every class weighs as much in
 * total as every other); and the trees' size.
 */
public record Design(String name, boolean twoStage, Set<FeatureGroup> groups, double balance, int trees, int depth, double eta) {
  public static final Set<FeatureGroup> BASE = EnumSet.of(FeatureGroup.LEXICAL, FeatureGroup.SEMANTIC, FeatureGroup.CUES, FeatureGroup.SIZES);

  public Design {
    groups = Set.copyOf(groups);
    if (balance < 0 || balance > 1) {
      throw new IllegalArgumentException("balance must be in [0, 1]: " + balance);
    }
  }

  /** The designs tried on FNC-1's dev split, by name (see the README for their figures). */
  public static Design named(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "one-stage" -> new Design("one-stage", false, BASE, 0, 400, 6, 0.08);
      case "two-stage" -> new Design("two-stage", true, BASE, 0, 400, 6, 0.08);
      case "two-stage-balanced" -> new Design("two-stage-balanced", true, BASE, 0.5, 400, 6, 0.08);
      case "two-stage-vectors" -> new Design("two-stage-vectors", true, with(FeatureGroup.VECTORS), 0.5, 400, 6, 0.08);
      case "two-stage-claims" -> new Design("two-stage-claims", true, with(FeatureGroup.CLAIMS), 0.5, 400, 6, 0.08);
      default -> throw new IllegalArgumentException("Unknown design '" + name
          + "': one-stage, two-stage, two-stage-balanced, two-stage-vectors or two-stage-claims");
    };
  }

  private static Set<FeatureGroup> with(FeatureGroup extra) {
    Set<FeatureGroup> g = EnumSet.copyOf(BASE);
    g.add(extra);
    return g;
  }
}
