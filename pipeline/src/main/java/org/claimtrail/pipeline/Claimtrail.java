package org.claimtrail.pipeline;

import java.util.function.UnaryOperator;

/** Entry point: {@code Claimtrail.pipeline(cfg -> cfg.withExtract(...))}. */
public final class Claimtrail {
  private Claimtrail() {}

  /** A pipeline with the defaults changed by {@code configure}. */
  public static Pipeline pipeline(UnaryOperator<PipelineConfig> configure) {
    return new Pipeline(configure.apply(PipelineConfig.DEFAULTS));
  }

  /** A pipeline with the defaults. */
  public static Pipeline pipeline() {
    return new Pipeline(PipelineConfig.DEFAULTS);
  }
}
