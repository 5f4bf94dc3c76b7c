package org.claimtrail.claims.source;

import java.util.Optional;
import org.claimtrail.claims.Context;
import org.claimtrail.claims.entity.Entities;
import org.claimtrail.model.Claim;
import org.claimtrail.model.ClaimSource;
import org.claimtrail.model.Entity;
import org.claimtrail.model.EntityType;
import org.claimtrail.nlp.Sentence;

/** Who an article spoke of before a given offset: the last organisation, the last person; where an offset lies. */
final class Antecedents {
  private Antecedents() {}

  /** The most recent organisation-like claim source, else organisation mention, before {@code offset}. */
  static Optional<ClaimSource> organisationBefore(Context ctx, int offset) {
    for (int i = ctx.claims().size() - 1; i >= 0; i--) {
      Claim c = ctx.claims().get(i);
      EntityType t = c.source().type();
      if (c.cueStart() < offset && (t == EntityType.ORGANIZATION || t == EntityType.MEDIA || t == EntityType.COUNTRY)) {
        return Optional.of(c.source());
      }
    }
    for (int i = ctx.entities().tokenMentions().size() - 1; i >= 0; i--) {
      Entities.TokenMention m = ctx.entities().tokenMentions().get(i);
      Sentence ms = ctx.text().sentences().get(m.sentence());
      EntityType t = m.entity().type();
      if (ms.token(m.first()).begin() < offset && (t == EntityType.ORGANIZATION || t == EntityType.MEDIA)) {
        Entity e = m.entity();
        return Optional.of(new ClaimSource(e.canonical(), e.type(), e.role(), Optional.of(e.id()), e.canonical(), 0, 0));
      }
    }
    return Optional.empty();
  }

  /** The nearest earlier person who was a clause's subject (the likely owner of "his"), else any. */
  static Optional<Entity> lastPerson(Context ctx, int offset) {
    Entity any = null;
    for (int i = ctx.entities().tokenMentions().size() - 1; i >= 0; i--) {
      Entities.TokenMention m = ctx.entities().tokenMentions().get(i);
      Sentence ms = ctx.text().sentences().get(m.sentence());
      if (ms.token(m.first()).begin() >= offset || m.entity().type() != EntityType.PERSON) {
        continue;
      }
      for (int k = m.first(); k <= m.last(); k++) {
        if (ms.relation(k).startsWith("nsubj")) {
          return Optional.of(m.entity());
        }
      }
      if (any == null) {
        any = m.entity();
      }
    }
    return Optional.ofNullable(any);
  }

  static String lastWord(String name) {
    String[] parts = name.split("\\s+");
    return parts[parts.length - 1];
  }

  /** Whether token {@code governor} is an ancestor of the token that starts at {@code offset}. */
  static boolean dominates(Sentence s, int governor, int offset) {
    int k = 0;
    while (k < s.size() && s.token(k).begin() != offset) {
      k++;
    }
    return governor >= 0 && k < s.size() && governor != k && s.dominates(governor, k);
  }

  static int sentenceOf(Context ctx, int offset) {
    for (Sentence s : ctx.text().sentences()) {
      if (offset >= s.begin() && offset <= s.end()) {
        return s.index();
      }
    }
    return -1;
  }
}
