package org.claimtrail.claims.cue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the claim rules' data files: tab-separated lines, blank lines and {@code #} comments
 * skipped. Each file sits next to the class that uses it and says in its header what it is for.
 */
public final class DataFile {
  private DataFile() {}

  /** The fields of each line of a resource next to {@code owner}, split on tabs into at most {@code limit} parts. */
  public static List<String[]> rows(Class<?> owner, String name, int limit) {
    List<String[]> out = new ArrayList<>();
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + name + " next to " + owner.getName());
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.split("\t", limit));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + name, e);
    }
    return out;
  }

  /** The words of a one-word-a-line list (the first field of each line), in file order. */
  public static Set<String> words(Class<?> owner, String name) {
    Set<String> out = new LinkedHashSet<>();
    for (String[] f : rows(owner, name, 2)) {
      out.add(f[0].strip());
    }
    return Set.copyOf(out);
  }

  /** A two-column file as a map from the first field to the second. */
  public static Map<String, String> pairs(Class<?> owner, String name) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String[] f : rows(owner, name, 2)) {
      if (f.length < 2) {
        throw new IllegalStateException(name + " next to " + owner.getName() + ": expected two tab-separated fields, got: " + String.join("\t", f));
      }
      out.put(f[0].strip(), f[1].strip());
    }
    return Map.copyOf(out);
  }

  /** The words of a list as one alternation, {@code (?:a|b|c)}, each word quoted: for rules that match words inside text. */
  public static String alternation(Class<?> owner, String name) {
    List<String> quoted = new ArrayList<>();
    for (String[] f : rows(owner, name, 2)) {
      quoted.add(Pattern.quote(f[0].strip()));
    }
    return "(?:" + String.join("|", quoted) + ")";
  }
}
