package org.claimtrail.claims.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimtrail.claims.cue.DataFile;
import org.claimtrail.nlp.Sentence;

/** An unnamed source's name: the phrase as written ("media reports", "officials"), in lower case. */
final class UnnamedSources {
  private static final Set<String> DETERMINERS = DataFile.words(UnnamedSources.class, "determiners.txt");
  /** Determiners that stand for people on their own ("Some say …", "Many believe …"). */
  private static final Set<String> QUANTIFIERS = DataFile.words(UnnamedSources.class, "quantifiers.txt");

  /** Words that name no one on their own ({@code no-names.txt}). */
  private static final Pattern NO_NAMES = Pattern.compile("(?i)" + DataFile.alternation(UnnamedSources.class, "no-names.txt"));

  private UnnamedSources() {}

  /** Longest unnamed-source name, in words as written ("egypt's" and "al-sisi" are one each). */
  private static final int NAME_WORDS = 8;

  /** Tags a name cut at {@link #NAME_WORDS} does not end on: "… court of", "… the", "… and". */
  private static final Set<String> DANGLING = Set.of("IN", "DT", "CC", "TO", "POS", "PRP$", "HYPH", ",", ":");

  /** "media reports", "officials": the phrase without leading determiners, in lower case, as written. */
  static String name(Sentence s, Span span) {
    List<Integer> kept = new ArrayList<>();
    int words = 0;
    boolean cut = false;
    for (int k = span.first(); k <= span.last(); k++) {
      if (kept.isEmpty() && DETERMINERS.contains(s.token(k).text().toLowerCase(Locale.ROOT))) {
        continue;
      }
      boolean newWord = kept.isEmpty() || spaceBefore(s, k);
      if (newWord && words == NAME_WORDS) {
        cut = true;
        break;
      }
      words += newWord ? 1 : 0;
      kept.add(k);
    }
    while (cut && kept.size() > 1 && DANGLING.contains(s.token(kept.get(kept.size() - 1)).pos())) {
      kept.remove(kept.size() - 1);
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < kept.size(); i++) {
      int k = kept.get(i);
      if (i > 0 && spaceBefore(s, k)) {
        sb.append(' '); // as written: "officials’ reports", not "officials ’ reports"
      }
      sb.append(s.token(k).text());
    }
    String name = sb.toString().toLowerCase(Locale.ROOT).strip();
    if (name.isEmpty() && span.first() == span.last() && QUANTIFIERS.contains(s.token(span.first()).text().toLowerCase(Locale.ROOT))) {
      return s.token(span.first()).text().toLowerCase(Locale.ROOT); // "Some accused Trump of …": people, unnamed
    }
    return NO_NAMES.matcher(name).matches() ? "" : name;
  }

  /** Whether the text has a space (or more) between token {@code k} and the one before it. */
  private static boolean spaceBefore(Sentence s, int k) {
    return s.token(k).begin() > s.token(k - 1).end();
  }
}
