package org.claimtrail.extract.metadata;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Person names out of a byline as pages write it: "By JANE ROE and John Doe, Staff Writers |
 * Updated 3:46 PM", "Par Sébastien Farcis", "Jane Roe @janeroe". The prefix ("By"), Twitter
 * handles, e-mail addresses and what follows a separator, an "Updated"/"Published" or a date go;
 * names are split at commas and joining words (lower case, or "AND": a capital "E" or "Y" is an
 * initial); roles ("Staff Writer", "Reporter") are no names.
 * The words are data ({@code bylines.txt}).
 */
final class Bylines {
  private static final Map<String, List<String>> WORDS = WordLists.sections("bylines.txt");
  private static final Pattern PREFIX = Pattern.compile("^(?i)(?:" + alternatives("prefix") + ")\\s*[:\\-–—]?\\s+");
  private static final Set<String> ROLES = new HashSet<>(WORDS.get("role"));
  private static final Set<String> AFFILIATIONS = new HashSet<>(WORDS.get("affiliation"));
  private static final Pattern SPLIT = Pattern.compile("\\s*(?:[,;/()\\[\\]]|&|\\b(?:" + alternatives("join") + "|AND|UND|ET)\\s)\\s*");
  private static final Pattern STRUCTURED_SPLIT = Pattern.compile("\\s*(?:[,;]|&|\\b(?:" + alternatives("join") + "|AND|UND|ET)\\s)\\s*");
  private static final Pattern HANDLE_OR_MAIL = Pattern.compile("\\S+@\\S+|@\\w+|https?://\\S+|www\\.\\S+");
  private static final Pattern END =
      Pattern.compile(
          "(?i)\\s[|•·]|\\|"
              + "|\\s[-–—]\\s"
              + "|\\d"
              + "|\\b(?:updated|published|posted|last modified|modified|follow|email|e-mail|read more|view all|more from|more by|see all)\\b"
              + "|\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d"
              + "|\\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?\\b,");
  private static final Pattern PLACE_OR_OUTLET_TAIL = Pattern.compile("\\s(?:in|at|for|from)\\s+\\p{Lu}.*$");
  /** "Richard (R.J.) Eskow": a short aside in parentheses is part of one name, not a second. */
  private static final Pattern NICKNAME = Pattern.compile("\\s\\((?:[^()\\s]{1,12})\\)\\s");
  private static final int MAX_WORDS = 5;
  private static final int MAX_CHARS = 60;

  private Bylines() {}

  private static String alternatives(String section) {
    return WORDS.get(section).stream().map(Pattern::quote).collect(Collectors.joining("|"));
  }

  /** Whether a text opens as a byline does ("By …", "Par …"). */
  static boolean opensWithPrefix(String text) {
    return PREFIX.matcher(Text.clean(text)).lookingAt();
  }

  /**
   * The names in one structured value (a JSON-LD or Parse.ly author name): split only at "and",
   * "&amp;", ";" and commas, so "Bruno (Henrique Zecchin) Rodrigues" stays one name.
   */
  static List<String> structured(String raw) {
    return names(raw, STRUCTURED_SPLIT);
  }

  /** The names in one byline string, in order, without repeats; empty when it names nobody. */
  static List<String> names(String raw) {
    return names(raw, SPLIT);
  }

  private static List<String> names(String raw, Pattern split) {
    String s = HANDLE_OR_MAIL.matcher(Text.clean(raw)).replaceAll(" ");
    s = NICKNAME.matcher(s).replaceAll(" ");
    s = stripPrefix(s.strip());
    Matcher end = END.matcher(s);
    if (end.find()) {
      s = s.substring(0, end.start());
    }
    List<String> out = new ArrayList<>();
    for (String part : split.split(s)) {
      if (!out.isEmpty() && (hasRole(part) || isAffiliation(part))) {
        break; // "Jane Roe, Senior Staff Technologist, ACLU Project": the rest is her position
      }
      String name = name(part);
      if (!name.isEmpty() && out.stream().noneMatch(name::equalsIgnoreCase)) {
        out.add(name);
      }
    }
    return out;
  }

  private static String stripPrefix(String s) {
    for (int i = 0; i < 2; i++) {
      Matcher m = PREFIX.matcher(s);
      if (!m.find()) {
        break;
      }
      s = s.substring(m.end());
    }
    return s;
  }

  /** One part as a person's name, or empty: roles stripped, a place or an outlet after "in"/"for" cut. */
  private static String name(String part) {
    String p = stripPrefix(part.replaceAll("^[\\s\"'“”‘’.:*-]+|[\\s\"'“”‘’.:*,-]+$", ""));
    String before = p;
    p = stripRoles(p);
    if (!p.equals(before.strip()) && !p.isBlank() && p.split("\\s+").length == 1) {
      return ""; // "National Desk", "Metro Staff": a desk, not a person
    }
    if (p.split("\\s+").length >= 3) {
      p = PLACE_OR_OUTLET_TAIL.matcher(p).replaceFirst("");
    }
    p = stripLowerTail(stripRoles(p)).strip();
    return isName(p) ? p : "";
  }

  /** "The Plain Dealer", "Northeast Ohio Media Group": an outlet after the names. */
  private static boolean isAffiliation(String part) {
    String p = part.strip();
    if (p.startsWith("The ") || p.startsWith("the ")) {
      return true;
    }
    for (String w : p.toLowerCase(Locale.ROOT).split("[\\s.,:]+")) {
      if (AFFILIATIONS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasRole(String part) {
    for (String w : part.toLowerCase(Locale.ROOT).split("[\\s.,:]+")) {
      if (ROLES.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** "Aleš Vávra před": words in lower case after a name are no part of it (particles before the last name stay). */
  private static String stripLowerTail(String p) {
    String[] words = p.strip().split("\\s+");
    int to = words.length;
    while (to > 1 && !words[to - 1].isEmpty() && Character.isLowerCase(words[to - 1].codePointAt(0))) {
      to--;
    }
    return String.join(" ", java.util.Arrays.copyOfRange(words, 0, to));
  }

  private static String stripRoles(String p) {
    String[] words = p.strip().split("\\s+");
    int from = 0;
    int to = words.length;
    for (boolean changed = true; changed && from < to; ) {
      changed = false;
      for (int n = Math.min(3, to - from); n >= 1; n--) {
        if (isRole(words, to - n, to)) {
          to -= n;
          changed = true;
          break;
        }
        if (isRole(words, from, from + n)) {
          from += n;
          changed = true;
          break;
        }
      }
    }
    return String.join(" ", java.util.Arrays.copyOfRange(words, from, to));
  }

  private static boolean isRole(String[] words, int from, int to) {
    if (from < 0 || to > words.length || from >= to) {
      return false;
    }
    return ROLES.contains(String.join(" ", java.util.Arrays.copyOfRange(words, from, to)).toLowerCase(Locale.ROOT).replaceAll("[.,:]", ""));
  }

  /** A person's (or an agency's) name: a few words, no digits; in Latin script, capitalised. */
  static boolean isName(String s) {
    if (s.isEmpty() || s.length() > MAX_CHARS || s.chars().anyMatch(Character::isDigit)) {
      return false;
    }
    String[] words = s.split("\\s+");
    boolean latin = s.chars().anyMatch(c -> c < 0x250 && Character.isLetter(c));
    if (!latin) {
      return s.length() <= 12 && s.chars().anyMatch(Character::isLetter);
    }
    return words.length <= MAX_WORDS && Character.isUpperCase(firstLetter(s)) && s.chars().filter(Character::isLetter).count() >= 2;
  }

  private static int firstLetter(String s) {
    return s.chars().filter(Character::isLetter).findFirst().orElse('a');
  }
}
