package org.claimtrail.server.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

/**
 * What the templates print besides plain values: dates, cut text, counts, query-string values.
 * No markup and no HTML escaping here: the templates escape every value they print.
 */
final class Format {
  private Format() {}

  /** A date as YYYY-MM-DD, or empty. */
  static String day(Optional<Instant> t) {
    return t.map(i -> i.toString().substring(0, 10)).orElse("");
  }

  /** A date as YYYY-MM-DD, or {@code otherwise}. */
  static String day(Optional<Instant> t, String otherwise) {
    return t.isPresent() ? day(t) : otherwise;
  }

  /** At most {@code n} characters, "…" included. */
  static String cut(String s, int n) {
    return s == null ? "" : s.length() <= n ? s : s.substring(0, n - 1) + "…";
  }

  /** "1 claim", "2 claims". */
  static String count(long n, String one) {
    return n + " " + one + (n == 1 ? "" : "s");
  }

  /** A query-string value, URL-encoded (the template then escapes the URL for its attribute). */
  static String q(String s) {
    return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
  }
}
