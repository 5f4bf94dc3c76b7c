package org.claimtrail.app.cli;

import java.time.Duration;
import java.util.function.UnaryOperator;
import org.claimtrail.pipeline.PipelineConfig;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --nlp-time-limit SECONDS}, for the commands that annotate articles as they come (ingest, claims, serve). */
final class NlpTimeLimitOption {
  // The default is ClaimsOptions.DEFAULT_NLP_TIME_LIMIT, which the server's and Spark's pipelines take.
  @Option(names = "--nlp-time-limit", paramLabel = "SECONDS", defaultValue = "300",
      description = "Longest CoreNLP may take over one article; one that takes longer is reported and skipped (default ${DEFAULT-VALUE}).")
  double seconds;

  /** The configuration change this option asks for; a usage error for a limit that is not a positive number of seconds. */
  UnaryOperator<PipelineConfig> configure(CommandLine cmd) {
    if (!(seconds > 0) || seconds > 1e9) {
      throw new CommandLine.ParameterException(cmd, "--nlp-time-limit must be a positive number of seconds, not " + seconds);
    }
    Duration limit = Duration.ofNanos(Math.max(1, Math.round(seconds * 1e9)));
    return cfg -> cfg.withClaims(cfg.claims().withNlpTimeLimit(limit));
  }
}
