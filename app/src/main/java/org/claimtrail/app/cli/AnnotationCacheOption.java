package org.claimtrail.app.cli;

import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.claimtrail.pipeline.PipelineConfig;
import picocli.CommandLine.Option;

/** {@code --annotation-cache DIR}, for the commands that annotate articles (claims, ingest). */
final class AnnotationCacheOption {
  @Option(names = "--annotation-cache", paramLabel = "DIR",
      description = "Keep each article's CoreNLP annotations here (gzip JSON, keyed by annotator, date and text) and reuse them: "
          + "a second run over the same corpus skips CoreNLP.")
  Path folder;

  UnaryOperator<PipelineConfig> configure() {
    return folder == null ? UnaryOperator.identity() : cfg -> cfg.withClaims(cfg.claims().withAnnotationCache(folder));
  }
}
