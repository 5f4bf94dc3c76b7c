package org.claimtrail.extract.metadata;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The host of a page's URL and the label that names the site ("nytimes" in www.nytimes.com). */
final class Hosts {
  /** Second-level labels under which a country's sites register (bbc.co.uk, abc.net.au). */
  private static final Set<String> SECOND_LEVEL = Set.of("co", "com", "net", "org", "gov", "ac", "edu", "ne", "or");

  private Hosts() {}

  static Optional<String> of(String url) {
    try {
      String h = URI.create(url.strip()).getHost();
      return h == null ? Optional.empty() : Optional.of(h.toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  static String label(String host) {
    String[] parts = host.split("\\.");
    if (parts.length < 2) {
      return host;
    }
    int i = parts.length - 2;
    if (i > 0 && SECOND_LEVEL.contains(parts[i]) && parts[parts.length - 1].length() == 2) {
      i--;
    }
    return parts[i];
  }
}
