package org.claimtrail.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The same claim as made or repeated in several articles.
 *
 * @param id stable within one linking run
 * @param label a representative wording (the earliest member's content)
 * @param members the claims' ids, earliest first
 * @param origins the independent original sources (the ends of the provenance chains)
 * @param outlets the publishers that carried it
 * @param history how the status changed, earliest first; the last entry is the current status
 */
public record ClaimCluster(String id, String label, List<String> members, List<String> origins, List<String> outlets, List<Change> history) {
  public ClaimCluster {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    members = List.copyOf(members);
    origins = List.copyOf(origins);
    outlets = List.copyOf(outlets);
    history = List.copyOf(history);
  }

  public ClusterStatus status() {
    return history.isEmpty() ? ClusterStatus.CLAIMED : history.get(history.size() - 1).status();
  }

  /** One status change: when, to what, and the claim that caused it. */
  public record Change(Optional<Instant> at, ClusterStatus status, String claimId, String reason) {
    public Change {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(claimId, "claimId");
      Objects.requireNonNull(reason, "reason");
    }
  }
}
