package org.claimtrail.model;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of one stage for one document. Runners count these, so every document is accounted
 * for: processed (perhaps with warnings), skipped on purpose, or failed with a reason.
 *
 * @param <T> what the stage produces
 */
public sealed interface StageResult<T> permits StageResult.Ok, StageResult.Skipped, StageResult.Failed {

  /** Where the document came from (see {@link RawDocument#origin()}). */
  String origin();

  /** Produced a value; recoverable oddities are listed as warnings. */
  record Ok<T>(String origin, T value, List<String> warnings) implements StageResult<T> {
    public Ok {
      Objects.requireNonNull(origin, "origin");
      Objects.requireNonNull(value, "value");
      warnings = List.copyOf(warnings);
    }
  }

  /** Deliberately not processed, e.g. an empty page or a non-article record. */
  record Skipped<T>(String origin, String reason) implements StageResult<T> {
    public Skipped {
      Objects.requireNonNull(origin, "origin");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** Could not be processed; {@code message} says why. */
  record Failed<T>(String origin, Category category, String message) implements StageResult<T> {
    public Failed {
      Objects.requireNonNull(origin, "origin");
      Objects.requireNonNull(category, "category");
      Objects.requireNonNull(message, "message");
    }
  }

  /** Why a document failed, so runners can tell bad input from a bug. */
  enum Category {
    /** The input is malformed or unsupported. */
    BAD_INPUT,
    /** The input exceeds a configured limit (size, depth, time). */
    LIMIT,
    /** A bug or an unexpected error in our code or a library. */
    INTERNAL
  }
}
