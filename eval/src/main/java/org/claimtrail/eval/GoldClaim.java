package org.claimtrail.eval;

import java.util.List;
import java.util.Optional;

/** One hand-annotated claim: what a correct run must find. */
public record GoldClaim(String source, String stance, String content, List<String> via, Optional<String> saidWhen) {
  public GoldClaim {
    via = List.copyOf(via);
  }
}
