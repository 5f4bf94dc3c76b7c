package org.claimtrail.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.Instant;
import java.util.Optional;

/** Reads query parameters with clear 400 errors for bad values. */
public final class Params {
  private Params() {}

  public static Optional<String> text(Context ctx, String name) {
    String v = ctx.queryParam(name);
    return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
  }

  public static int integer(Context ctx, String name, int fallback, int min, int max) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v.strip());
      if (n < min || n > max) {
        throw new BadRequest("Parameter '" + name + "' must be between " + min + " and " + max + ", got " + n);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new BadRequest("Parameter '" + name + "' must be a whole number, got '" + v + "'");
    }
  }

  /** An entity type name (person, organization, country, place, media, other), upper-cased. */
  public static Optional<String> entityType(Context ctx, String name) {
    Optional<String> v = text(ctx, name);
    v.ifPresent(t -> {
      try {
        org.claimtrail.model.EntityType.valueOf(t.toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new BadRequest("Parameter '" + name + "' must be one of " + java.util.List.of(org.claimtrail.model.EntityType.values()) + ", got '" + t + "'");
      }
    });
    return v.map(t -> t.toUpperCase(java.util.Locale.ROOT));
  }

  /** An ingest job id (a UUID) from the path; anything else is a 400, never a lookup. */
  public static String jobId(Context ctx, String name) {
    String job = ctx.pathParam(name);
    if (!job.matches("[0-9a-f-]{36}")) {
      throw new BadRequest("'" + job + "' is not a job id");
    }
    return job;
  }

  public static long id(Context ctx, String name) {
    String v = ctx.pathParam(name);
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw new BadRequest("'" + v + "' is not an id");
    }
  }

  /** A date (YYYY-MM-DD) as the start of that day, or its end when {@code endOfDay}. */
  public static Optional<Instant> date(Context ctx, String name, boolean endOfDay) {
    Optional<String> v = text(ctx, name);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    try {
      LocalDate d = LocalDate.parse(v.get());
      return Optional.of(endOfDay ? d.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusMillis(1) : d.atStartOfDay(ZoneOffset.UTC).toInstant());
    } catch (DateTimeParseException e) {
      throw new BadRequest("Parameter '" + name + "' must be a date like 2024-10-23, got '" + v.get() + "'");
    }
  }
}
