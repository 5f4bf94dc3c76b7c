package org.claimtrail.claims.time;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimtrail.claims.cue.DataFile;
import org.claimtrail.nlp.Sentence;
import org.claimtrail.nlp.Token;

/**
 * Reads the time a cue was uttered from the DATE expression bound to it ("confirmed on Tuesday",
 * "claimed in mid-October", "In early October, HUR claimed"). Dates come normalised from the
 * annotator (resolved against the publication date); "early/mid/late Month" keeps its part of the
 * month: {@code 2024-10 (mid)}. Expressions of the content ("would arrive by Oct. 23") are not
 * the time of saying and are ignored.
 */
public final class SaidWhen {
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern MONTH = Pattern.compile("(\\d{4}|XXXX)-(\\d{2})");
  private static final Pattern PART = Pattern.compile("(?i)\\b(" + DataFile.alternation(SaidWhen.class, "month-parts.txt") + ")\\b");

  private SaidWhen() {}

  /**
   * @param cue the cue token
   * @param from first token index that may hold the time (after the source)
   * @param to last token index that may hold it (before the content)
   * @param year the publication year, to complete dates without one
   */
  public static Optional<String> find(Sentence s, int cue, int from, int to, Optional<Integer> year) {
    for (int i = 0; i < s.size(); i++) {
      Token t = s.token(i);
      if (!t.ner().equals("DATE") || t.normalized().isEmpty() || t.normalized().contains("REF")) {
        continue;
      }
      boolean bound = (i >= from && i <= to) || (s.head(i) == cue && (s.relation(i).startsWith("obl") || s.relation(i).contains("tmod")));
      boolean sentenceOpening = i < from && s.head(cue) < 0 && isOpeningAdverbial(s, i, from);
      if (bound || sentenceOpening) {
        return Optional.ofNullable(render(s, i, year));
      }
    }
    return Optional.empty();
  }

  /** A date in a sentence-initial phrase ending with a comma before the source: "In early October,". */
  private static boolean isOpeningAdverbial(Sentence s, int i, int from) {
    for (int k = i + 1; k < from; k++) {
      if (s.token(k).text().equals(",")) {
        return true;
      }
    }
    return false;
  }

  private static String render(Sentence s, int i, Optional<Integer> year) {
    // The whole DATE expression around token i.
    int a = i;
    while (a - 1 >= 0 && s.token(a - 1).ner().equals("DATE")) {
      a--;
    }
    int b = i;
    while (b + 1 < s.size() && s.token(b + 1).ner().equals("DATE")) {
      b++;
    }
    StringBuilder words = new StringBuilder();
    String normalized = "";
    for (int k = a; k <= b; k++) {
      words.append(s.token(k).text()).append(' ');
      if (normalized.isEmpty() || s.token(k).normalized().length() > normalized.length()) {
        normalized = s.token(k).normalized();
      }
    }
    Matcher day = DAY.matcher(normalized);
    Matcher part = PART.matcher(words);
    if (!part.find() && day.find()) {
      return day.group();
    }
    Matcher month = MONTH.matcher(normalized.replace("****", "XXXX-"));
    String ym = null;
    if (month.find()) {
      String y = month.group(1).equals("XXXX") ? year.map(String::valueOf).orElse("XXXX") : month.group(1);
      ym = y + "-" + month.group(2);
    } else if (normalized.matches("XXXX-?\\d{2}|\\*\\*\\*\\*\\d{2}")) {
      ym = year.map(String::valueOf).orElse("XXXX") + "-" + normalized.substring(normalized.length() - 2);
    }
    if (ym == null) {
      return day.reset().find() ? day.group() : null;
    }
    part.reset();
    return part.find() ? ym + " (" + part.group(1).toLowerCase(Locale.ROOT) + ")" : ym;
  }
}
