package org.claimtrail.pipeline;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How to find claims.
 *
 * @param userAliases an extra alias file ({@code canonical<TAB>TYPE<TAB>alias}) whose lines win
 * @param annotators the CoreNLP annotators to run
 * @param contentModel a learned content-boundary model ({@code claimtrail train polnear}); without
 *     one the rules' content spans stand
 */
public record ClaimsOptions(Optional<Path> userAliases, String annotators, Optional<Path> contentModel) {
  public static final ClaimsOptions DEFAULTS =
      new ClaimsOptions(Optional.empty(), org.claimtrail.nlp.corenlp.CoreNlpAnnotator.DEFAULT_ANNOTATORS, Optional.empty());

  public ClaimsOptions withUserAliases(Path file) {
    return new ClaimsOptions(Optional.ofNullable(file), annotators, contentModel);
  }

  public ClaimsOptions withContentModel(Path file) {
    return new ClaimsOptions(userAliases, annotators, Optional.ofNullable(file));
  }
}
