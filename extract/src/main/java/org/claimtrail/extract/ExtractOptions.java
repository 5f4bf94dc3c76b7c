package org.claimtrail.extract;

import java.util.Set;
import org.claimtrail.extract.text.RepeatedLines;

/**
 * How to extract; immutable, so one instance serves every thread.
 *
 * @param repeatedLines boilerplate lines learned from the corpus, or {@link RepeatedLines#NONE}
 * @param disabledFilters names of cleaning filters to turn off (see {@code CleaningChain})
 * @param detectLanguage guess the language when the document does not declare one
 * @param keepRemoved keep the removed blocks on the article (for review in the UI)
 */
public record ExtractOptions(
    RepeatedLines repeatedLines, Set<String> disabledFilters, boolean detectLanguage, boolean keepRemoved) {

  public static final ExtractOptions DEFAULTS = new ExtractOptions(RepeatedLines.NONE, Set.of(), true, true);

  public ExtractOptions {
    disabledFilters = Set.copyOf(disabledFilters);
  }

  public ExtractOptions withRepeatedLines(RepeatedLines model) {
    return new ExtractOptions(model, disabledFilters, detectLanguage, keepRemoved);
  }

  public ExtractOptions withDetectLanguage(boolean detect) {
    return new ExtractOptions(repeatedLines, disabledFilters, detect, keepRemoved);
  }
}
