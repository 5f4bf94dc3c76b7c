package org.claimtrail.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimtrail.model.Timestamps;

/**
 * When an extracted title, author list or date counts as right against a reference, for every
 * extractor alike (the bench's own folding, not the extractor's cleaning):
 *
 * <ul>
 *   <li>title: equal after folding case, white space and punctuation, or equal to the reference
 *       without its site name (a {@code site_name} the index gives, else a last segment of at most
 *       four words after a separator: "Headline - Breitbart", or in brackets: "Headline [LWN.net]"),
 *       or without the site and a section before it ("Headline_Tech_Site");
 *   <li>author: the same set of names, each folded so, after a leading "By" and anything from a
 *       digit or a "Month 12" date on are cut, split at commas, "and", "&amp;", parentheses; a
 *       reference that names nobody after this (a byline that is only a date) is not counted;
 *   <li>published: the same calendar day, in UTC or in the reference's own offset.
 * </ul>
 */
final class MetadataScore {
  static final String DEFINITION =
      "right = title: equal after folding case, spaces and punctuation, or equal to the reference less its site name (and a section before it); "
          + "author: the same set of names (folded; 'By', dates and roles after a digit cut); published: the same calendar day (UTC or the reference's offset)";
  private static final String[] SEPARATORS = {" | ", " - ", " — ", " – ", " :: ", "_", " · ", " » "};
  private static final Pattern CUT = Pattern.compile("(?i)\\d|\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d");
  private static final Pattern PREFIX = Pattern.compile("(?i)^\\s*(?:by|par|por|von)\\b[:\\s]*");
  private static final Pattern SPLIT = Pattern.compile("(?i)\\s*(?:[,;&()]|\\band\\b|\\bavec\\b|\\bet\\b|\\bund\\b|\\by\\b)\\s*");
  private static final Pattern DAY = Pattern.compile("((?:19|20)\\d{2})-(\\d{2})-(\\d{2})");

  private MetadataScore() {}

  static String fold(String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  static boolean title(String got, String want, String siteName) {
    if (got == null || got.isBlank()) {
      return false;
    }
    String g = fold(got);
    String once = withoutSite(want, siteName);
    return g.equals(fold(want)) || g.equals(fold(once)) || g.equals(fold(withoutSite(once, siteName)));
  }

  /** The title less a last segment that names the site (or is at most four words), once. */
  static String withoutSite(String title, String siteName) {
    String t = title.strip();
    if (t.endsWith("]") && t.lastIndexOf(" [") > 0) {
      return t.substring(0, t.lastIndexOf(" [")).strip();
    }
    for (String sep : SEPARATORS) {
      int i = title.lastIndexOf(sep);
      if (i > 0) {
        String tail = title.substring(i + sep.length()).strip();
        boolean named = siteName != null && !siteName.isBlank() && fold(siteName).contains(fold(tail));
        if (named || (!tail.isEmpty() && tail.split("\\s+").length <= 4)) {
          return title.substring(0, i).strip();
        }
      }
    }
    return title;
  }

  /** The folded names of a byline; empty when it names nobody. */
  static Set<String> names(String byline) {
    Set<String> out = new TreeSet<>();
    if (byline == null) {
      return out;
    }
    String s = PREFIX.matcher(byline.replaceAll("\\s+", " ")).replaceFirst("");
    Matcher cut = CUT.matcher(s);
    if (cut.find()) {
      s = s.substring(0, cut.start());
    }
    for (String part : SPLIT.split(s)) {
      String f = fold(PREFIX.matcher(part).replaceFirst(""));
      if (!f.isEmpty()) {
        out.add(f);
      }
    }
    return out;
  }

  static boolean authors(List<String> got, String want) {
    return authorSet(got).equals(names(want));
  }

  static Set<String> authorSet(List<String> got) {
    Set<String> g = new TreeSet<>();
    for (String a : got) {
      g.addAll(names(a));
    }
    return g;
  }

  /** The calendar days a date string can mean: its own (as written) and its UTC day. */
  static Set<LocalDate> days(String s) {
    Set<LocalDate> out = new HashSet<>();
    if (s == null) {
      return out;
    }
    Matcher m = DAY.matcher(s);
    if (m.find()) {
      try {
        out.add(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
      } catch (java.time.DateTimeException e) {
        // not a date
      }
    }
    Timestamps.parse(s).ifPresent(t -> out.add(t.atOffset(ZoneOffset.UTC).toLocalDate()));
    return out;
  }

  static boolean published(Instant got, String want) {
    return got != null && days(want).contains(got.atOffset(ZoneOffset.UTC).toLocalDate());
  }

  static boolean published(String got, String want) {
    Set<LocalDate> w = days(want);
    return days(got).stream().anyMatch(w::contains);
  }

  /** A short digest of a folded value: the hand-judged file keeps these, never page text. */
  static String digest(String folded) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(folded.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }

  static Optional<LocalDate> day(Instant t) {
    return Optional.ofNullable(t).map(i -> i.atOffset(ZoneOffset.UTC).toLocalDate());
  }
}
