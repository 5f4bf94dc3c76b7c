package org.claimtrail.link.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the linking rules' word lists: one word a line, in file order; blank lines and {@code #} comments skipped. */
final class WordList {
  private WordList() {}

  /** The words of a resource next to this class. */
  static List<String> read(String name) {
    List<String> out = new ArrayList<>();
    try (InputStream in = WordList.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + name + " next to " + WordList.class.getName());
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String w = line.strip();
        if (!w.isEmpty() && !w.startsWith("#")) {
          out.add(w);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + name, e);
    }
    return List.copyOf(out);
  }
}
