package org.claimtrail.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A canonical entity of one article (persons, organisations, countries…), after normalisation.
 *
 * @param id stable within the article; across articles, entities are joined by canonical name
 * @param canonical the normalised name, e.g. {@code North Korea} for "DPRK" and "Pyongyang"
 * @param type its kind
 * @param aliases other names it goes by in this article or the alias table (e.g. {@code HUR})
 * @param role a title or role stated in the article, e.g. {@code US Defense Secretary}
 */
public record Entity(String id, String canonical, EntityType type, List<String> aliases, Optional<String> role) {
  public Entity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(canonical, "canonical");
    Objects.requireNonNull(type, "type");
    aliases = List.copyOf(aliases);
    Objects.requireNonNull(role, "role");
  }
}
