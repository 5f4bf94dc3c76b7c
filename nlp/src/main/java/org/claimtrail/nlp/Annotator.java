package org.claimtrail.nlp;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Annotates text: sentences, tokens, parts of speech, lemmas, named entities, dependencies.
 * Implementations must be safe to call from many threads (typically one underlying pipeline per
 * thread).
 */
public interface Annotator {

  /**
   * @param text the clean article text
   * @param documentDate the publication date, used to resolve relative dates ("on Tuesday")
   */
  AnnotatedText annotate(String text, Optional<LocalDate> documentDate);

  /**
   * Loads what this thread needs to annotate (models take seconds), so that the first document's
   * time, which a time limit counts, is the document's own. Nothing by default.
   */
  default void warmUp() {}

  /**
   * What annotates, in a line: it changes whenever the same text would be annotated differently
   * (other annotators, other models, a change to how the text is prepared), so that annotations
   * kept from an earlier run can be told from this run's.
   */
  default String version() {
    return getClass().getName();
  }
}
