package org.claimtrail.extract.language;

import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Guesses an ISO 639-1 code from text with the optimaize language detector's bundled profiles
 * (70 languages). Profiles load once, lazily, on first use; the detector is thread-safe.
 */
public final class LanguageGuesser {
  private static final int SAMPLE = 3000;
  private static final double MIN_PROBABILITY = 0.85;

  private LanguageGuesser() {}

  private static final class Holder {
    static final LanguageDetector DETECTOR = build();
    static final TextObjectFactory TEXT = CommonTextObjectFactories.forDetectingOnLargeText();

    private static LanguageDetector build() {
      try {
        return LanguageDetectorBuilder.create(NgramExtractors.standard())
            .withProfiles(new LanguageProfileReader().readAllBuiltIn())
            .build();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot load the language profiles bundled with optimaize", e);
      }
    }
  }

  /** The language of {@code text}, when the detector is confident; empty for short text. */
  public static Optional<String> guess(String text) {
    if (text.length() < 40) {
      return Optional.empty();
    }
    String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
    var probabilities = Holder.DETECTOR.getProbabilities(Holder.TEXT.forText(sample));
    if (probabilities.isEmpty() || probabilities.get(0).getProbability() < MIN_PROBABILITY) {
      return Optional.empty();
    }
    LdLocale locale = probabilities.get(0).getLocale();
    return Optional.of(locale.getLanguage());
  }
}
