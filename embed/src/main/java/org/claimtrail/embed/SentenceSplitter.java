package org.claimtrail.embed;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cuts raw text into the sentences the encoder reads, without an NLP pipeline: the JDK's sentence
 * {@link BreakIterator} inside each line (a line break always ends a sentence: news bodies put
 * one paragraph on a line or a blank line between paragraphs), less its breaks after an
 * abbreviation from {@code abbreviations.txt} or an initial. Spans are trimmed; spans with no
 * letter or digit are dropped; a sentence over {@value #MAX_CHARS} characters is cut at a space.
 * The stance model is trained and applied on these same sentences. Thread-safe.
 */
public final class SentenceSplitter {
  static final int MAX_CHARS = 1_000;
  private static final Set<String> ABBREVIATIONS = load();

  private SentenceSplitter() {}

  /** The sentences of a text, in order. */
  public static List<TextSpan> split(String text) {
    List<TextSpan> out = new ArrayList<>();
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      splitLine(text, lineStart, lineEnd, out);
      lineStart = lineEnd + 1;
    }
    return out;
  }

  private static void splitLine(String text, int from, int to, List<TextSpan> out) {
    if (from >= to) {
      return;
    }
    BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
    it.setText(text.substring(from, to));
    int start = 0;
    for (int end = it.next(); end != BreakIterator.DONE; end = it.next()) {
      if (end < to - from && joinsNext(text, from + end)) {
        continue;
      }
      add(text, from + start, from + end, out);
      start = end;
    }
  }

  /** Whether the break before {@code at} follows an abbreviation or an initial ("Gen. ", "J. "). */
  private static boolean joinsNext(String text, int at) {
    int end = at;
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end == 0 || text.charAt(end - 1) != '.') {
      return false;
    }
    int start = end - 1;
    while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    String word = text.substring(start, end - 1);
    boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0));
    return initial || ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
  }

  private static void add(String text, int start, int end, List<TextSpan> out) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    while (end - start > MAX_CHARS) {
      int cut = text.lastIndexOf(' ', start + MAX_CHARS);
      cut = cut <= start ? start + MAX_CHARS : cut;
      add(text, start, cut, out);
      start = cut;
      while (start < end && Character.isWhitespace(text.charAt(start))) {
        start++;
      }
    }
    for (int i = start; i < end; i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        out.add(new TextSpan(start, end));
        return;
      }
    }
  }

  private static Set<String> load() {
    Set<String> words = new HashSet<>();
    try (InputStream in = SentenceSplitter.class.getResourceAsStream("abbreviations.txt")) {
      if (in == null) {
        throw new IllegalStateException("abbreviations.txt is missing from the embed jar");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String w = line.strip();
        if (!w.isEmpty() && !w.startsWith("#")) {
          words.add(w);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read abbreviations.txt", e);
    }
    return Set.copyOf(words);
  }
}
