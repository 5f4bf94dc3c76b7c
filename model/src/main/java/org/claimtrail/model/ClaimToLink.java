package org.claimtrail.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What linking reads of one claim: enough to tell whether two claims say the same thing, who their
 * origin is and what their stances do to a cluster's status, and nothing of where the claim sits in
 * its article. The store supplies these for its claims, the Spark job for its Parquet tables.
 *
 * @param id the claim's stable id (a database id or a Spark claim key, as text)
 * @param articleId the article it was found in (in the same runner's terms)
 * @param sourceName who made it (the canonical entity name, or the source phrase)
 * @param sourceType the source's entity type ({@link EntityType#OTHER} for unnamed sources)
 * @param sourceEntity the canonical name of the entity the source resolved to, when it did; with
 *     {@code sourceType} it names the entity the same way in every article and every runner
 * @param stance how sure the wording is
 * @param cueLemma the cue's lemma ("claim", "according to")
 * @param content the claimed content
 * @param quote direct, indirect or mixed
 * @param via intermediaries between the publisher and the source, outermost first
 * @param published the article's publication time
 * @param publisher the article's publisher
 */
public record ClaimToLink(String id, String articleId, String sourceName, EntityType sourceType, Optional<String> sourceEntity, Stance stance,
    String cueLemma, String content, QuoteType quote, List<String> via, Optional<Instant> published, Optional<String> publisher) {
  public ClaimToLink {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(sourceType, "sourceType");
    Objects.requireNonNull(sourceEntity, "sourceEntity");
    Objects.requireNonNull(stance, "stance");
    Objects.requireNonNull(cueLemma, "cueLemma");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(quote, "quote");
    via = List.copyOf(via);
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(publisher, "publisher");
  }

  /** A claim the claims stage found in {@code found}, named {@code id}, in an article named {@code articleId}. */
  public static ClaimToLink of(String id, String articleId, Claim claim, ArticleClaims found) {
    Optional<String> entity = claim.source().entityId()
        .flatMap(e -> found.entities().stream().filter(x -> x.id().equals(e)).map(Entity::canonical).findFirst());
    Article a = found.article();
    return new ClaimToLink(id, articleId, claim.source().name(), claim.source().type(), entity, claim.stance(), claim.cueLemma(), claim.content(),
        claim.quote(), claim.via(), a.published(), a.publisher());
  }
}
