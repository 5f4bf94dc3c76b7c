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

  @Option(names = "--max-document-mb", paramLabel = "MB", defaultValue = "64",
      description = "Largest single document (a file, a record, a JSONL line) read; larger ones are reported and skipped (default ${DEFAULT-VALUE}).")
  long maxDocumentMb;

  @Option(names = "--max-decompressed-mb", paramLabel = "MB", defaultValue = "4096",
      description = "Most bytes one gzip input may expand to (a gzip bomb stops here, with an error; default ${DEFAULT-VALUE}).")
  long maxDecompressedMb;

  /** The ingest options these flags ask for. */
  org.claimtrail.ingest.IngestOptions ingestOptions() {
    if (maxDocumentMb < 1 || maxDecompressedMb < 1) {
      throw new IllegalArgumentException("--max-document-mb and --max-decompressed-mb must be at least 1");
    }
    return new org.claimtrail.ingest.IngestOptions(java.util.Optional.ofNullable(inputFormat), maxDocumentMb << 20, maxDecompressedMb << 20);
  }

  @Option(names = {"-v", "--verbose"}, description = "Also print skipped records and warnings.")
  boolean verbose;
}
