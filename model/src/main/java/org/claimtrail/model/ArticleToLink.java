package org.claimtrail.model;

import java.util.Objects;

/**
 * What linking reads of one article: its text, to find the copies of one story that other outlets
 * ran (the linker keeps only a signature of it).
 *
 * @param id the article's stable id (a database id or a Spark article key, as text)
 * @param body its clean text
 */
public record ArticleToLink(String id, String body) {
  public ArticleToLink {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(body, "body");
  }
}
