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

  /**
   * Deliberately not processed, e.g. an empty page or a non-article record; or, when {@code
   * unchanged}, an article the runner holds already with the same text, so that analysing it again
   * would change nothing.
   */
  record Skipped<T>(String origin, String reason, boolean unchanged) implements StageResult<T> {
    public Skipped {
      Objects.requireNonNull(origin, "origin");
      Objects.requireNonNull(reason, "reason");
    }

    /** Skipped as no article (not {@code unchanged}). */
    public Skipped(String origin, String reason) {
      this(origin, reason, false);
    }

    /** The same skip, as the result of a later stage. */
    public <U> Skipped<U> as() {
      return new Skipped<>(origin, reason, unchanged);
    }
  }

  /**
   * Could not be processed; {@code message} says why, and {@code stage} names the stage it failed
   * in ({@code extract}, {@code nlp}, {@code claims}, {@code store}…) when a runner knows it, else "".
   */
  record Failed<T>(String origin, Category category, String message, String stage) implements StageResult<T> {
    public Failed {
      Objects.requireNonNull(origin, "origin");
      Objects.requireNonNull(category, "category");
      Objects.requireNonNull(message, "message");
      Objects.requireNonNull(stage, "stage");
    }

    /** A failure whose stage the runner will name. */
    public Failed(String origin, Category category, String message) {
      this(origin, category, message, "");
    }

    /** This failure, named as one of {@code stage} (a stage that named itself keeps its name). */
    public Failed<T> in(String stage) {
      return this.stage.isEmpty() ? new Failed<>(origin, category, message, stage) : this;
    }

    /** The same failure, as the result of a later stage. */
    public <U> Failed<U> as() {
      return new Failed<>(origin, category, message, stage);
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
