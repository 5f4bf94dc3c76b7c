package org.claimtrail.extract.metadata;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date written for readers, in a short text such as a dateline or a byline: "March 2,
 * 2015 3:46 PM", "Mon 22 Dec 2016", "December 22nd, 2016", "2015-04-30", "30.04.2015",
 * "04/30/2015" (slashes are month first, as in the US, unless the first number cannot be a
 * month). English month names; numbers alone otherwise.
 */
final class DateText {
  private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
  private static final String YEAR = "((?:19|20)\\d{2})";
  private static final Pattern ISO = Pattern.compile("\\b" + YEAR + "[-/](\\d{1,2})[-/](\\d{1,2})\\b");
  private static final Pattern MONTH_FIRST = Pattern.compile("(?i)\\b" + MONTH + "\\s+" + DAY + ",?\\s+" + YEAR + "\\b");
  private static final Pattern DAY_FIRST = Pattern.compile("(?i)\\b" + DAY + "\\.?\\s+" + MONTH + ",?\\s+" + YEAR + "\\b");
  private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})([./])(\\d{1,2})\\2" + YEAR + "\\b");
  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
          Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
          Map.entry("nov", 11), Map.entry("dec", 12));
  private static final int MAX_TEXT = 200;

  private DateText() {}

  /** The first date in {@code text}, or empty; texts longer than a dateline are not read. */
  static Optional<LocalDate> find(String text) {
    if (text == null || text.isEmpty() || text.length() > MAX_TEXT) {
      return Optional.empty();
    }
    Matcher m = ISO.matcher(text);
    if (m.find()) {
      return date(m.group(1), m.group(2), m.group(3));
    }
    m = MONTH_FIRST.matcher(text);
    if (m.find()) {
      return date(m.group(3), month(m.group(1)), m.group(2));
    }
    m = DAY_FIRST.matcher(text);
    if (m.find()) {
      return date(m.group(3), month(m.group(2)), m.group(1));
    }
    m = NUMERIC.matcher(text);
    if (m.find()) {
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(3));
      boolean dayFirst = ".".equals(m.group(2)) || a > 12;
      return date(m.group(4), String.valueOf(dayFirst ? b : a), String.valueOf(dayFirst ? a : b));
    }
    return Optional.empty();
  }

  private static String month(String name) {
    return String.valueOf(MONTHS.get(name.toLowerCase(Locale.ROOT).substring(0, 3)));
  }

  private static Optional<LocalDate> date(String y, String m, String d) {
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }
}
