package org.claimtrail.app.cli;

import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The input options every document-reading subcommand shares (a picocli mixin). */
final class InputOptions {
  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders, or - for stdin.")
  List<String> inputs;

  @Option(names = "--input-format", paramLabel = "NAME", description = "Read every input as this format instead of sniffing it.")
  String inputFormat;

  @Option(names = "--no-learn", description = "Do not learn repeated boilerplate lines from the inputs first (a second read of the inputs).")
  boolean noLearn;

  @Option(names = "--threads", paramLabel = "N", description = "Documents processed at once (default: 1; ingest: the number of cores). Output order follows completion when N > 1.")
  Integer threads;

  @Option(names = {"-v", "--verbose"}, description = "Also print skipped records and warnings.")
  boolean verbose;
}
