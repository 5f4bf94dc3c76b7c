package org.claimtrail.link.status;

import java.util.Locale;
import org.claimtrail.model.ClaimToLink;

/**
 * Who a claim's origin is: claims with the same key are one origin, however many outlets carried
 * them. The claims stage has already followed the provenance chain, so the source of "media
 * reports, citing HUR" is HUR and outlets that only repeat a claim add no origin.
 */
public interface Origins {
  /** The claim's origin, as a key: equal keys are one origin. */
  String key(ClaimToLink claim);

  /** Today's rule: the source's name, in any case ("HUR" and "Hur" are one origin). */
  Origins SOURCE_NAME = c -> c.sourceName().toLowerCase(Locale.ROOT);
}
