package org.claimtrail.spark;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.claimtrail.model.Article;
import org.claimtrail.model.ArticleClaims;
import org.claimtrail.model.Claim;
import org.claimtrail.model.Entity;
import org.claimtrail.model.Mention;

/**
 * The Parquet tables a run writes, their schemas, and how an article's results become rows. A
 * claim is named {@code articleKey#position}; entities are numbered within their article.
 */
public final class Tables {
  private Tables() {}

  public static final String RESULTS = "_results";
  public static final String ARTICLES = "articles";
  public static final String ENTITIES = "entities";
  public static final String MENTIONS = "mentions";
  public static final String CLAIMS = "claims";
  public static final String REJECTS = "rejects";
  /** Records that are not articles on purpose (WARC requests, images, redirects, pages without text), counted per input and reason. */
  public static final String SKIPPED = "skipped";
  public static final String ARTICLE_GROUPS = "article_groups";
  public static final String CLUSTERS = "claim_clusters";
  public static final String CLUSTER_MEMBERS = "cluster_members";

  private static final org.apache.spark.sql.types.DataType STRINGS = DataTypes.createArrayType(DataTypes.StringType, false);

  public static final StructType RESULTS_SCHEMA = new StructType().add("kind", DataTypes.StringType, false).add("key", DataTypes.StringType, false)
      .add("hash", DataTypes.StringType, false).add("origin", DataTypes.StringType, false).add("stage", DataTypes.StringType, false)
      .add("payload", DataTypes.StringType, false).add("input", DataTypes.StringType, false);

  public static final StructType ARTICLES_SCHEMA = new StructType().add("key", DataTypes.StringType, false).add("origin", DataTypes.StringType, false)
      .add("url", DataTypes.StringType).add("title", DataTypes.StringType).add("publisher", DataTypes.StringType).add("authors", STRINGS)
      .add("published", DataTypes.TimestampType).add("language", DataTypes.StringType).add("content_hash", DataTypes.StringType, false)
      .add("body", DataTypes.StringType, false).add("claims", DataTypes.IntegerType, false);

  public static final StructType ENTITIES_SCHEMA = new StructType().add("article_key", DataTypes.StringType, false).add("entity", DataTypes.StringType, false)
      .add("canonical", DataTypes.StringType, false).add("type", DataTypes.StringType, false).add("aliases", STRINGS).add("role", DataTypes.StringType);

  public static final StructType MENTIONS_SCHEMA = new StructType().add("article_key", DataTypes.StringType, false).add("entity", DataTypes.StringType, false)
      .add("begin", DataTypes.IntegerType, false).add("end", DataTypes.IntegerType, false).add("text", DataTypes.StringType, false);

  public static final StructType CLAIMS_SCHEMA = new StructType().add("claim_key", DataTypes.StringType, false).add("article_key", DataTypes.StringType, false)
      .add("position", DataTypes.IntegerType, false).add("source_name", DataTypes.StringType, false).add("source_type", DataTypes.StringType, false)
      .add("source_role", DataTypes.StringType).add("source_entity", DataTypes.StringType).add("cue", DataTypes.StringType, false)
      .add("cue_lemma", DataTypes.StringType, false).add("stance", DataTypes.StringType, false).add("quote", DataTypes.StringType, false)
      .add("start", DataTypes.IntegerType, false).add("end", DataTypes.IntegerType, false).add("content", DataTypes.StringType, false).add("via", STRINGS)
      .add("said_when", DataTypes.StringType).add("confidence", DataTypes.DoubleType, false).add("published", DataTypes.TimestampType)
      .add("publisher", DataTypes.StringType);

  public static final StructType REJECTS_SCHEMA = new StructType().add("origin", DataTypes.StringType, false).add("stage", DataTypes.StringType, false)
      .add("reason", DataTypes.StringType, false);

  public static final StructType GROUPS_SCHEMA = new StructType().add("article_key", DataTypes.StringType, false).add("group_key", DataTypes.StringType, false);

  public static final StructType CLUSTERS_SCHEMA = new StructType().add("cluster_key", DataTypes.StringType, false).add("label", DataTypes.StringType, false)
      .add("status", DataTypes.StringType, false).add("members", DataTypes.IntegerType, false).add("origins", STRINGS)
      .add("history", DataTypes.createArrayType(new StructType().add("at", DataTypes.TimestampType).add("status", DataTypes.StringType, false)
          .add("claim_key", DataTypes.StringType, false).add("reason", DataTypes.StringType, false), false));

  public static final StructType MEMBERS_SCHEMA = new StructType().add("cluster_key", DataTypes.StringType, false).add("claim_key", DataTypes.StringType, false);

  public static Row article(String key, ArticleClaims ac) {
    Article a = ac.article();
    return RowFactory.create(key, a.origin(), a.url().orElse(null), a.title().orElse(null), a.publisher().orElse(null), a.authors().toArray(String[]::new),
        a.published().map(Timestamp::from).orElse(null), a.language().orElse(null), a.contentHash(), a.text(), ac.claims().size());
  }

  public static List<Row> entities(String key, ArticleClaims ac) {
    List<Row> out = new ArrayList<>();
    for (Entity e : ac.entities()) {
      out.add(RowFactory.create(key, e.id(), e.canonical(), e.type().name(), e.aliases().toArray(String[]::new), e.role().orElse(null)));
    }
    return out;
  }

  public static List<Row> mentions(String key, ArticleClaims ac) {
    List<Row> out = new ArrayList<>();
    for (Mention m : ac.mentions()) {
      out.add(RowFactory.create(key, m.entityId(), m.begin(), m.end(), m.text()));
    }
    return out;
  }

  public static String claimKey(String articleKey, int position) {
    return articleKey + "#" + position;
  }

  public static List<Row> claims(String key, ArticleClaims ac) {
    List<Row> out = new ArrayList<>();
    Article a = ac.article();
    for (int i = 0; i < ac.claims().size(); i++) {
      Claim c = ac.claims().get(i);
      out.add(RowFactory.create(claimKey(key, i), key, i, c.source().name(), c.source().type().name(), c.source().role().orElse(null),
          c.source().entityId().orElse(null), c.cue(), c.cueLemma(), c.stance().label(), c.quote().label(), c.start(), c.end(), c.content(),
          c.via().toArray(String[]::new), c.saidWhen().orElse(null), c.confidence(), a.published().map(Timestamp::from).orElse(null),
          a.publisher().orElse(null)));
    }
    return out;
  }
}
