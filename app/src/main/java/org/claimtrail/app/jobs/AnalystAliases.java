package org.claimtrail.app.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.claimtrail.pipeline.Pipeline;
import org.claimtrail.store.Edits;
import org.claimtrail.store.Store;

/**
 * The aliases analysts added to a store, handed to a pipeline as the alias file it reads: claims
 * found and claims linked then resolve those names as the analysts said. The file is rewritten, and
 * the pipeline's claim rules rebuilt (its CoreNLP models are shared), only when the aliases change.
 */
public final class AnalystAliases {
  private final Edits edits;
  private final Path file;
  private final Pipeline base;
  private Pipeline current;
  private String written = "";

  /**
   * @param file where to keep the alias file (beside the data, e.g. the upload folder: a killed
   *     server would leave one in /tmp)
   */
  public AnalystAliases(Store store, Pipeline base, Path file) {
    this.edits = new Edits(store);
    this.file = file;
    this.base = base;
    this.current = base;
  }

  /** {@code base} with the store's analyst aliases as they are now. */
  public synchronized Pipeline pipeline() {
    String aliases = edits.aliasFile();
    if (!aliases.equals(written)) {
      try {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, aliases, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot write the analysts' alias file " + file + ": " + e.getMessage(), e);
      }
      current = base.withUserAliases(file);
      written = aliases;
    }
    return current;
  }
}
