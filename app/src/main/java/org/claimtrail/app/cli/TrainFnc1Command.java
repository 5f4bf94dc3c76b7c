package org.claimtrail.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.claimtrail.eval.fnc1.Fnc1Pair;
import org.claimtrail.stance.Design;
import org.claimtrail.stance.LabelledPair;
import org.claimtrail.stance.StanceModel;
import org.claimtrail.stance.StanceTrainer;
import org.claimtrail.stance.features.ClaimMark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code claimtrail train fnc1 DIR --out FILE}: learns a stance model from FNC-1's training files
 * in DIR, on the pairs of the bodies not in {@code dev_body_ids.txt} (so the dev split stays
 * unseen), and with {@code --eval-dev} scores it on the dev split at once.
 */
@Command(name = "fnc1", mixinStandardHelpOptions = true,
    description = "Learns the stance model (agree/disagree/discuss/unrelated) from FNC-1's train_bodies.csv and train_stances.csv in DIR, "
        + "leaving out the bodies of dev_body_ids.txt.")
final class TrainFnc1Command implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "DIR", description = "The folder of train_bodies.csv, train_stances.csv and dev_body_ids.txt.")
  Path dir;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the model (a zip).")
  Path out;

  @Option(names = "--design", paramLabel = "NAME", description = "one-stage, two-stage, two-stage-balanced, two-stage-vectors or two-stage-claims (default: ${DEFAULT-VALUE}).")
  String design = "two-stage-balanced";

  @Option(names = "--seed", paramLabel = "N", description = "Seed of the trees' sampling (default: ${DEFAULT-VALUE}).")
  long seed = 1;

  @Option(names = "--claims", paramLabel = "FILE", description = "Claimtrail's claims in the bodies ('claimtrail claims' over them as JSON lines with \"id\": \"fnc1-body-N\"), for two-stage-claims; "
      + "only bodies with claims are used.")
  Path claims;

  @Option(names = "--eval-dev", description = "Then score the model on the dev split.")
  boolean evalDev;

  @Option(names = "--compare", split = ",", paramLabel = "DESIGN", description = "Also train these designs on the same data and print each one's dev scores (the model of --design is the one written).")
  List<String> compare = List.of();

  @Option(names = "--limit-bodies", paramLabel = "N", description = "Train on the first N training bodies only (a quick run).")
  int limitBodies;

  @Mixin Fnc1Options options;

  @Override
  public Integer call() {
    try {
      return train();
    } catch (IOException | IllegalArgumentException e) {
      return Fnc1Data.badInput("train fnc1", e);
    }
  }

  private int train() throws IOException {
    long t0 = System.nanoTime();
    Design d = Design.named(design);
    Fnc1Data train = Fnc1Data.split(dir, false);
    Map<Integer, List<ClaimMark>> marks = Fnc1Prepared.noMarks();
    if (claims != null) {
      marks = Fnc1ClaimMarks.read(claims, train.bodies());
      train = train.restrictedTo(marks.keySet());
    }
    if (limitBodies > 0) {
      train = train.restrictedTo(new java.util.HashSet<>(train.bodies().keySet().stream().limit(limitBodies).toList()));
    }
    for (Fnc1Pair p : train.pairs()) {
      if (p.stance().isEmpty()) {
        throw new IOException(dir.resolve(Fnc1Data.STANCES) + " line " + p.line() + ": no Stance to learn from");
      }
    }
    System.err.printf(Locale.ROOT, "train fnc1: %d bodies, %d pairs, design %s%n", train.bodies().size(), train.pairs().size(), d.name());
    Fnc1Prepared prepared = Fnc1Prepared.of(train, marks, options.encoder(), new Progress(System.err, Progress.terminal(), train.bodies().size()));
    List<LabelledPair> pairs = new ArrayList<>();
    for (int i = 0; i < train.pairs().size(); i++) {
      Fnc1Pair p = train.pairs().get(i);
      pairs.add(new LabelledPair(prepared.claimOf[i], prepared.bodyOf[i], p.stance().orElseThrow()));
    }
    String trainedOn = "FNC-1 train_stances.csv, pairs of the " + train.bodies().size() + " bodies not in dev_body_ids.txt";
    StanceModel model = new StanceTrainer(d, seed, System.err::println).train(prepared.claims, prepared.bodies, pairs, trainedOn);
    if (!compare.isEmpty()) {
      Fnc1Comparison.run(dir, prepared, pairs, d, model, compare, seed, claims, options);
    }
    Path partial = out.resolveSibling(out.getFileName() + ".partial");
    model.save(partial);
    Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    System.out.printf(Locale.ROOT, "train fnc1: %s, %d pairs -> %s (%.1f MB) in %.0f s (bodies encoded in %.0f s)%n", d.name(), pairs.size(), out,
        Files.size(out) / 1e6, (System.nanoTime() - t0) / 1e9, prepared.bodySeconds);
    if (evalDev) {
      return Fnc1Evaluation.run(Fnc1Data.split(dir, true), model, claims, options, null);
    }
    return 0;
  }
}
