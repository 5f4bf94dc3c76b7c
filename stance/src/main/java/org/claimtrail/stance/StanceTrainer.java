package org.claimtrail.stance;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import org.claimtrail.model.BodyStance;
import org.claimtrail.stance.features.BodyText;
import org.claimtrail.stance.features.ClaimText;
import org.claimtrail.stance.features.FeatureRow;
import org.claimtrail.stance.features.PairFeatures;
import org.claimtrail.stance.text.Idf;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.xgboost.XGBoostClassificationTrainer;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Learns a {@link StanceModel} from labelled (claim, body) pairs: the document frequencies of the
 * training bodies, then gradient-boosted trees (XGBoost through Tribuo; subsampled rows and
 * features, fixed seed, so a run is repeatable) for each stage of the {@link Design}.
 */
public final class StanceTrainer {
  private final Design design;
  private final long seed;
  private final Consumer<String> log;

  public StanceTrainer(Design design, long seed, Consumer<String> log) {
    this.design = design;
    this.seed = seed;
    this.log = log;
  }

  /** Trains on the pairs; {@code trainedOn} is recorded in the model's properties. */
  public StanceModel train(List<ClaimText> claims, List<BodyText> bodies, List<LabelledPair> pairs, String trainedOn) {
    Map<BodyStance, Integer> counts = new EnumMap<>(BodyStance.class);
    for (LabelledPair p : pairs) {
      counts.merge(p.gold(), 1, Integer::sum);
    }
    if (counts.size() < 2 || (design.twoStage() && (!counts.containsKey(BodyStance.UNRELATED) || counts.size() < 3))) {
      throw new IllegalArgumentException("Too few kinds of stance to learn from: " + counts
          + (design.twoStage() ? " (two stages need unrelated pairs and at least two related stances)" : ""));
    }
    Idf idf = Idf.learn(bodies.stream().map(BodyText::termCounts).toList());
    PairFeatures features = new PairFeatures(idf, design.groups());
    List<FeatureRow> rows = pairs.parallelStream().map(p -> features.of(claims.get(p.claim()), bodies.get(p.body()))).toList();
    log.accept(String.format(java.util.Locale.ROOT, "%d pairs %s, %d features each", pairs.size(), counts,
        rows.isEmpty() ? 0 : rows.get(0).names().length));
    Model<Label> first;
    Model<Label> second = null;
    if (design.twoStage()) {
      first = fit("related", rows, pairs, p -> p.gold().related() ? Examples.RELATED : Examples.UNRELATED, false);
      second = fit("stance", rows, pairs, p -> p.gold().related() ? p.gold().label() : null, true);
    } else {
      first = fit("stance", rows, pairs, p -> p.gold().label(), true);
    }
    Properties info = StanceModel.describe(design);
    info.setProperty("trained-on", trainedOn);
    info.setProperty("pairs", Integer.toString(pairs.size()));
    info.setProperty("seed", Long.toString(seed));
    return new StanceModel(info, design, idf, first, second);
  }

  /** One classifier over the pairs that {@code label} names a class for (null leaves a pair out). */
  private Model<Label> fit(String what, List<FeatureRow> rows, List<LabelledPair> pairs,
      java.util.function.Function<LabelledPair, String> label, boolean balanced) {
    Map<String, Integer> n = new java.util.TreeMap<>();
    for (LabelledPair p : pairs) {
      String l = label.apply(p);
      if (l != null) {
        n.merge(l, 1, Integer::sum);
      }
    }
    int total = n.values().stream().mapToInt(Integer::intValue).sum();
    LabelFactory factory = new LabelFactory();
    MutableDataset<Label> data = new MutableDataset<>(new SimpleDataSourceProvenance(what + " pairs", factory), factory);
    List<Example<Label>> examples = new ArrayList<>();
    for (int i = 0; i < pairs.size(); i++) {
      String l = label.apply(pairs.get(i));
      if (l != null) {
        // Weight = (share a class would have if all were equal / its share) ^ balance.
        double w = balanced ? Math.pow(total / (double) (n.size() * n.get(l)), design.balance()) : 1;
        examples.add(Examples.weighted(rows.get(i), new Label(l), (float) w));
      }
    }
    data.addAll(examples);
    long t0 = System.nanoTime();
    XGBoostClassificationTrainer trainer = new XGBoostClassificationTrainer(design.trees(), design.eta(), 0, design.depth(),
        1, 0.8, 0.8, 1, 0, Math.max(1, Runtime.getRuntime().availableProcessors()), true, seed);
    Model<Label> m = trainer.train(data);
    log.accept(String.format(java.util.Locale.ROOT, "%s: %d pairs %s, %d trees in %.1f s", what, examples.size(), n,
        design.trees(), (System.nanoTime() - t0) / 1e9));
    return m;
  }
}
