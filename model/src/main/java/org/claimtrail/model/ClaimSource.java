package org.claimtrail.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Who made a claim: a resolved entity, or an unnamed source such as "media reports" or
 * "officials".
 *
 * @param name the canonical entity name, or the source phrase for unnamed sources
 * @param type the entity type ({@link EntityType#OTHER} for unnamed sources)
 * @param role a role stated in the article ("US Defense Secretary"), if any
 * @param entityId the entity, when the source is a named one
 * @param text the source as written where the claim is made ("he", "Budanov")
 * @param begin character offset of {@code text} in the article text
 * @param end offset just past it
 */
public record ClaimSource(
    String name, EntityType type, Optional<String> role, Optional<String> entityId, String text, int begin, int end) {
  public ClaimSource {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(entityId, "entityId");
    Objects.requireNonNull(text, "text");
  }

  /**
   * The end of the name of a pronoun source whose referent the article does not name before it
   * ("she (unresolved)"): a claim of somebody, but not a source with a track record of its own.
   */
  public static final String UNRESOLVED = " (unresolved)";

  public boolean named() {
    return entityId.isPresent();
  }

  /** The same source, as written at another place: "he" at {@code begin..end} for Lloyd Austin. */
  public ClaimSource writtenAs(String text, int begin, int end) {
    return new ClaimSource(name, type, role, entityId, text, begin, end);
  }
}
