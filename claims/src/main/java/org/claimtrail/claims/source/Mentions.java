package org.claimtrail.claims.source;

import java.util.Optional;
import org.claimtrail.claims.Context;
import org.claimtrail.claims.entity.Entities;
import org.claimtrail.model.ClaimSource;
import org.claimtrail.model.Entity;
import org.claimtrail.model.EntityType;
import org.claimtrail.nlp.Sentence;

/** The entities a source phrase mentions, and a named source made of one. */
final class Mentions {
  private Mentions() {}

  /** The mention in the span that names a source: a person before others, never a possessor ("Seoul's NIS" is NIS). */
  static Optional<Entities.TokenMention> in(Sentence s, Span span, Entities entities) {
    Entities.TokenMention best = null;
    for (int k = span.first(); k <= span.last(); k++) {
      Optional<Entities.TokenMention> m = entities.at(s.index(), k);
      if (m.isPresent() && !m.get().possessive()) {
        if (best == null || m.get().entity().type() == EntityType.PERSON || best.entity().type() != EntityType.PERSON) {
          best = m.get();
        }
        k = m.get().last();
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * A proper name the tagger left untagged (headlines: "Lynch: No outside influence…") that is
   * the name, alias or surname of a person or organisation found elsewhere in the article.
   */
  static Optional<Entity> properName(Context ctx, Sentence s, Span span) {
    for (int k = span.first(); k <= span.last(); k++) {
      if (!s.token(k).pos().startsWith("NNP")) {
        return Optional.empty();
      }
    }
    String name = ctx.slice(s.token(span.first()).begin(), s.token(span.last()).end());
    for (Entity e : ctx.entities().entities()) {
      boolean speaker = e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION || e.type() == EntityType.MEDIA;
      if (speaker && (e.canonical().equals(name) || e.canonical().endsWith(" " + name) || e.aliases().contains(name))) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  static ClaimSource entitySource(Entity e, String written, int begin, int end) {
    return new ClaimSource(e.canonical(), e.type(), e.role(), Optional.of(e.id()), written, begin, end);
  }
}
