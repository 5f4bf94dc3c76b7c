package org.claimtrail.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.claimtrail.eval.fnc1.Fnc1Score;
import org.claimtrail.model.BodyStance;
import org.claimtrail.stance.Design;
import org.claimtrail.stance.LabelledPair;
import org.claimtrail.stance.StanceModel;
import org.claimtrail.stance.StanceVerdict;

/** {@code train fnc1 --compare}: several designs trained on the same prepared pairs, one dev line each. */
final class Fnc1Comparison {
  private Fnc1Comparison() {}

  static void run(Path dir, Fnc1Prepared train, List<LabelledPair> pairs, Design chosen, StanceModel chosenModel, List<String> designs, long seed,
      Path claims, Fnc1Options options) throws IOException {
    Fnc1Data dev = Fnc1Data.split(dir, true);
    java.util.Map<Integer, List<org.claimtrail.stance.features.ClaimMark>> marks = Fnc1Prepared.noMarks();
    if (claims != null) {
      // Designs with and without Claimtrail's claims are compared on the same bodies: those with claims.
      marks = Fnc1ClaimMarks.read(claims, dev.bodies());
      dev = dev.restrictedTo(marks.keySet());
      System.out.printf(Locale.ROOT, "dev split: the %d bodies with claims, %d pairs%n", dev.bodies().size(), dev.pairs().size());
    }
    Fnc1Prepared prepared = Fnc1Prepared.of(dev, marks, options.encoder(), new Progress(System.err, Progress.terminal(), -1));
    List<BodyStance> gold = Fnc1Evaluation.gold(dev);
    System.out.printf(Locale.ROOT, "%-22s %8s %8s %7s %8s %8s %9s %8s%n", "design (dev split)", "relative", "macro-F1", "agree", "disagree",
        "discuss", "unrelated", "train s");
    List<String> all = new ArrayList<>(designs);
    all.add(0, chosen.name());
    for (String name : all.stream().distinct().toList()) {
      long t0 = System.nanoTime();
      StanceModel m = name.equals(chosen.name()) ? chosenModel
          : new org.claimtrail.stance.StanceTrainer(Design.named(name), seed, s -> { }).train(train.claims, train.bodies, pairs, "comparison");
      double seconds = name.equals(chosen.name()) ? Double.NaN : (System.nanoTime() - t0) / 1e9;
      List<BodyStance> predicted = m.judge(prepared.pairClaims(), prepared.pairBodies()).stream().map(StanceVerdict::stance).toList();
      Fnc1Score s = Fnc1Score.of(gold, predicted);
      System.out.printf(Locale.ROOT, "%-22s %8.4f %8.4f %7.3f %8.3f %8.3f %9.3f %8.0f%n", name, s.relative(), s.macroF1(), s.prf(BodyStance.AGREE).f1(),
          s.prf(BodyStance.DISAGREE).f1(), s.prf(BodyStance.DISCUSS).f1(), s.prf(BodyStance.UNRELATED).f1(), seconds);
    }
  }
}
