package org.claimtrail.claims.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Rewrites the names in a text to their canonical form using the alias table ("Pyongyang" and
 * "DPRK" → "North Korea", "Russian" → "Russia"), longest match first over one to four words, so
 * that claims worded with different names compare as the same. For linking, not for display.
 */
public final class AliasNormaliser implements UnaryOperator<String> {
  private final AliasTable aliases;

  public AliasNormaliser(AliasTable aliases) {
    this.aliases = aliases;
  }

  @Override
  public String apply(String text) {
    String[] words = text.split("\\s+");
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < words.length) {
      int matched = 0;
      for (int len = Math.min(4, words.length - i); len >= 1 && matched == 0; len--) {
        String phrase = String.join(" ", java.util.Arrays.copyOfRange(words, i, i + len)).replaceAll("(?:['’]s)?[,.;:!?\"“”]*$", "");
        if (!phrase.isEmpty() && Character.isUpperCase(phrase.codePointAt(0))) {
          var target = aliases.lookup(phrase);
          if (target.isPresent()) {
            out.add(target.get().canonical());
            matched = len;
          }
        }
      }
      if (matched == 0) {
        out.add(words[i]);
        matched = 1;
      }
      i += matched;
    }
    return String.join(" ", out);
  }
}
