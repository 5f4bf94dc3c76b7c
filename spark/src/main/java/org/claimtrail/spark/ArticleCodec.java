package org.claimtrail.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.claimtrail.model.ArticleClaims;

/**
 * An article with its entities, mentions and claims as JSON: how the expensive stage's results
 * travel between the Spark passes (and into the store loader) without a second schema to keep.
 */
public final class ArticleCodec {
  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new Jdk8Module()).registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private ArticleCodec() {}

  public static String encode(ArticleClaims ac) {
    try {
      return JSON.writeValueAsString(ac);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot encode article " + ac.article().origin(), e);
    }
  }

  public static ArticleClaims decode(String json) {
    try {
      return JSON.readValue(json, ArticleClaims.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Not an encoded article: " + e.getOriginalMessage(), e);
    }
  }

  /** The key the store files an article under: its canonical URL, else its content hash. */
  public static String key(ArticleClaims ac) {
    return ac.article().url().orElse("sha256:" + ac.article().contentHash());
  }
}
