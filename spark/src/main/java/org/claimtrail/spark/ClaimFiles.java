package org.claimtrail.spark;

import java.io.Serializable;
import java.nio.file.Path;
import org.apache.spark.SparkFiles;
import org.claimtrail.pipeline.PipelineConfig;

/**
 * The files that change how claims are found (a user alias file, a claim model), as names of files
 * shipped to every executor with {@code SparkContext.addFile}: executors find their own copies with
 * {@link SparkFiles#get}, so a cluster needs no shared file system. Null for a file not given.
 *
 * @param aliases the alias file's name, or null
 * @param model the claim model's name, or null
 */
public record ClaimFiles(String aliases, String model) implements Serializable {
  /** The default pipeline: shipped aliases, the claim rules alone. */
  public static final ClaimFiles NONE = new ClaimFiles(null, null);

  /** The configuration these files ask for, read on the executor that runs it. */
  PipelineConfig configure(PipelineConfig cfg) {
    var claims = cfg.claims();
    if (aliases != null) {
      claims = claims.withUserAliases(Path.of(SparkFiles.get(aliases)));
    }
    if (model != null) {
      claims = claims.withModel(Path.of(SparkFiles.get(model)));
    }
    return cfg.withClaims(claims);
  }
}
