package org.claimtrail.server.check;

import org.claimtrail.model.CheckReport;

/**
 * Checks a claim against the stored articles: which carry it, and whether each agrees, disputes or
 * only reports it. The app implements it (the stance model and the sentence encoder live there);
 * without one, the check endpoint and page say the service is not available.
 */
@FunctionalInterface
public interface ClaimChecker {
  /** At most {@code limit} related articles; an empty or overlong claim is an {@link IllegalArgumentException}. */
  CheckReport check(String claim, int limit);
}
