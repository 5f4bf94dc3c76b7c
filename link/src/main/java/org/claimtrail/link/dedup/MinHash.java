package org.claimtrail.link.dedup;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * MinHash signatures over word shingles: the share of equal positions in two signatures estimates
 * the Jaccard similarity of the two texts' shingle sets. Hash functions are fixed by a seed, so
 * signatures computed on different machines (CLI, Spark executors) compare.
 */
public final class MinHash {
  public static final int DEFAULT_SIZE = 128;
  public static final int DEFAULT_SHINGLE = 5;

  private final long[] seeds;
  private final int shingle;

  public MinHash(int size, int shingle, long seed) {
    if (size <= 0 || shingle <= 0) {
      throw new IllegalArgumentException("size and shingle must be positive: " + size + ", " + shingle);
    }
    this.seeds = new long[size];
    long s = seed;
    for (int i = 0; i < size; i++) {
      s = mix(s + 0x9E3779B97F4A7C15L);
      seeds[i] = s;
    }
    this.shingle = shingle;
  }

  public MinHash() {
    this(DEFAULT_SIZE, DEFAULT_SHINGLE, 42);
  }

  public int size() {
    return seeds.length;
  }

  /** The signature of a text; texts shorter than one shingle use their words as one shingle. */
  public long[] signature(String text) {
    long[] sig = new long[seeds.length];
    Arrays.fill(sig, Long.MAX_VALUE);
    for (long h : shingles(text)) {
      for (int i = 0; i < seeds.length; i++) {
        long v = mix(h ^ seeds[i]);
        if (v < sig[i]) {
          sig[i] = v;
        }
      }
    }
    return sig;
  }

  /** Estimated Jaccard similarity of two signatures of the same size. */
  public static double similarity(long[] a, long[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("Signatures of different sizes: " + a.length + " and " + b.length);
    }
    int same = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return (double) same / a.length;
  }

  private Set<Long> shingles(String text) {
    List<String> words = new ArrayList<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    Set<Long> out = new HashSet<>();
    int width = Math.min(shingle, words.size());
    for (int i = 0; width > 0 && i + width <= words.size(); i++) {
      long h = 1469598103934665603L; // FNV-1a over the shingle's words
      for (int j = i; j < i + width; j++) {
        for (byte b : words.get(j).getBytes(StandardCharsets.UTF_8)) {
          h = (h ^ b) * 1099511628211L;
        }
        h = (h ^ ' ') * 1099511628211L;
      }
      out.add(h);
    }
    return out;
  }

  /** A 64-bit finaliser (SplitMix64): spreads similar inputs over the whole range. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
