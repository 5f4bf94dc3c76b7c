package org.claimtrail.app.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --from} and {@code --to} publication dates, whole days in UTC (a picocli mixin). */
final class DateRange {
  @Option(names = "--from", description = "Published on or after (YYYY-MM-DD).")
  LocalDate from;

  @Option(names = "--to", description = "Published on or before (YYYY-MM-DD).")
  LocalDate to;

  /** The start of the first day. */
  Optional<Instant> start() {
    return Optional.ofNullable(from).map(d -> d.atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  /** The last millisecond of the last day. */
  Optional<Instant> end() {
    return Optional.ofNullable(to).map(d -> d.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusMillis(1));
  }
}
