package org.claimtrail.extract.html;

import java.util.HashSet;
import java.util.Set;

/**
 * A set of words looked up in an element's class, id, role and itemprop names, where a word
 * stands between separators (white space, {@code _}, {@code -}) as in {@code (?:^|[\s_-])word(?:$|[\s_-])},
 * and a word that holds a hyphen ({@code author-bio}) matches the same run of parts. Case is
 * ignored. A hash lookup per part instead of a regular expression per element: the pruner and
 * the locator ask this of every element of every page.
 */
final class NameWords {
  private final Set<String> words = new HashSet<>();
  private final Set<String> hyphenated = new HashSet<>();
  private int maxParts = 1;

  NameWords(String... entries) {
    for (String e : entries) {
      String w = e.toLowerCase(java.util.Locale.ROOT);
      if (w.indexOf('-') >= 0) {
        hyphenated.add(w);
        maxParts = Math.max(maxParts, w.split("-").length);
      } else {
        words.add(w);
      }
    }
  }

  /** Whether one of the words stands in {@code names}. */
  boolean in(String names) {
    int n = names.length();
    int i = 0;
    while (i < n) {
      while (i < n && isSeparator(names.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !isSeparator(names.charAt(i))) {
        i++;
      }
      if (i > start && (words.contains(lower(names, start, i)) || (!hyphenated.isEmpty() && hyphenatedFrom(names, start)))) {
        return true;
      }
    }
    return false;
  }

  /** A hyphenated word starting at {@code start}: parts joined by single hyphens. */
  private boolean hyphenatedFrom(String names, int start) {
    int end = start;
    for (int parts = 1; parts <= maxParts; parts++) {
      while (end < names.length() && !isSeparator(names.charAt(end))) {
        end++;
      }
      if (parts > 1 && hyphenated.contains(lower(names, start, end))) {
        return true;
      }
      if (end >= names.length() || names.charAt(end) != '-') {
        return false;
      }
      end++;
    }
    return false;
  }

  private static boolean isSeparator(char c) {
    return c == '-' || c == '_' || Character.isWhitespace(c);
  }

  private static String lower(String s, int from, int to) {
    boolean lower = true;
    for (int i = from; i < to && lower; i++) {
      lower = !Character.isUpperCase(s.charAt(i));
    }
    String sub = s.substring(from, to);
    return lower ? sub : sub.toLowerCase(java.util.Locale.ROOT);
  }
}
