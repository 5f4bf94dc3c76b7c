package org.claimtrail.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code claimtrail}: who claimed what, when, and how sure they were. */
@Command(
    name = "claimtrail",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Turns raw news into attributed claims. See 'claimtrail COMMAND --help'.",
    footer = {"", "On Apache Spark (run by the same launcher from the spark module):",
        "  spark-run  Runs the pipeline over WARC/JSONL/folders on Spark and writes Parquet tables (spark-run --help).",
        "  load       Loads a spark-run's Parquet output into a store, idempotently (load --help)."},
    subcommands = {ExtractCommand.class, ClaimsCommand.class, IngestCommand.class, SearchCommand.class, CheckCommand.class, ReindexCommand.class, LinkCommand.class, ClaimCommand.class, TimelineCommand.class, SourcesCommand.class, ExportCommand.class, ServeCommand.class, DemoCommand.class, RevisionsCommand.class, EvalCommand.class, TrainCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  /** Some inputs failed; the others were processed. */
  public static final int SOME_FAILED = 1;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit code (tests call this). */
  public static int run(String... args) {
    return new CommandLine(new Main()).execute(args);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command, e.g. 'claimtrail extract FILE'");
  }

  /** Reads the version Maven wrote into the jar. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties p = new Properties();
      try (InputStream in = Main.class.getResourceAsStream("/org/claimtrail/app/version.properties")) {
        if (in != null) {
          p.load(in);
        }
      }
      return new String[] {"claimtrail " + p.getProperty("version", "unknown"), "GPL-3.0-or-later"};
    }
  }
}
