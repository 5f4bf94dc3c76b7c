package org.claimtrail.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.claimtrail.stance.StanceModel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code claimtrail eval fnc1 --bodies BODIES.csv --stances PAIRS.csv [--predictions OUT.csv]}:
 * the stance model over FNC-1's CSV files; with labelled pairs, the challenge's relative score,
 * per-class F1, macro-F1 and the confusion matrix. {@code --dev-split DIR} takes the dev split of
 * the training files in DIR instead.
 */
@Command(name = "fnc1", mixinStandardHelpOptions = true,
    description = {"Judges each (headline, body) pair of FNC-1-style CSV files: agree, disagree, discuss or unrelated.",
        "Writes OUT.csv (Headline,Body ID,Stance, input order) and, when the pairs have a Stance column, prints the FNC-1 scores."})
final class EvalFnc1Command implements Callable<Integer> {
  @Option(names = "--bodies", paramLabel = "BODIES.csv", description = "Body ID,articleBody")
  Path bodies;

  @Option(names = "--stances", paramLabel = "PAIRS.csv", description = "Headline,Body ID[,Stance]")
  Path stances;

  @Option(names = "--dev-split", paramLabel = "DIR", description = "Instead of --bodies/--stances: the pairs of the bodies in DIR/dev_body_ids.txt, from DIR/train_*.csv.")
  Path devSplit;

  @Option(names = "--predictions", paramLabel = "OUT.csv", description = "Where to write the predictions.")
  Path predictions;

  @Option(names = "--model", paramLabel = "FILE", description = "A model from 'claimtrail train fnc1' (default: the one shipped, learnt from FNC-1's training bodies).")
  Path model;

  @Option(names = "--claims", paramLabel = "FILE", description = "Claimtrail's claims in the bodies, for a model trained with them (see train fnc1 --claims).")
  Path claims;

  @Mixin Fnc1Options options;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if ((devSplit == null) == (bodies == null || stances == null)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "Give --bodies and --stances, or --dev-split DIR");
    }
    try {
      Fnc1Data data = devSplit != null ? Fnc1Data.split(devSplit, true) : Fnc1Data.read(bodies, stances);
      StanceModel m = model == null ? StanceModel.loadDefault() : StanceModel.load(model);
      return Fnc1Evaluation.run(data, m, claims, options, predictions);
    } catch (IOException e) {
      return Fnc1Data.badInput("eval fnc1", e);
    }
  }
}
