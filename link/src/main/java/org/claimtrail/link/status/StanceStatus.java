package org.claimtrail.link.status;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.claimtrail.model.ClaimCluster;
import org.claimtrail.model.ClaimToLink;
import org.claimtrail.model.ClusterStatus;
import org.claimtrail.model.Stance;

/**
 * Status from the members' stances and the number of their origins, in publication order:
 *
 * <ul>
 *   <li>the first claim makes the cluster <em>claimed</em>; a second independent origin
 *       ({@link Origins}) makes it <em>corroborated</em>;
 *   <li>a claim with stance <em>confirmed</em> makes it <em>confirmed</em>; a claim with stance
 *       <em>denied</em> makes it <em>disputed</em>, unless it is later confirmed;
 *   <li>a denial by an origin of its own earlier claim (the same origin) makes it <em>retracted</em>.
 * </ul>
 *
 * The origins listed are the sources of the members that do not deny it, in order.
 */
public final class StanceStatus implements StatusRules {
  private final Origins origins;

  public StanceStatus(Origins origins) {
    this.origins = origins;
  }

  @Override
  public ClaimCluster build(String id, List<ClaimToLink> members) {
    List<ClaimToLink> ordered = new ArrayList<>(members);
    ordered.sort(Comparator.comparing((ClaimToLink c) -> c.published().orElse(Instant.MAX)).thenComparing(ClaimToLink::id));
    Set<String> outlets = new LinkedHashSet<>();
    ordered.forEach(c -> c.publisher().ifPresent(outlets::add));
    String label = ordered.isEmpty() ? "" : ordered.get(0).content();
    return new ClaimCluster(id, label, ordered.stream().map(ClaimToLink::id).toList(), originNames(ordered), List.copyOf(outlets), history(ordered));
  }

  private List<ClaimCluster.Change> history(List<ClaimToLink> ordered) {
    Set<String> seen = new HashSet<>();
    List<ClaimCluster.Change> history = new ArrayList<>();
    ClusterStatus current = null;
    for (ClaimToLink c : ordered) {
      String origin = origins.key(c);
      String source = c.sourceName();
      ClusterStatus next = current;
      String reason = null;
      if (c.stance() == Stance.DENIED) {
        next = seen.contains(origin) ? ClusterStatus.RETRACTED : ClusterStatus.DISPUTED;
        reason = seen.contains(origin) ? source + " denied its own claim" : source + " denied it";
      } else {
        boolean newOrigin = seen.add(origin);
        if (c.stance() == Stance.CONFIRMED && current != ClusterStatus.CONFIRMED) {
          next = ClusterStatus.CONFIRMED;
          reason = source + " confirmed it";
        } else if (current == null) {
          next = ClusterStatus.CLAIMED;
          reason = "first made by " + source;
        } else if (newOrigin && current == ClusterStatus.CLAIMED && seen.size() >= 2) {
          next = ClusterStatus.CORROBORATED;
          reason = "independently made by " + source;
        }
      }
      if (next != current && reason != null) {
        history.add(new ClaimCluster.Change(c.published(), next, c.id(), reason));
        current = next;
      }
    }
    return history;
  }

  /** The sources of the members that do not deny the claim, one name per origin, in time order. */
  private List<String> originNames(List<ClaimToLink> ordered) {
    Set<String> seen = new HashSet<>();
    List<String> names = new ArrayList<>();
    for (ClaimToLink c : ordered) {
      if (c.stance() != Stance.DENIED && seen.add(origins.key(c))) {
        names.add(c.sourceName());
      }
    }
    return names;
  }
}
