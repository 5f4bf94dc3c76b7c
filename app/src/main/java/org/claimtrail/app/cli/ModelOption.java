package org.claimtrail.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.claimtrail.claims.learned.ClaimModel;
import org.claimtrail.pipeline.PipelineConfig;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code --model FILE}: a claim model made by {@code claimtrail train polnear}, for the commands that
 * find claims. Read once up front, so that a bad file stops the command before any article is
 * processed rather than failing every article.
 */
final class ModelOption {
  @Option(names = "--model", paramLabel = "FILE", defaultValue = "${env:CLAIMTRAIL_MODEL}",
      description = "A claim model made by 'claimtrail train polnear' (default: $CLAIMTRAIL_MODEL, else none: the claim rules alone).")
  Path model;

  /** The configuration change this option asks for; throws a usage error if the file is not a model. */
  UnaryOperator<PipelineConfig> configure(CommandLine cmd) {
    if (model == null) {
      return cfg -> cfg;
    }
    try {
      ClaimModel.read(model);
    } catch (IOException e) {
      throw new CommandLine.ParameterException(cmd, "--model: " + e.getMessage());
    }
    return cfg -> cfg.withClaims(cfg.claims().withModel(model));
  }
}
