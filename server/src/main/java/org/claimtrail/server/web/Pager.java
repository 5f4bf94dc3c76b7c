package org.claimtrail.server.web;

import java.util.Optional;

/** Previous/next links of a paged list. */
record Pager(Optional<String> previous, Optional<String> next) {
  /** For a page of {@code size} at {@code offset} that showed {@code shown} rows; {@code base} has its other parameters. */
  static Pager of(String base, int offset, int size, int shown) {
    String sep = base.contains("?") ? "&" : "?";
    return new Pager(offset > 0 ? Optional.of(base + sep + "offset=" + Math.max(0, offset - size)) : Optional.empty(),
        shown == size ? Optional.of(base + sep + "offset=" + (offset + size)) : Optional.empty());
  }
}
