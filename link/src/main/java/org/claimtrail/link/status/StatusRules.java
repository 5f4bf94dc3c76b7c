package org.claimtrail.link.status;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.claimtrail.model.ClaimCluster;
import org.claimtrail.model.ClusterStatus;
import org.claimtrail.model.DatedClaim;
import org.claimtrail.model.Stance;

/**
 * Builds a cluster's origins and status history from its dated claims, in publication order:
 *
 * <ul>
 *   <li>an origin is the claim's source (the end of its provenance chain); outlets that only
 *       repeat it ("citing HUR") add no origin, so two outlets citing HUR are one origin;
 *   <li>the first claim makes the cluster <em>claimed</em>; a second independent origin makes it
 *       <em>corroborated</em>;
 *   <li>a claim with stance <em>confirmed</em> makes it <em>confirmed</em>; a claim with stance
 *       <em>denied</em> makes it <em>disputed</em>, unless it is later confirmed;
 *   <li>a denial by an origin of its own earlier claim (same source) makes it <em>retracted</em>.
 * </ul>
 */
public final class StatusRules {
  private StatusRules() {}

  public static ClaimCluster build(String id, List<DatedClaim> members) {
    List<DatedClaim> ordered = new ArrayList<>(members);
    ordered.sort(Comparator.comparing((DatedClaim d) -> d.published().orElse(Instant.MAX)).thenComparing(DatedClaim::id));
    Set<String> origins = new LinkedHashSet<>();
    Set<String> outlets = new LinkedHashSet<>();
    List<ClaimCluster.Change> history = new ArrayList<>();
    ClusterStatus current = null;
    for (DatedClaim d : ordered) {
      String origin = d.claim().source().name().toLowerCase(Locale.ROOT);
      d.publisher().ifPresent(outlets::add);
      Stance stance = d.claim().stance();
      ClusterStatus next = current;
      String reason = null;
      if (stance == Stance.DENIED) {
        if (origins.contains(origin)) {
          next = ClusterStatus.RETRACTED;
          reason = d.claim().source().name() + " denied its own claim";
        } else {
          next = ClusterStatus.DISPUTED;
          reason = d.claim().source().name() + " denied it";
        }
      } else {
        boolean newOrigin = origins.add(origin);
        if (stance == Stance.CONFIRMED && current != ClusterStatus.CONFIRMED) {
          next = ClusterStatus.CONFIRMED;
          reason = d.claim().source().name() + " confirmed it";
        } else if (current == null) {
          next = ClusterStatus.CLAIMED;
          reason = "first made by " + d.claim().source().name();
        } else if (newOrigin && current == ClusterStatus.CLAIMED && origins.size() >= 2) {
          next = ClusterStatus.CORROBORATED;
          reason = "independently made by " + d.claim().source().name();
        }
      }
      if (next != current && reason != null) {
        history.add(new ClaimCluster.Change(d.published(), next, d.id(), reason));
        current = next;
      }
    }
    List<String> originNames = new ArrayList<>();
    for (DatedClaim d : ordered) {
      String name = d.claim().source().name();
      if (d.claim().stance() != Stance.DENIED && originNames.stream().noneMatch(name::equalsIgnoreCase)) {
        originNames.add(name);
      }
    }
    String label = ordered.isEmpty() ? "" : ordered.get(0).claim().content();
    return new ClaimCluster(id, label, ordered.stream().map(DatedClaim::id).toList(), originNames, List.copyOf(outlets), history);
  }

  /** The time of the latest change, if any. */
  public static Optional<Instant> lastChange(ClaimCluster c) {
    return c.history().isEmpty() ? Optional.empty() : c.history().get(c.history().size() - 1).at();
  }
}
