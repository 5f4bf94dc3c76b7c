package org.claimtrail.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * A sentence with its dependency tree.
 *
 * @param index position in the text, from 0
 * @param tokens the tokens in order
 * @param heads for each token, the index of its governor in this sentence, or -1 for the root (the
 *     tree may be imperfect, a cycle say, but never points outside the sentence)
 * @param relations for each token, the relation to its governor ({@code nsubj}, {@code ccomp}…;
 *     {@code root} for the root)
 */
public record Sentence(int index, List<Token> tokens, int[] heads, String[] relations) {

  public Sentence {
    tokens = List.copyOf(tokens);
    if (heads.length != tokens.size() || relations.length != tokens.size()) {
      throw new IllegalArgumentException("heads and relations must have one entry per token: " + tokens.size());
    }
    for (int i = 0; i < heads.length; i++) {
      if (heads[i] < -1 || heads[i] >= heads.length) {
        throw new IllegalArgumentException("sentence " + index + ": token " + i + " (" + tokens.get(i).text() + ") has its head at " + heads[i]
            + ", outside the sentence's " + heads.length + " tokens");
      }
    }
  }

  public int size() {
    return tokens.size();
  }

  public Token token(int i) {
    return tokens.get(i);
  }

  public int head(int i) {
    return heads[i];
  }

  public String relation(int i) {
    return relations[i];
  }

  public int begin() {
    return tokens.isEmpty() ? 0 : tokens.get(0).begin();
  }

  public int end() {
    return tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).end();
  }

  /** The dependents of token {@code i}, in order. */
  public List<Integer> children(int i) {
    List<Integer> out = new ArrayList<>();
    for (int j = 0; j < heads.length; j++) {
      if (heads[j] == i) {
        out.add(j);
      }
    }
    return out;
  }

  /** The first dependent of {@code i} with a relation that starts with {@code prefix}, or -1. */
  public int child(int i, String prefix) {
    for (int j = 0; j < heads.length; j++) {
      if (heads[j] == i && relations[j].startsWith(prefix)) {
        return j;
      }
    }
    return -1;
  }

  /** Whether {@code i} lies in the subtree of {@code root} (a token is in its own subtree). */
  public boolean dominates(int root, int i) {
    for (int k = i, steps = 0; k >= 0 && steps <= heads.length; k = heads[k], steps++) {
      if (k == root) {
        return true;
      }
    }
    return false;
  }

  /** The smallest and largest token index in the subtree of {@code root}. */
  public int[] span(int root) {
    int lo = root;
    int hi = root;
    for (int j = 0; j < heads.length; j++) {
      if (dominates(root, j)) {
        lo = Math.min(lo, j);
        hi = Math.max(hi, j);
      }
    }
    return new int[] {lo, hi};
  }
}
