package org.claimtrail.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.claimtrail.eval.fnc1.Fnc1Csv;
import org.claimtrail.eval.fnc1.Fnc1Pair;
import org.claimtrail.eval.fnc1.Fnc1Score;
import org.claimtrail.model.BodyStance;
import org.claimtrail.stance.StanceModel;
import org.claimtrail.stance.StanceVerdict;
import org.claimtrail.stance.features.ClaimMark;

/** Judges FNC-1 pairs with a stance model, writes the predictions, and scores them when the pairs are labelled. */
final class Fnc1Evaluation {
  private Fnc1Evaluation() {}

  static int run(Fnc1Data data, StanceModel model, Path claims, Fnc1Options options, Path predictions) throws IOException {
    long t0 = System.nanoTime();
    Map<Integer, List<ClaimMark>> marks = claims == null ? Fnc1Prepared.noMarks() : Fnc1ClaimMarks.read(claims, data.bodies());
    Fnc1Prepared prepared = Fnc1Prepared.of(data, marks, options.encoder(), new Progress(System.err, Progress.terminal(), -1));
    return report(data, prepared, model, predictions, t0);
  }

  /** Judges prepared pairs, writes the predictions if asked, prints the speed and, for labelled pairs, the scores. */
  static int report(Fnc1Data data, Fnc1Prepared prepared, StanceModel model, Path predictions, long t0) throws IOException {
    long t1 = System.nanoTime();
    List<StanceVerdict> verdicts = model.judge(prepared.pairClaims(), prepared.pairBodies());
    long t2 = System.nanoTime();
    List<BodyStance> predicted = verdicts.stream().map(StanceVerdict::stance).toList();
    if (predictions != null) {
      Fnc1Csv.writePredictions(predictions, data.pairs(), predicted);
    }
    double total = (System.nanoTime() - t0) / 1e9;
    int pairs = data.pairs().size();
    System.out.printf(Locale.ROOT, "eval fnc1: model %s (%s)%n", model.design().name(), model.info().getProperty("trained-on", "?"));
    System.out.printf(Locale.ROOT, "  %d bodies read and encoded in %.1f s (%.1f bodies/s); %d distinct headlines in %.1f s%n",
        prepared.bodies.size(), prepared.bodySeconds, prepared.bodies.size() / Math.max(1e-9, prepared.bodySeconds),
        prepared.claims.size(), prepared.claimSeconds);
    System.out.printf(Locale.ROOT, "  %d pairs judged in %.1f s (%.0f pairs/s); end to end %.1f s (%.1f pairs/s)%s%n", pairs,
        (t2 - t1) / 1e9, pairs / Math.max(1e-9, (t2 - t1) / 1e9), total, pairs / total,
        predictions == null ? "" : "; predictions in " + predictions);
    List<BodyStance> gold = gold(data);
    if (!gold.isEmpty()) {
      System.out.print(Fnc1Score.of(gold, predicted).report());
    }
    return 0;
  }

  /** The gold stances of the pairs, or none when any pair lacks one. */
  static List<BodyStance> gold(Fnc1Data data) {
    List<BodyStance> gold = new ArrayList<>();
    for (Fnc1Pair p : data.pairs()) {
      p.stance().ifPresent(gold::add);
    }
    return gold.size() == data.pairs().size() ? gold : List.of();
  }
}
