package org.claimtrail.pipeline;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How to find claims.
 *
 * @param userAliases an extra alias file ({@code canonical<TAB>TYPE<TAB>alias}) whose lines win
 * @param annotators the CoreNLP annotators to run
 * @param model a claim model learnt from annotated attributions ({@code claimtrail train polnear});
 *     without one the rules' claims stand as found
 * @param openCues whether to try every verb as a cue; on when the model was trained so, and for
 *     training such a model
 */
public record ClaimsOptions(Optional<Path> userAliases, String annotators, Optional<Path> model, boolean openCues) {
  public static final ClaimsOptions DEFAULTS =
      new ClaimsOptions(Optional.empty(), org.claimtrail.nlp.corenlp.CoreNlpAnnotator.DEFAULT_ANNOTATORS, Optional.empty(), false);

  public ClaimsOptions withUserAliases(Path file) {
    return new ClaimsOptions(Optional.ofNullable(file), annotators, model, openCues);
  }

  public ClaimsOptions withModel(Path file) {
    return new ClaimsOptions(userAliases, annotators, Optional.ofNullable(file), openCues);
  }

  public ClaimsOptions withOpenCues(boolean open) {
    return new ClaimsOptions(userAliases, annotators, model, open);
  }
}
