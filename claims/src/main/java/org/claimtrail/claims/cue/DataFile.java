package org.claimtrail.claims.cue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the claim rules' data files: tab-separated lines, blank lines and {@code #} comments skipped. */
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
}
