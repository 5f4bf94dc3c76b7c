package org.claimtrail.store.search;

import java.util.Optional;

/**
 * One result.
 *
 * @param type {@code claim} or {@code article}
 * @param id the claim's or article's database id
 * @param articleId the article's database id
 * @param title the article's title, if any
 * @param label what to call the article: its title, or the start of its text ({@link org.claimtrail.model.ArticleLabel})
 * @param publisher the article's publisher, if known
 * @param source the claim's source name (claims only)
 * @param stance the claim's stance (claims only)
 * @param published the article's publication date, ISO
 * @param snippet the best passage with matches marked {@code <b>…</b>}; the text is HTML-escaped
 * @param score BM25 score
 */
public record SearchHit(
    String type, long id, long articleId, Optional<String> title, String label, Optional<String> publisher, Optional<String> source, Optional<String> stance,
    Optional<String> published, String snippet, float score) {}
