package org.claimtrail.pipeline;

import org.claimtrail.extract.ExtractOptions;
import org.claimtrail.ingest.IngestOptions;

/**
 * Everything a pipeline needs to know, as one immutable value (never setters "for the next run":
 * the same pipeline serves many threads and Spark executors).
 */
public record PipelineConfig(IngestOptions ingest, ExtractOptions extract, ClaimsOptions claims) {
  public static final PipelineConfig DEFAULTS = new PipelineConfig(IngestOptions.DEFAULTS, ExtractOptions.DEFAULTS, ClaimsOptions.DEFAULTS);

  public PipelineConfig withIngest(IngestOptions options) {
    return new PipelineConfig(options, extract, claims);
  }

  public PipelineConfig withExtract(ExtractOptions options) {
    return new PipelineConfig(ingest, options, claims);
  }

  public PipelineConfig withClaims(ClaimsOptions options) {
    return new PipelineConfig(ingest, extract, options);
  }
}
