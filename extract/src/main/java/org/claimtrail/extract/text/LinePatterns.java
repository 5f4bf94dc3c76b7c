package org.claimtrail.extract.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The line lexicon of {@code boilerplate-lines.txt}: sections of regular expressions, one per
 * filter. Kept as data so that a new promo wording is a one-line change, not code.
 */
public final class LinePatterns {
  private static final String RESOURCE = "boilerplate-lines.txt";
  private static final Map<String, List<Pattern>> SECTIONS = load();

  private LinePatterns() {}

  /** The patterns of one section; an unknown section is a programming error. */
  public static List<Pattern> section(String name) {
    List<Pattern> p = SECTIONS.get(name);
    if (p == null) {
      throw new IllegalArgumentException("No section [" + name + "] in " + RESOURCE + "; have " + SECTIONS.keySet());
    }
    return p;
  }

  /** True when one of the patterns matches the whole text. */
  public static boolean matchesAny(List<Pattern> patterns, String text) {
    for (Pattern p : patterns) {
      if (p.matcher(text).matches()) {
        return true;
      }
    }
    return false;
  }

  private static Map<String, List<Pattern>> load() {
    Map<String, List<Pattern>> out = new HashMap<>();
    try (InputStream in = LinePatterns.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + RESOURCE + " next to " + LinePatterns.class.getName());
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<Pattern> current = null;
      String line;
      int number = 0;
      while ((line = r.readLine()) != null) {
        number++;
        String t = line.strip();
        if (t.isEmpty() || t.startsWith("#")) {
          continue;
        }
        if (t.startsWith("[") && t.endsWith("]")) {
          current = out.computeIfAbsent(t.substring(1, t.length() - 1), k -> new ArrayList<>());
        } else if (current == null) {
          throw new IllegalStateException(RESOURCE + ":" + number + ": pattern before any [section]");
        } else {
          current.add(Pattern.compile(t, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + RESOURCE, e);
    }
    out.replaceAll((k, v) -> List.copyOf(v));
    return Map.copyOf(out);
  }
}
