package org.claimtrail.app.cli;

import picocli.CommandLine.Command;

/** {@code claimtrail train}: learns models from annotated corpora. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = "Learns models from annotated corpora.",
    subcommands = {TrainPolnearCommand.class, TrainFnc1Command.class})
final class TrainCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing what to train on: polnear or fnc1");
  }
}
