package org.claimtrail.claims.learned;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntPredicate;
import org.claimtrail.model.Claim;
import org.claimtrail.nlp.AnnotatedText;

/**
 * Trains a {@link ClaimModel} from annotated articles. Each example is a claim the rules found,
 * with what the annotators said of it: whether it is an attribution at all, and where its content,
 * cue and source begin and end. The corpus decides what those are (its conventions, and which of
 * its annotations a claim answers to); this class teaches the model, keeps the articles to hold
 * out apart, and reports how often the model and the rules get each boundary right.
 */
public final class ModelTraining {
  private ModelTraining() {}

  /** Where the annotators put one boundary pair, as tests of character offsets (a convention may accept several). */
  public record Boundaries(IntPredicate isStart, IntPredicate isEnd) {}

  /** What the annotations say of one attribution: the boundaries of each span they give. */
  public record Annotated(Optional<Boundaries> content, Optional<Boundaries> cue, Optional<Boundaries> source) {}

  /**
   * A claim of the rules, the article's other claims and its annotations, and the attribution the
   * annotators made of it (empty when they made none: a false find).
   */
  public record Example(Claim claim, AnnotatedText text, List<Claim> all, Optional<Annotated> gold) {}

  /**
   * How to train.
   *
   * @param epochs passes over the examples
   * @param keepMargin keep claims scoring up to this much below "no attribution" ({@link ClaimModel#withKeepMargin})
   * @param openCues whether the rules tried every verb as a cue when finding the examples
   */
  public record Settings(int epochs, double keepMargin, boolean openCues) {}

  /**
   * A trained model and its accuracy, per part ({@code keep}, {@code content.end}, …), on the
   * training examples and on the held-out ones (see {@link ClaimModel.Trainer#accuracy}).
   */
  public record Trained(ClaimModel model, Map<String, int[]> training, Map<String, int[]> heldOut) {}

  /**
   * Trains on each article's examples, except those of the articles {@code heldOut} names (by
   * index), which are only scored.
   */
  public static Trained train(List<List<Example>> articles, IntPredicate heldOut, Settings settings) {
    ClaimModel.Trainer trainer = ClaimModel.trainer();
    ClaimModel.Trainer test = ClaimModel.trainer();
    for (int d = 0; d < articles.size(); d++) {
      ClaimModel.Trainer into = heldOut.test(d) ? test : trainer;
      for (Example x : articles.get(d)) {
        add(into, x);
      }
    }
    ClaimModel model = trainer.train(settings.epochs()).withKeepMargin(settings.keepMargin()).withOpenCues(settings.openCues());
    return new Trained(model, trainer.accuracy(model), test.accuracy(model));
  }

  /** Teaches the trainer one claim: whether it is an attribution and, if so, its annotated spans. */
  private static void add(ClaimModel.Trainer into, Example x) {
    into.addKeep(x.claim(), x.text(), x.all(), x.gold().isPresent());
    x.gold().ifPresent(g -> {
      g.content().ifPresent(b -> into.addSpan("content", x.claim(), x.text(), b.isStart(), b.isEnd()));
      g.cue().ifPresent(b -> into.addSpan("cue", x.claim(), x.text(), b.isStart(), b.isEnd()));
      g.source().ifPresent(b -> into.addSpan("source", x.claim(), x.text(), b.isStart(), b.isEnd()));
    });
  }

  /** Writes the model to {@code file} whole or not at all (a killed run leaves no half-written model). */
  public static void write(ClaimModel model, Path file) throws IOException {
    Path partial = file.resolveSibling(file.getFileName() + ".partial");
    model.write(partial);
    Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
