package org.claimtrail.model;

import java.util.Objects;

/**
 * Where an entity is named in the clean text.
 *
 * @param begin character offset into {@link Article#text()}
 * @param end offset just past the mention
 * @param text the mention as written ("Pyongyang", "he")
 * @param entityId the {@link Entity#id()} it refers to
 */
public record Mention(int begin, int end, String text, String entityId) {
  public Mention {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(entityId, "entityId");
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("Bad mention span " + begin + ".." + end);
    }
  }
}
