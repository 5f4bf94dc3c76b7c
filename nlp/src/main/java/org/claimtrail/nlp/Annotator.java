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
}
