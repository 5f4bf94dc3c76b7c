package org.claimtrail.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.claimtrail.model.Article.RemovedBlock;

/**
 * The working state of the cleaning chain: the blocks of one document in order, each either kept
 * or marked removed by a named filter. Filters only mark; nothing is deleted, so a later filter
 * (and the user) can still see what was removed and by whom. Not thread-safe: one per document.
 */
public final class Blocks {
  private final List<String> texts;
  private final String[] removedBy;
  /** Each block's word count, counted once: every filter asks it (-1: not counted yet). */
  private final int[] words;
  private final Optional<String> publisher;
  private final Optional<String> title;

  public Blocks(List<String> texts, Optional<String> publisher, Optional<String> title) {
    this.texts = List.copyOf(texts);
    this.removedBy = new String[texts.size()];
    this.words = new int[texts.size()];
    java.util.Arrays.fill(words, -1);
    this.publisher = Objects.requireNonNull(publisher);
    this.title = Objects.requireNonNull(title);
  }

  /**
   * Cuts plain text into blocks: paragraphs are separated by blank lines; inside a paragraph, each
   * line is its own block unless the lines look hard-wrapped (then they are joined), because
   * scraped pages put a headline, a byline and a time stamp on consecutive lines.
   */
  public static Blocks ofText(String text, Optional<String> publisher, Optional<String> title) {
    List<String> out = new ArrayList<>();
    for (String chunk : text.replace("\r\n", "\n").replace('\r', '\n').split("\n[ \t\u00a0]*\n")) {
      String[] lines = chunk.split("\n");
      if (looksWrapped(lines)) {
        out.add(normalise(String.join(" ", lines)));
      } else {
        for (String line : lines) {
          String n = normalise(line);
          if (!n.isEmpty()) {
            out.add(n);
          }
        }
      }
    }
    out.removeIf(String::isEmpty);
    return new Blocks(out, publisher, title);
  }

  /**
   * Hard-wrapped text: several lines, all but the last of a typical wrap width, and most
   * continuation lines starting in lower case (a wrap breaks mid-sentence; a headline followed by
   * a section header does not).
   */
  static boolean looksWrapped(String[] lines) {
    if (lines.length < 2) {
      return false;
    }
    int lowerStarts = 0;
    for (int i = 0; i < lines.length - 1; i++) {
      int n = lines[i].strip().length();
      if (n < 45 || n > 100) {
        return false;
      }
      String next = lines[i + 1].strip();
      if (!next.isEmpty() && !Character.isUpperCase(next.codePointAt(0))) {
        lowerStarts++;
      }
    }
    return lowerStarts * 2 >= lines.length - 1;
  }

  /** Collapses white space (including no-break spaces) to single spaces. */
  public static String normalise(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ' || (c >= '\t' && c <= '\r') || c == '\u00a0' || c == '\u2007' || c == '\u202f') {
        space = true;
      } else {
        if (space) {
          b.append(' ');
        }
        space = false;
        b.append(c);
      }
    }
    return b.toString().strip();
  }

  public int size() {
    return texts.size();
  }

  public String text(int i) {
    return texts.get(i);
  }

  /** The words of block {@code i}, as {@link Prose#words} counts them. */
  public int words(int i) {
    if (words[i] < 0) {
      words[i] = Prose.words(texts.get(i));
    }
    return words[i];
  }

  /** Block {@code i} is running prose ({@link Prose#isProse}). */
  public boolean isProse(int i) {
    return words(i) >= Prose.PROSE_WORDS && Prose.endsLikeSentence(texts.get(i));
  }

  public boolean removed(int i) {
    return removedBy[i] != null;
  }

  /** Marks block {@code i} removed by {@code filter}, unless an earlier filter already did. */
  public void remove(int i, String filter) {
    if (removedBy[i] == null) {
      removedBy[i] = filter;
    }
  }

  public Optional<String> publisher() {
    return publisher;
  }

  public Optional<String> title() {
    return title;
  }

  /** The kept blocks, in order. */
  public List<String> kept() {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      if (removedBy[i] == null) {
        out.add(texts.get(i));
      }
    }
    return out;
  }

  /** The removed blocks, in order, with the filter that removed each. */
  public List<RemovedBlock> removedBlocks() {
    List<RemovedBlock> out = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      if (removedBy[i] != null) {
        out.add(new RemovedBlock(texts.get(i), removedBy[i]));
      }
    }
    return out;
  }
}
