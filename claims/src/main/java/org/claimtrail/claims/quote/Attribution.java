package org.claimtrail.claims.quote;

import java.util.List;
import java.util.Optional;
import org.claimtrail.claims.cue.CueLexicon;
import org.claimtrail.model.ClaimSource;

/** Who said a quote, with which cue (as written, where), through whom, and when. */
record Attribution(ClaimSource source, CueLexicon.Cue cue, String cueText, int cueStart, List<String> via, Optional<String> when) {}
