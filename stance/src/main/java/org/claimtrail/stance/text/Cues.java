package org.claimtrail.stance.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the cue words of each {@link Cue} list in a run of words. A list line is one word or a
 * phrase of words in order; the longest phrase starting at a word wins within a list, and lists
 * count independently ("not true" is refuting, and its "not" is a negation too).
 */
public final class Cues {
  private static final Map<Cue, Map<String, List<String[]>>> PHRASES = load();

  private Cues() {}

  /** A cue found: its kind and the words it covers, {@code [from, to)}. */
  public record Found(Cue cue, int from, int to) {}

  /** Every cue in the words, in order of kind and then position. */
  public static List<Found> find(List<Words.Word> words) {
    List<Found> found = new ArrayList<>();
    for (Cue cue : Cue.values()) {
      Map<String, List<String[]>> byFirst = PHRASES.get(cue);
      for (int i = 0; i < words.size(); i++) {
        List<String[]> candidates = byFirst.get(words.get(i).text());
        if (candidates == null) {
          continue;
        }
        int best = 0;
        for (String[] phrase : candidates) {
          if (phrase.length > best && matches(words, i, phrase)) {
            best = phrase.length;
          }
        }
        if (best > 0) {
          found.add(new Found(cue, i, i + best));
          i += best - 1;
        }
      }
    }
    return found;
  }

  /** How many cues of each kind the words hold, indexed by {@link Cue#ordinal()}. */
  public static int[] count(List<Words.Word> words) {
    int[] counts = new int[Cue.values().length];
    for (Found f : find(words)) {
      counts[f.cue().ordinal()]++;
    }
    return counts;
  }

  private static boolean matches(List<Words.Word> words, int at, String[] phrase) {
    if (at + phrase.length > words.size()) {
      return false;
    }
    for (int k = 0; k < phrase.length; k++) {
      if (!words.get(at + k).text().equals(phrase[k])) {
        return false;
      }
    }
    return true;
  }

  private static Map<Cue, Map<String, List<String[]>>> load() {
    Map<Cue, Map<String, List<String[]>>> all = new EnumMap<>(Cue.class);
    for (Cue cue : Cue.values()) {
      Map<String, List<String[]>> byFirst = new HashMap<>();
      try (InputStream in = Cues.class.getResourceAsStream(cue.file)) {
        if (in == null) {
          throw new IllegalStateException(cue.file + " is missing from the stance jar");
        }
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          String p = line.strip();
          if (!p.isEmpty() && !p.startsWith("#")) {
            String[] phrase = p.split("\\s+");
            byFirst.computeIfAbsent(phrase[0], k -> new ArrayList<>()).add(phrase);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + cue.file, e);
      }
      all.put(cue, byFirst);
    }
    return all;
  }
}
