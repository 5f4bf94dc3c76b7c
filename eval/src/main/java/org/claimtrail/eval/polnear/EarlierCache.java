package org.claimtrail.eval.polnear;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.claimtrail.model.Article;
import org.claimtrail.nlp.AnnotatedText;
import org.claimtrail.pipeline.AnnotationCache;

/**
 * A {@code --cache} folder as the PolNeAR commands wrote it before they used the pipeline's
 * {@link AnnotationCache}: one {@code ARTICLE.json.gz} per article and an {@code annotator.txt}
 * saying what made them all. Its annotations are read when that is what annotates in this run (the
 * new cache keys its own entries by annotator, beside them); otherwise they are left as they are,
 * with a warning, and the articles are annotated again.
 */
final class EarlierCache {
  /** The file that said what made the annotations in an earlier folder. */
  static final String STAMP = "annotator.txt";

  private final Optional<Path> folder;

  private EarlierCache(Optional<Path> folder) {
    this.folder = folder;
  }

  /** Nothing to read: no folder, or no earlier annotations in it. */
  static final EarlierCache NONE = new EarlierCache(Optional.empty());

  /** The earlier annotations in {@code folder} that {@code annotator} made; warnings say why others are not read. */
  static EarlierCache in(Path folder, String annotator, Consumer<String> warnings) throws IOException {
    Path stamp = folder.resolve(STAMP);
    if (Files.isRegularFile(stamp)) {
      String madeBy = Files.readString(stamp, StandardCharsets.UTF_8).strip();
      if (madeBy.equals(annotator)) {
        return new EarlierCache(Optional.of(folder));
      }
      warnings.accept("warning: " + folder + ": its earlier annotations were made by " + madeBy + "; this run annotates with " + annotator
          + " and keeps its own beside them");
      return NONE;
    }
    if (Files.isDirectory(folder)) {
      try (Stream<Path> files = Files.list(folder)) {
        if (files.anyMatch(f -> f.getFileName().toString().endsWith(".json.gz"))) {
          warnings.accept("warning: " + folder + ": its earlier annotations do not say what made them (the folder is older than that record), "
              + "so they are not read; this run annotates again and keeps its own beside them");
        }
      }
    }
    return NONE;
  }

  /** The article's earlier annotations, if the folder has them for its text; a damaged entry is a warning. */
  Optional<AnnotatedText> read(Article article, Consumer<String> warnings) {
    if (folder.isEmpty()) {
      return Optional.empty();
    }
    Path file = folder.get().resolve(article.id() + ".json.gz");
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      AnnotatedText text = AnnotationCache.read(file);
      return text.text().equals(article.text()) ? Optional.of(text) : Optional.empty();
    } catch (IOException e) {
      warnings.accept("warning: " + file + ": unreadable annotation cache entry (" + e.getMessage() + "); annotating the article again");
      return Optional.empty();
    }
  }
}
