package org.claimtrail.model;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date and time spellings found in news metadata (ISO-8601 with or without zone or
 * seconds, {@code +0100} offsets, RFC 1123 as in feeds and HTTP, bare dates, epoch seconds or
 * milliseconds). Times without a zone are taken as UTC. The one helper in the model: every stage
 * that reads metadata needs the same reading, and it depends on the JDK only.
 */
public final class Timestamps {
  /** Years outside this range are treated as typos or hostile input, not dates. */
  private static final int MIN_YEAR = 1800;

  private static final int MAX_YEAR = 2200;

  private static final Pattern COMPACT_OFFSET = Pattern.compile("([+-]\\d{2})(\\d{2})$");
  private static final Pattern EPOCH = Pattern.compile("\\d{9,13}");

  private static final List<DateTimeFormatter> ZONED =
      List.of(
          DateTimeFormatter.ISO_OFFSET_DATE_TIME,
          DateTimeFormatter.RFC_1123_DATE_TIME,
          new DateTimeFormatterBuilder()
              .parseCaseInsensitive()
              .appendPattern("EEE, d MMM yyyy HH:mm[:ss] zzz")
              .toFormatter(Locale.ROOT));

  private static final List<DateTimeFormatter> LOCAL =
      List.of(
          DateTimeFormatter.ISO_LOCAL_DATE_TIME,
          new DateTimeFormatterBuilder()
              .appendPattern("yyyy-MM-dd['T'][' ']HH:mm")
              .parseDefaulting(ChronoField.SECOND_OF_MINUTE, 0)
              .toFormatter(Locale.ROOT),
          new DateTimeFormatterBuilder()
              .appendPattern("yyyy/MM/dd[' ']HH:mm[:ss]")
              .parseDefaulting(ChronoField.SECOND_OF_MINUTE, 0)
              .toFormatter(Locale.ROOT));

  private static final List<DateTimeFormatter> DATES =
      List.of(
          DateTimeFormatter.ISO_LOCAL_DATE,
          DateTimeFormatter.ofPattern("yyyy/MM/dd", Locale.ROOT),
          DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT),
          new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("MMMM d, yyyy").toFormatter(Locale.ENGLISH),
          new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("MMM d, yyyy").toFormatter(Locale.ENGLISH),
          new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("d MMMM yyyy").toFormatter(Locale.ENGLISH),
          new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("d MMM yyyy").toFormatter(Locale.ENGLISH));

  private Timestamps() {}

  /** The instant a string names, or empty when it is not a date we can read. */
  public static Optional<Instant> parse(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String s = raw.strip();
    if (s.isEmpty() || s.length() > 64) {
      return Optional.empty();
    }
    if (EPOCH.matcher(s).matches()) {
      long n = Long.parseLong(s);
      return sane(s.length() >= 12 ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n));
    }
    String iso = s.replace(' ', 'T');
    Matcher m = COMPACT_OFFSET.matcher(iso);
    if (iso.contains("T") && m.find()) {
      iso = iso.substring(0, m.start()) + m.group(1) + ":" + m.group(2);
    }
    if (iso.endsWith("z")) {
      iso = iso.substring(0, iso.length() - 1) + "Z";
    }
    for (DateTimeFormatter f : ZONED) {
      for (String candidate : List.of(iso, s)) {
        try {
          return sane(ZonedDateTime.parse(candidate, f).toInstant());
        } catch (DateTimeException e) {
          // try the next spelling
        }
      }
    }
    try {
      return sane(OffsetDateTime.parse(iso).toInstant());
    } catch (DateTimeException e) {
      // not an offset date-time
    }
    for (DateTimeFormatter f : LOCAL) {
      for (String candidate : List.of(iso, s)) {
        try {
          return sane(LocalDateTime.parse(candidate, f).toInstant(ZoneOffset.UTC));
        } catch (DateTimeException e) {
          // try the next spelling
        }
      }
    }
    for (DateTimeFormatter f : DATES) {
      try {
        return sane(LocalDate.parse(s, f).atStartOfDay(ZoneOffset.UTC).toInstant());
      } catch (DateTimeException e) {
        // try the next spelling
      }
    }
    return Optional.empty();
  }

  /** A publication time inside the plausible years, else empty (year 0 and 9999 are typos or placeholders). */
  public static Optional<Instant> plausible(Instant t) {
    return sane(t);
  }

  private static Optional<Instant> sane(Instant t) {
    int year = t.atOffset(ZoneOffset.UTC).getYear();
    return year >= MIN_YEAR && year <= MAX_YEAR ? Optional.of(t) : Optional.empty();
  }
}
