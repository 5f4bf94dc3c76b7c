package org.claimtrail.extract.metadata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outlet a document names in its own promotion lines, for a document whose metadata names
 * none (scraped text, as the seed article): a line that promotes a channel ("Follow our coverage
 * on the @Kyivpost_official", "subscribe to t.me/…") gives a handle, and a capitalised name in
 * the document spelled with the same letters ("Kyiv Post") is the publisher. A handle that no name
 * in the text spells gives nothing: the publisher is inferred, never invented. The cue words and
 * handle endings are data ({@code promoted-publisher.txt}).
 */
public final class PromotedPublisher {
  private static final Map<String, List<String>> WORDS = WordLists.sections("promoted-publisher.txt");
  private static final Pattern HANDLE = Pattern.compile("(?:@|t\\.me/|twitter\\.com/|x\\.com/)([A-Za-z][A-Za-z0-9_.]{2,40})");
  private static final Pattern CUE = Pattern.compile("(?i)\\b(?:" + String.join("|", WORDS.get("cue")) + ")\\b");
  private static final Pattern SUFFIX = Pattern.compile("(?i)[_.]?(?:" + String.join("|", WORDS.get("suffix")) + ")$");
  /** One to four capitalised words, an optional "The" before them. */
  private static final Pattern NAME = Pattern.compile("\\b(?:The\\s+)?(\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3})");
  private static final int MAX_LINE = 400;

  private PromotedPublisher() {}

  /** The outlet named in {@code lines} (kept and removed alike), if one is. */
  public static Optional<String> find(List<String> lines) {
    Map<String, Integer> stems = new LinkedHashMap<>();
    for (String line : lines) {
      if (line.length() <= MAX_LINE && CUE.matcher(line).find()) {
        Matcher h = HANDLE.matcher(line);
        while (h.find()) {
          String stem = stem(h.group(1));
          if (stem.length() >= 3) {
            stems.merge(stem, 1, Integer::sum);
          }
        }
      }
    }
    if (stems.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Integer> names = new LinkedHashMap<>();
    for (String line : lines) {
      Matcher n = NAME.matcher(line);
      while (n.find()) {
        spelling(n.group(1), stems).ifPresent(name -> names.merge(name, 1, Integer::sum));
      }
    }
    return names.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
  }

  /** The handle's letters that name the outlet: "Kyivpost_official" is "kyivpost". */
  static String stem(String handle) {
    String s = handle.replaceAll("[._]+$", "");
    for (int i = 0; i < 2; i++) {
      s = SUFFIX.matcher(s).replaceFirst("");
    }
    return s.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
  }

  /** The longest run of the name's words whose letters are a stem, if any. */
  private static Optional<String> spelling(String name, Map<String, Integer> stems) {
    String[] words = name.split("\\s+");
    for (int len = words.length; len >= 1; len--) {
      for (int from = 0; from + len <= words.length; from++) {
        String candidate = String.join(" ", java.util.Arrays.copyOfRange(words, from, from + len));
        String letters = candidate.replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(Locale.ROOT);
        if (stems.containsKey(letters)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }
}
