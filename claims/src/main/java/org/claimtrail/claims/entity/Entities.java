package org.claimtrail.claims.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimtrail.model.Entity;
import org.claimtrail.model.Mention;

/**
 * The entities of one article and where they are named: by character offset, and by sentence and
 * token so that claim rules can ask "which entity is this token part of?".
 */
public final class Entities {
  /** A resolved mention: its entity and its token range {@code [first, last]} in a sentence. */
  public record TokenMention(int sentence, int first, int last, Entity entity, boolean possessive) {}

  private final List<Entity> entities;
  private final List<Mention> mentions;
  private final Map<Long, TokenMention> byToken = new HashMap<>();
  private final List<TokenMention> tokenMentions;

  Entities(List<Entity> entities, List<Mention> mentions, List<TokenMention> tokenMentions) {
    this.entities = List.copyOf(entities);
    this.mentions = new ArrayList<>(mentions);
    this.tokenMentions = List.copyOf(tokenMentions);
    for (TokenMention m : tokenMentions) {
      for (int t = m.first(); t <= m.last(); t++) {
        byToken.put(key(m.sentence(), t), m);
      }
    }
  }

  private static long key(int sentence, int token) {
    return ((long) sentence << 32) | token;
  }

  public List<Entity> entities() {
    return entities;
  }

  public List<Mention> mentions() {
    return List.copyOf(mentions);
  }

  public List<TokenMention> tokenMentions() {
    return tokenMentions;
  }

  /** The mention covering a token, if any. */
  public Optional<TokenMention> at(int sentence, int token) {
    return Optional.ofNullable(byToken.get(key(sentence, token)));
  }

  /** Records a mention found later (a pronoun resolved as a claim's speaker). */
  public void addMention(Mention m) {
    mentions.add(m);
  }

  /** How many mentions are recorded: a savepoint for {@link #dropMentionsFrom}. */
  public int mentionCount() {
    return mentions.size();
  }

  /** Forgets the mentions recorded after the first {@code count} (those of a pass that failed on a sentence). */
  public void dropMentionsFrom(int count) {
    mentions.subList(count, mentions.size()).clear();
  }

  public Optional<Entity> byId(String id) {
    return entities.stream().filter(e -> e.id().equals(id)).findFirst();
  }
}
