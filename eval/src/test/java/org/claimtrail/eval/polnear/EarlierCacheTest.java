package org.claimtrail.eval.polnear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.claimtrail.model.Article;
import org.claimtrail.nlp.AnnotatedText;
import org.claimtrail.nlp.Annotator;
import org.claimtrail.nlp.Sentence;
import org.claimtrail.nlp.Token;
import org.claimtrail.pipeline.AnnotationCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A --cache folder the PolNeAR commands wrote before they used the pipeline's annotation cache. */
class EarlierCacheTest {
  @TempDir Path dir;

  private final List<String> warnings = new ArrayList<>();

  /** One sentence of one token, as a stub annotator makes it. */
  private static final Annotator STUB = new Annotator() {
    @Override
    public AnnotatedText annotate(String text, Optional<LocalDate> date) {
      return new AnnotatedText(text, List.of(new Sentence(0, List.of(new Token(0, text, 0, text.length(), "NN", "x", "O", "")), new int[] {-1},
          new String[] {"root"})));
    }

    @Override
    public String version() {
      return "stub 1";
    }
  };

  private static Article article(String id, String text) {
    return new Article(id, id, Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty(), Optional.of("en"),
        List.of(text), List.of(), id);
  }

  /** A folder as an earlier version wrote it: ARTICLE.json.gz entries and, if given, annotator.txt. */
  private Path earlierFolder(String stamp, Article a) throws Exception {
    Path folder = Files.createDirectories(dir.resolve("earlier"));
    Path made = dir.resolve("made");
    new AnnotationCache(made).annotated(STUB, a.text(), Optional.empty());
    try (Stream<Path> files = Files.walk(made)) {
      Files.copy(files.filter(f -> f.toString().endsWith(".json.gz")).findFirst().orElseThrow(), folder.resolve(a.id() + ".json.gz"));
    }
    if (stamp != null) {
      Files.writeString(folder.resolve(EarlierCache.STAMP), stamp + "\n", StandardCharsets.UTF_8);
    }
    return folder;
  }

  @Test
  void annotationsOfThisRunsAnnotatorAreRead() throws Exception {
    Article a = article("story-1", "The ministry said the bridge had been repaired.");
    EarlierCache cache = EarlierCache.in(earlierFolder("stub 1", a), "stub 1", warnings::add);
    Optional<AnnotatedText> read = cache.read(a, warnings::add);
    assertTrue(read.isPresent());
    assertEquals(a.text(), read.get().text());
    assertEquals(Optional.empty(), cache.read(article("story-1", "Another text under the same name."), warnings::add), "only for its own text");
    assertEquals(Optional.empty(), cache.read(article("story-2", "Not kept."), warnings::add));
    assertEquals(List.of(), warnings);
  }

  @Test
  void annotationsOfAnotherAnnotatorOrOfNoneNamedAreNotReadAndSaySo() throws Exception {
    Article a = article("story-1", "The ministry said the bridge had been repaired.");
    Path folder = earlierFolder("CoreNLP 3.9.2, annotators tokenize,ssplit", a);
    assertEquals(Optional.empty(), EarlierCache.in(folder, "stub 1", warnings::add).read(a, warnings::add));
    assertTrue(warnings.get(0).contains("were made by CoreNLP 3.9.2, annotators tokenize,ssplit; this run annotates with stub 1"), warnings.toString());
    Files.delete(folder.resolve(EarlierCache.STAMP));
    assertEquals(Optional.empty(), EarlierCache.in(folder, "stub 1", warnings::add).read(a, warnings::add));
    assertTrue(warnings.get(1).contains("do not say what made them"), warnings.toString());
    assertTrue(Files.exists(folder.resolve("story-1.json.gz")), "left as it was");
  }

  @Test
  void aDamagedEntryIsAWarningNotTheRunsEnd() throws Exception {
    Article a = article("story-1", "The ministry said the bridge had been repaired.");
    Path folder = earlierFolder("stub 1", a);
    Files.writeString(folder.resolve("story-1.json.gz"), "not gzip");
    assertEquals(Optional.empty(), EarlierCache.in(folder, "stub 1", warnings::add).read(a, warnings::add));
    assertTrue(warnings.get(0).contains("story-1.json.gz: unreadable annotation cache entry"), warnings.toString());
  }
}
