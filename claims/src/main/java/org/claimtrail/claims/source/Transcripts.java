package org.claimtrail.claims.source;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.claimtrail.claims.Context;
import org.claimtrail.claims.entity.Entities;
import org.claimtrail.claims.span.Tokens;
import org.claimtrail.model.ClaimSource;
import org.claimtrail.model.Entity;
import org.claimtrail.model.EntityType;
import org.claimtrail.nlp.Sentence;
import org.claimtrail.nlp.Token;

/**
 * The speaker of a transcript's paragraph (by the label that heads it or an earlier one) and the
 * article's writer: who "I" and "we" are.
 */
final class Transcripts {
  private Transcripts() {}

  /**
   * Who speaks at {@code offset} in a transcript: the person or organisation its label names, or,
   * when the label names nothing the article knows ("((Jaya))", a name changed for the interview),
   * a person by the label's words. Empty outside transcripts, under the interviewer's label
   * ("((WN))", "Q:": mostly questions) and under a label that names no one ("A:", a place): there
   * the writer speaks.
   */
  static Optional<ClaimSource> speaker(Context ctx, int offset) {
    return ctx.speakerLabel(offset).filter(l -> !l.asks()).flatMap(l -> ctx.labelSpeakers().computeIfAbsent(l, k -> labelled(ctx, k)));
  }

  private static Optional<ClaimSource> labelled(Context ctx, Context.SpeakerLabel label) {
    int si = Antecedents.sentenceOf(ctx, label.begin());
    if (si >= 0) {
      Sentence s = ctx.text().sentences().get(si);
      int first = Tokens.tokenAt(s, label.begin());
      int last = first;
      while (last + 1 < s.size() && s.token(last + 1).end() <= label.end()) {
        last++;
      }
      if (first < s.size() && s.token(first).end() <= label.end()) {
        Span span = new Span(first, last);
        Optional<Entity> named = Mentions.in(s, span, ctx.entities()).map(Entities.TokenMention::entity).or(() -> Mentions.properName(ctx, s, span));
        if (named.isPresent()) {
          Entity e = named.get();
          boolean speaks = e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION;
          return speaks ? Optional.of(Mentions.entitySource(e, label.name(), label.begin(), label.end())) : Optional.empty();
        }
      }
    }
    // By its words only a name-like label ("Jaya"), not letters ("A:", "Q:") or initials ("AN").
    boolean nameLike = label.name().length() >= 3 && !label.name().equals(label.name().toUpperCase(Locale.ROOT));
    return nameLike ? Optional.of(new ClaimSource(label.name(), EntityType.PERSON, Optional.empty(), Optional.empty(), label.name(), label.begin(),
        label.end())) : Optional.empty();
  }

  /** The article's writer as a source: by name when the article has one author. */
  static ClaimSource author(Context ctx, Token t, int begin, int end) {
    List<String> authors = ctx.article().authors();
    String name = authors.size() == 1 ? authors.get(0) : t.text().equalsIgnoreCase("we") ? "the authors" : "the author";
    return new ClaimSource(name, EntityType.PERSON, Optional.of("author"), Optional.empty(), t.text(), begin, end);
  }
}
