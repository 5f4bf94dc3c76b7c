package org.claimtrail.extract.metadata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The metadata word lists, kept as data beside this class: one entry a line, {@code #} comments,
 * optional {@code [section]} headers. Entries are lower case.
 */
final class WordLists {
  private WordLists() {}

  /** The entries of a file without sections. */
  static List<String> list(String resource) {
    return sections(resource).getOrDefault("", List.of());
  }

  /** The entries of each section of a file; a missing file is a packaging error. */
  static Map<String, List<String>> sections(String resource) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    String section = "";
    try (InputStream in = WordLists.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + resource + " beside " + WordLists.class.getName());
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        String t = line.strip();
        if (t.isEmpty() || t.startsWith("#")) {
          continue;
        }
        if (t.startsWith("[") && t.endsWith("]")) {
          section = t.substring(1, t.length() - 1);
          continue;
        }
        out.computeIfAbsent(section, k -> new ArrayList<>()).add(t.toLowerCase(Locale.ROOT));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource, e);
    }
    out.replaceAll((k, v) -> List.copyOf(v));
    return out;
  }
}
