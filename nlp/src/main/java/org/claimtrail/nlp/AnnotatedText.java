package org.claimtrail.nlp;

import java.util.List;

/** A text and its sentences; token offsets index into {@code text}. */
public record AnnotatedText(String text, List<Sentence> sentences) {
  public AnnotatedText {
    sentences = List.copyOf(sentences);
  }

  /** The text between two character offsets. */
  public String slice(int begin, int end) {
    return text.substring(begin, end);
  }
}
