package org.claimtrail.extract.text;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Boilerplate learned from a corpus: lines that recur across many documents of the same publisher
 * (a promo, a blurb, a newsletter prompt) are page furniture, whatever their wording.
 *
 * <p>How the thresholds work: a line counts once per distinct document (documents with identical
 * text count once, so a syndicated or re-ingested article cannot make its own lines look
 * repeated). A line is boilerplate for a publisher when it occurs in at least {@code minDocs}
 * documents <em>and</em> in at least {@code minShare} of that publisher's documents. Lines longer
 * than {@link #MAX_WORDS} words are never learned: long prose that repeats is quoted text or a
 * duplicate story, which the link stage handles. Lines are compared after lower-casing, digits
 * turned to 0 and white space collapsed, so "Updated 3h ago" and "Updated 5h ago" are one line.
 *
 * <p>Build one with {@link Learner}; the finished model is immutable and thread-safe.
 */
public final class RepeatedLines {
  public static final int MAX_WORDS = 60;
  public static final RepeatedLines NONE = new RepeatedLines(Map.of());

  private final Map<String, Set<String>> boilerplateByPublisher;

  private RepeatedLines(Map<String, Set<String>> boilerplateByPublisher) {
    this.boilerplateByPublisher = boilerplateByPublisher;
  }

  /** Whether {@code line} is learned boilerplate for {@code publisher}. */
  public boolean isBoilerplate(String publisher, String line) {
    Set<String> lines = boilerplateByPublisher.get(publisher);
    return lines != null && lines.contains(key(line));
  }

  /** How many distinct boilerplate lines were learned, over all publishers. */
  public int size() {
    return boilerplateByPublisher.values().stream().mapToInt(Set::size).sum();
  }

  static String key(String line) {
    return Blocks.normalise(line).toLowerCase(Locale.ROOT).replaceAll("\\p{Nd}", "0");
  }

  /** Collects line counts document by document; not thread-safe. */
  public static final class Learner {
    private final int minDocs;
    private final double minShare;
    private final Map<String, Map<String, Integer>> counts = new HashMap<>();
    private final Map<String, Integer> docs = new HashMap<>();
    private final Set<Integer> seenTexts = new HashSet<>();

    /**
     * @param minDocs the fewest distinct documents a line must occur in (at least 2)
     * @param minShare the least share of the publisher's documents it must occur in, 0 to 1
     */
    public Learner(int minDocs, double minShare) {
      if (minDocs < 2 || minShare < 0 || minShare > 1) {
        throw new IllegalArgumentException("Need minDocs >= 2 and 0 <= minShare <= 1, got " + minDocs + ", " + minShare);
      }
      this.minDocs = minDocs;
      this.minShare = minShare;
    }

    /** Defaults: 3 documents and 30 % of the publisher's. */
    public Learner() {
      this(3, 0.3);
    }

    /** Counts the lines of one document of {@code publisher}. */
    public void add(String publisher, List<String> lines) {
      if (!seenTexts.add(String.join("\n", lines).hashCode())) {
        return;
      }
      docs.merge(publisher, 1, Integer::sum);
      Map<String, Integer> c = counts.computeIfAbsent(publisher, k -> new HashMap<>());
      Set<String> inThisDoc = new HashSet<>();
      for (String line : lines) {
        if (Prose.words(line) <= MAX_WORDS && inThisDoc.add(key(line))) {
          c.merge(key(line), 1, Integer::sum);
        }
      }
    }

    public RepeatedLines build() {
      Map<String, Set<String>> out = new HashMap<>();
      counts.forEach(
          (publisher, c) -> {
            int n = docs.get(publisher);
            Set<String> lines = new HashSet<>();
            c.forEach(
                (line, count) -> {
                  if (count >= minDocs && count >= minShare * n) {
                    lines.add(line);
                  }
                });
            if (!lines.isEmpty()) {
              out.put(publisher, Set.copyOf(lines));
            }
          });
      return new RepeatedLines(Map.copyOf(out));
    }
  }
}
