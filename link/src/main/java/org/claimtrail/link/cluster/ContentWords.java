package org.claimtrail.link.cluster;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.claimtrail.model.ClaimToLink;

/**
 * Two claims are the same claim when their content words overlap enough: contents are reduced to
 * content words (lower case, stop words out, a light plural/tense stemming) after a normaliser has
 * put names in canonical form ("Pyongyang" → "north korea"); a pair joins when the Jaccard
 * similarity of those word sets reaches the threshold, both or neither is negated, and their
 * numbers do not contradict. The word lists are data files beside this class.
 */
public final class ContentWords implements SameClaim {
  private static final Set<String> STOP = Set.copyOf(WordList.read("stop-words.txt"));
  private static final Pattern NEGATION = Pattern.compile(
      WordList.read("negation-words.txt").stream().map(Pattern::quote).collect(Collectors.joining("|", "(?i)\\b(?:", ")\\b")));
  private static final List<String> NUMBER_WORDS = WordList.read("number-words.txt");
  private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)?");

  /** Claims with fewer content words than this stay alone. */
  public static final int MIN_WORDS = 3;

  /**
   * The least Jaccard similarity of two claims' content words. On the hand-labelled claim pairs
   * ({@code bench/clusters.sh}) 0.5 joins 20 of 24 same-claim pairs and 3 of 26 others (precision
   * .870, recall .833); 0.7 joins none wrongly but misses 5.
   */
  public static final double DEFAULT_THRESHOLD = 0.5;

  private final double threshold;
  private final UnaryOperator<String> normaliser;

  /**
   * @param threshold the least Jaccard similarity of content words
   * @param normaliser puts names in canonical form before comparison (identity if none)
   */
  public ContentWords(double threshold, UnaryOperator<String> normaliser) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("The threshold must be in (0, 1]: " + threshold);
    }
    this.threshold = threshold;
    this.normaliser = normaliser;
  }

  public double threshold() {
    return threshold;
  }

  /** What the comparison reads of one claim: its content words, negation and numbers. */
  public record Words(Set<String> words, boolean negated, Set<String> numbers) implements SameClaim.Features {
    @Override
    public Set<String> keys() {
      return words;
    }

    @Override
    public boolean comparable() {
      return words.size() >= MIN_WORDS;
    }
  }

  @Override
  public Words features(ClaimToLink claim) {
    return features(claim.content());
  }

  /** The features of a claim's content, after name normalisation. */
  public Words features(String content) {
    String c = normaliser.apply(content);
    return new Words(words(c), NEGATION.matcher(c).find(), numbers(c));
  }

  @Override
  public boolean same(Features a, Features b) {
    Words x = (Words) a;
    Words y = (Words) b;
    return x.comparable() && y.comparable() && x.negated() == y.negated() && compatible(x.numbers(), y.numbers())
        && jaccard(x.words(), y.words()) >= threshold;
  }

  /** Content words: lower case, no stop words, plurals and past tenses folded. */
  static Set<String> words(String text) {
    Set<String> out = new HashSet<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.length() < 2 || STOP.contains(w)) {
        continue;
      }
      out.add(stem(w));
    }
    return out;
  }

  static String stem(String w) {
    if (w.length() > 4 && w.endsWith("ies")) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.length() > 4 && w.endsWith("ed")) {
      return w.substring(0, w.length() - 2);
    }
    if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }

  /** The numbers a text states, in digits ("six" and "6" are the same number). */
  private static Set<String> numbers(String text) {
    Set<String> out = new HashSet<>();
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      out.add(m.group().replace(",", ""));
    }
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      int n = NUMBER_WORDS.indexOf(w);
      if (n >= 0) {
        out.add(Integer.toString(n));
      }
    }
    return out;
  }

  /** Numbers contradict when both claims state some and share none ("six killed" vs "ten killed"). */
  private static boolean compatible(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return true;
    }
    for (String x : a) {
      if (b.contains(x)) {
        return true;
      }
    }
    return false;
  }

  static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 0;
    }
    int common = 0;
    for (String x : a) {
      if (b.contains(x)) {
        common++;
      }
    }
    return (double) common / (a.size() + b.size() - common);
  }
}
