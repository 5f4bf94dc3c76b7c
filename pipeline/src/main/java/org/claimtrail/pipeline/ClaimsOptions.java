package org.claimtrail.pipeline;

import java.nio.file.Path;
import java.time.Duration;
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
 * @param nlpTimeLimit the longest CoreNLP may take over one article; one that takes longer fails
 *     with the reason (category LIMIT) and the run goes on
 * @param annotationCache a folder of annotations made earlier ({@link AnnotationCache}), read
 *     instead of annotating a text again and added to; none by default
 * @param attributions whether to keep every attribution found, each with its kind (beliefs,
 *     intentions, questions, requests, refusals, topics: what attribution corpora such as PolNeAR
 *     annotate), rather than the claims only; off by default
 */
public record ClaimsOptions(Optional<Path> userAliases, String annotators, Optional<Path> model, boolean openCues, Duration nlpTimeLimit,
    Optional<Path> annotationCache, boolean attributions) {
  /**
   * Five minutes: a long article takes CoreNLP ten to twenty seconds, the average one about one
   * (bench/claims.sh); what takes three hundred times that is a page that is no article.
   */
  public static final Duration DEFAULT_NLP_TIME_LIMIT = Duration.ofMinutes(5);

  public static final ClaimsOptions DEFAULTS = new ClaimsOptions(Optional.empty(), org.claimtrail.nlp.corenlp.CoreNlpAnnotator.DEFAULT_ANNOTATORS,
      Optional.empty(), false, DEFAULT_NLP_TIME_LIMIT, Optional.empty(), false);

  public ClaimsOptions {
    if (nlpTimeLimit.isNegative() || nlpTimeLimit.isZero()) {
      throw new IllegalArgumentException("The NLP time limit must be positive: " + nlpTimeLimit);
    }
  }

  public ClaimsOptions withUserAliases(Path file) {
    return new ClaimsOptions(Optional.ofNullable(file), annotators, model, openCues, nlpTimeLimit, annotationCache, attributions);
  }

  public ClaimsOptions withModel(Path file) {
    return new ClaimsOptions(userAliases, annotators, Optional.ofNullable(file), openCues, nlpTimeLimit, annotationCache, attributions);
  }

  public ClaimsOptions withOpenCues(boolean open) {
    return new ClaimsOptions(userAliases, annotators, model, open, nlpTimeLimit, annotationCache, attributions);
  }

  public ClaimsOptions withNlpTimeLimit(Duration limit) {
    return new ClaimsOptions(userAliases, annotators, model, openCues, limit, annotationCache, attributions);
  }

  public ClaimsOptions withAnnotationCache(Path folder) {
    return new ClaimsOptions(userAliases, annotators, model, openCues, nlpTimeLimit, Optional.ofNullable(folder), attributions);
  }

  public ClaimsOptions withAttributions(boolean all) {
    return new ClaimsOptions(userAliases, annotators, model, openCues, nlpTimeLimit, annotationCache, all);
  }
}
