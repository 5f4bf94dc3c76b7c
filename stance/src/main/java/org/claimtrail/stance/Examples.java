package org.claimtrail.stance;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.claimtrail.stance.features.FeatureRow;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;

/** Between our feature rows and Tribuo: examples, batched predictions, models read back. */
final class Examples {
  static final Label UNKNOWN = LabelFactory.UNKNOWN_LABEL;
  static final String RELATED = "related";
  static final String UNRELATED = "unrelated";
  private static final int BATCH = 5_000;

  private Examples() {}

  static Example<Label> of(FeatureRow row, Label label, float weight) {
    return weighted(row, label, weight);
  }

  static Example<Label> weighted(FeatureRow row, Label label, float weight) {
    ArrayExample<Label> e = new ArrayExample<>(label, row.names(), row.values());
    e.setWeight(weight);
    return e;
  }

  /** Each example's probability per label, predicted in batches (one XGBoost matrix per batch). */
  static List<Map<String, Double>> scores(Model<Label> model, List<Example<Label>> examples) {
    List<Map<String, Double>> out = new ArrayList<>(examples.size());
    for (int from = 0; from < examples.size(); from += BATCH) {
      for (Prediction<Label> p : model.predict(examples.subList(from, Math.min(examples.size(), from + BATCH)))) {
        Map<String, Double> s = new HashMap<>();
        p.getOutputScores().forEach((k, v) -> s.put(k, v.getScore()));
        out.add(s);
      }
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  static Model<Label> model(byte[] bytes, String name) throws IOException {
    Model<?> m;
    try {
      m = Model.deserializeFromStream(new ByteArrayInputStream(bytes));
    } catch (RuntimeException e) {
      throw new IOException(name + ": not a Tribuo model: " + e.getMessage(), e);
    }
    if (!m.validate(Label.class)) {
      throw new IOException(name + ": not a classifier of labels");
    }
    return (Model<Label>) m;
  }
}
