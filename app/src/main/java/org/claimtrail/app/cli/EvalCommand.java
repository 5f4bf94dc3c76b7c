package org.claimtrail.app.cli;

import picocli.CommandLine.Command;

/** {@code claimtrail eval}: quality against gold annotations. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Scores Claimtrail against gold annotations.",
    subcommands = {EvalClaimsCommand.class, EvalPolnearCommand.class, EvalJudgedCommand.class, EvalFnc1Command.class})
final class EvalCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing what to evaluate: claims, polnear, judged or fnc1");
  }
}
