package org.claimtrail.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.claimtrail.model.ClusterStatus;
import org.claimtrail.model.EntityType;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * What analysts change by hand: status overrides (with a reason) and aliases. Both outlive the
 * linking runs and ingests that recompute everything else.
 */
public final class Edits {
  /** Longest accepted reason or alias, so one request cannot fill the database. */
  public static final int MAX_TEXT = 512;

  private final Jdbi jdbi;

  public Edits(Store store) {
    this.jdbi = store.jdbi();
  }

  /** One stored override. */
  public record Override(long id, long claimId, String status, String reason, Instant at) {}

  /** A user alias: {@code alias} names {@code canonical}, an entity of {@code type}. */
  public record UserAlias(String alias, String canonical, String type) {}

  /**
   * Sets the status of the cluster that holds {@code clusterId} now, and records the override
   * against one of its member claims so the next linking run applies it again.
   *
   * @throws IllegalArgumentException for an unknown cluster, a bad status or an empty reason
   */
  public Override overrideStatus(long clusterId, String status, String reason) {
    ClusterStatus s = parseStatus(status);
    String why = checkText("reason", reason);
    return jdbi.inTransaction(h -> {
      Long claim = h.createQuery("SELECT MIN(claim_id) FROM cluster_members WHERE cluster_id = :c").bind("c", clusterId).mapTo(Long.class).findFirst().orElse(null);
      if (claim == null) {
        throw new IllegalArgumentException("No claim cluster " + clusterId);
      }
      Instant now = Instant.now();
      long id = h.createUpdate("INSERT INTO status_overrides (claim_id, status, reason, created_at) VALUES (:c, :s, :r, :t)")
          .bind("c", claim).bind("s", s.label()).bind("r", why).bind("t", Timestamp.from(now))
          .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
      apply(h, clusterId, claim, s.label(), why, now);
      return new Override(id, claim, s.label(), why, now);
    });
  }

  /** Every override, oldest first. */
  public List<Override> overrides() {
    return jdbi.withHandle(Edits::overrides);
  }

  private static List<Override> overrides(Handle h) {
    return h.createQuery("SELECT id, claim_id, status, reason, created_at FROM status_overrides ORDER BY id")
        .map((rs, c) -> new Override(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant())).list();
  }

  /** Re-applies every override to the clusters of a fresh linking run, inside its transaction. */
  static void applyOverrides(Handle h) {
    for (Override o : overrides(h)) {
      h.createQuery("SELECT cluster_id FROM cluster_members WHERE claim_id = :c").bind("c", o.claimId()).mapTo(Long.class).findFirst()
          .ifPresent(cluster -> apply(h, cluster, o.claimId(), o.status(), o.reason(), o.at()));
    }
  }

  private static void apply(Handle h, long cluster, long claim, String status, String reason, Instant at) {
    int position = h.createQuery("SELECT COALESCE(MAX(position), -1) + 1 FROM cluster_status WHERE cluster_id = :c").bind("c", cluster).mapTo(Integer.class).one();
    h.createUpdate("INSERT INTO cluster_status (cluster_id, position, changed_at, status, claim_id, reason) VALUES (:c, :p, :t, :s, :m, :r)")
        .bind("c", cluster).bind("p", position).bind("t", Timestamp.from(at)).bind("s", status).bind("m", claim).bind("r", "analyst: " + reason).execute();
    h.createUpdate("UPDATE claim_clusters SET status = :s, last_change = :t WHERE id = :c").bind("s", status).bind("t", Timestamp.from(at)).bind("c", cluster).execute();
  }

  /**
   * Adds (or re-points) an alias. The canonical entity need not exist yet: the alias is used by
   * later ingests, and the entity row, if there is one, lists it at once.
   */
  public UserAlias addAlias(String alias, String canonical, String type) {
    String a = checkText("alias", alias);
    String c = checkText("canonical", canonical);
    EntityType t;
    try {
      t = EntityType.valueOf(type == null ? "" : type.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("type must be one of " + List.of(EntityType.values()) + ", got '" + type + "'");
    }
    if (a.contains("\t") || c.contains("\t") || a.contains("\n") || c.contains("\n")) {
      throw new IllegalArgumentException("aliases and names cannot contain tabs or line breaks");
    }
    jdbi.useTransaction(h -> {
      h.createUpdate("DELETE FROM user_aliases WHERE alias = :a").bind("a", a).execute();
      h.createUpdate("INSERT INTO user_aliases (alias, canonical, type, created_at) VALUES (:a, :c, :t, :n)")
          .bind("a", a).bind("c", c).bind("t", t.name()).bind("n", Timestamp.from(Instant.now())).execute();
      Optional<Long> entity = h.createQuery("SELECT id FROM entities WHERE canonical = :c AND type = :t").bind("c", c).bind("t", t.name()).mapTo(Long.class).findFirst();
      entity.ifPresent(id -> {
        if (h.createQuery("SELECT COUNT(*) FROM entity_aliases WHERE entity_id = :e AND alias = :a").bind("e", id).bind("a", a).mapTo(Integer.class).one() == 0) {
          h.createUpdate("INSERT INTO entity_aliases (entity_id, alias) VALUES (:e, :a)").bind("e", id).bind("a", a).execute();
        }
      });
    });
    return new UserAlias(a, c, t.name());
  }

  public List<UserAlias> aliases() {
    return jdbi.withHandle(h -> h.createQuery("SELECT alias, canonical, type FROM user_aliases ORDER BY canonical, alias")
        .map((rs, c) -> new UserAlias(rs.getString(1), rs.getString(2), rs.getString(3))).list());
  }

  /** The user aliases in the alias file format ({@code canonical<TAB>TYPE<TAB>alias} lines). */
  public String aliasFile() {
    StringBuilder sb = new StringBuilder("# analyst aliases from the store\n");
    aliases().forEach(a -> sb.append(a.canonical()).append('\t').append(a.type()).append('\t').append(a.alias()).append('\n'));
    return sb.toString();
  }

  private static ClusterStatus parseStatus(String status) {
    try {
      return ClusterStatus.valueOf(status == null ? "" : status.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("status must be one of " + List.of(ClusterStatus.values()).toString().toLowerCase(Locale.ROOT) + ", got '" + status + "'");
    }
  }

  private static String checkText(String what, String s) {
    if (s == null || s.isBlank()) {
      throw new IllegalArgumentException(what + " is required");
    }
    String t = s.strip();
    if (t.length() > MAX_TEXT) {
      throw new IllegalArgumentException(what + " is longer than " + MAX_TEXT + " characters");
    }
    return t;
  }
}
