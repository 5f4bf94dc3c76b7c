package org.claimtrail.pipeline;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How to find claims.
 *
 * @param userAliases an extra alias file ({@code canonical<TAB>TYPE<TAB>alias}) whose lines win
 * @param annotators the CoreNLP annotators to run
 */
public record ClaimsOptions(Optional<Path> userAliases, String annotators) {
  public static final ClaimsOptions DEFAULTS =
      new ClaimsOptions(Optional.empty(), org.claimtrail.nlp.corenlp.CoreNlpAnnotator.DEFAULT_ANNOTATORS);

  public ClaimsOptions withUserAliases(Path file) {
    return new ClaimsOptions(Optional.ofNullable(file), annotators);
  }
}
