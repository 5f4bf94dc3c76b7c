package org.claimtrail.link.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimtrail.model.DatedClaim;

/**
 * Groups claims whose content says the same thing. Contents are reduced to content words (lower
 * case, stop words out, a light plural/tense stemming) after a normaliser has put names in
 * canonical form ("Pyongyang" → "north korea"); two claims join when the Jaccard similarity of
 * those word sets reaches the threshold, they agree on negation, and their numbers do not
 * contradict. Candidates come from an inverted index of rarer words, so the work grows with the
 * number of similar claims, not with all pairs.
 */
public final class ClaimClusterer {
  private static final Set<String> STOP = Set.of("a", "an", "the", "of", "to", "in", "on", "at", "for", "by", "with", "and", "or", "that",
      "this", "these", "those", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "it", "its",
      "their", "they", "he", "she", "his", "her", "as", "from", "into", "about", "which", "who", "there", "than", "more");
  private static final Pattern NEGATION = Pattern.compile("(?i)\\b(?:not|no|never|n't|none|nobody|nothing|deny|denied|false)\\b");
  private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)?");

  /** Claims with fewer content words than this stay alone. */
  public static final int MIN_WORDS = 3;

  private final double threshold;
  private final UnaryOperator<String> normaliser;

  /**
   * @param threshold the least Jaccard similarity of content words
   * @param normaliser puts names in canonical form before comparison (identity if none)
   */
  public ClaimClusterer(double threshold, UnaryOperator<String> normaliser) {
    this.threshold = threshold;
    this.normaliser = normaliser;
  }

  /** What the comparison reads of one claim: its content words, negation and numbers. */
  public record Features(Set<String> words, boolean negated, Set<String> numbers) implements java.io.Serializable {
    /** Whether this claim says enough to be compared at all. */
    public boolean comparable() {
      return words.size() >= MIN_WORDS;
    }
  }

  /** The features of a claim's content, after name normalisation. */
  public Features features(String content) {
    String c = normaliser.apply(content);
    return new Features(words(c), NEGATION.matcher(c).find(), numbers(c));
  }

  /** Whether two claims say the same thing: same negation, compatible numbers, similar words. */
  public boolean joins(Features a, Features b) {
    return a.comparable() && b.comparable() && a.negated() == b.negated() && compatible(a.numbers(), b.numbers())
        && jaccard(a.words(), b.words()) >= threshold;
  }

  /**
   * Words in more than this many of {@code n} claims propose no candidates (they would propose
   * nearly every pair); the Spark linker uses the same limit, so both find the same pairs.
   */
  public static int commonLimit(long n) {
    return (int) Math.max(50, n / 20);
  }

  /** A cluster index per claim, in input order. */
  public int[] cluster(List<DatedClaim> claims) {
    int n = claims.size();
    List<Features> features = new ArrayList<>(n);
    Map<String, List<Integer>> postings = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Features f = features(claims.get(i).claim().content());
      features.add(f);
      for (String w : f.words()) {
        postings.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
      }
    }
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    int common = commonLimit(n);
    for (int i = 0; i < n; i++) {
      if (!features.get(i).comparable()) {
        continue; // "to do", "the claims outright": too little said to be the same claim as anything
      }
      Set<Integer> candidates = new HashSet<>();
      for (String w : features.get(i).words()) {
        List<Integer> p = postings.get(w);
        if (p.size() <= common) {
          for (int j : p) {
            if (j > i) {
              candidates.add(j);
            }
          }
        }
      }
      for (int j : candidates) {
        if (joins(features.get(i), features.get(j))) {
          union(parent, i, j);
        }
      }
    }
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = find(parent, i);
    }
    return out;
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

  private static final List<String> NUMBER_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
      "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty");

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

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int i, int j) {
    parent[find(parent, i)] = find(parent, j);
  }
}
