package org.claimtrail.model;

import java.text.BreakIterator;
import java.util.Locale;
import java.util.Optional;

/**
 * What people call an article: its headline, or, for text without one (the seed's plain-text
 * format), its first sentence cut to the length of a headline. The pages, the API and the CLI all
 * name articles through here, so an untitled article reads the same everywhere.
 */
public final class ArticleLabel {
  /** The longest label made from the text, in characters, "…" included. */
  public static final int MAX = 100;

  /**
   * A first "sentence" shorter than this is taken with the next one: sentence breaking stops after
   * abbreviations ("Gen. Budanov"), datelines ("KYIV —") and similar stubs.
   */
  private static final int SHORTEST = 25;

  /** How much of the text the label reads (a store need fetch no more of an untitled body). */
  public static final int HEAD = 600;

  private ArticleLabel() {}

  /** The title when there is one (not blank), else the start of {@code text}. */
  public static String of(Optional<String> title, String text) {
    return of(title.orElse(null), text);
  }

  /** As {@link #of(Optional, String)}, for stored rows whose title may be null. */
  public static String of(String title, String text) {
    if (title != null && !title.isBlank()) {
      return title.strip();
    }
    return firstSentence(text == null ? "" : text);
  }

  /** The label followed by the publisher, when known: "Title (Publisher)", for one-line outputs. */
  public static String withPublisher(String label, String publisher) {
    return publisher == null || publisher.isBlank() ? label : label + " (" + publisher.strip() + ")";
  }

  /** The first sentence of the text's first paragraph, whitespace collapsed, cut at a word to {@link #MAX}. */
  static String firstSentence(String text) {
    String head = text.strip();
    int paragraph = head.indexOf("\n\n");
    head = (paragraph > 0 ? head.substring(0, paragraph) : head);
    head = head.substring(0, Math.min(head.length(), HEAD)).replaceAll("\\s+", " ").strip();
    if (head.isEmpty()) {
      return "Untitled article";
    }
    BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
    sentences.setText(head);
    int end = sentences.next();
    while (end != BreakIterator.DONE && end < SHORTEST) {
      end = sentences.next();
    }
    String sentence = (end == BreakIterator.DONE ? head : head.substring(0, end)).strip();
    return cut(sentence);
  }

  private static String cut(String s) {
    if (s.length() <= MAX) {
      return s;
    }
    int space = s.lastIndexOf(' ', MAX - 1);
    String kept = s.substring(0, space > MAX / 2 ? space : MAX - 1);
    return kept.replaceAll("[\\s,;:–—-]+$", "") + "…";
  }
}
