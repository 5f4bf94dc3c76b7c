package org.claimtrail.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.claimtrail.nlp.AnnotatedText;
import org.claimtrail.nlp.Annotator;
import org.claimtrail.nlp.Sentence;
import org.claimtrail.nlp.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotationCacheTest {
  /** Annotates every text as one sentence of one token tagged with its version, and counts the calls. */
  static final class Counting implements Annotator {
    final AtomicInteger calls = new AtomicInteger();
    final String version;

    Counting(String version) {
      this.version = version;
    }

    @Override
    public AnnotatedText annotate(String text, Optional<LocalDate> date) {
      calls.incrementAndGet();
      Token t = new Token(0, text, 0, text.length(), "NN", version, "O", date.map(LocalDate::toString).orElse(""));
      return new AnnotatedText(text, List.of(new Sentence(0, List.of(t), new int[] {-1}, new String[] {"root"})));
    }

    @Override
    public String version() {
      return version;
    }
  }

  @TempDir Path dir;

  @Test
  void aTextAnnotatedOnceIsReadBackTheSame() {
    Counting corenlp = new Counting("v1");
    AnnotationCache cache = new AnnotationCache(dir);
    AnnotatedText first = cache.annotated(corenlp, "Acme said.", Optional.of(LocalDate.of(2020, 1, 2)));
    AnnotatedText again = new AnnotationCache(dir).annotated(corenlp, "Acme said.", Optional.of(LocalDate.of(2020, 1, 2)));
    assertEquals(1, corenlp.calls.get());
    assertEquals(first.text(), again.text());
    assertEquals(first.sentences().get(0).tokens(), again.sentences().get(0).tokens());
    assertEquals("2020-01-02", again.sentences().get(0).token(0).normalized());
  }

  @Test
  void anotherAnnotatorDateOrTextIsAnnotatedAfresh() {
    Counting v1 = new Counting("v1");
    Counting v2 = new Counting("v2");
    AnnotationCache cache = new AnnotationCache(dir);
    cache.annotated(v1, "Acme said.", Optional.empty());
    assertEquals("v2", cache.annotated(v2, "Acme said.", Optional.empty()).sentences().get(0).token(0).lemma());
    cache.annotated(v1, "Acme said.", Optional.of(LocalDate.of(2021, 5, 1)));
    cache.annotated(v1, "Acme denied.", Optional.empty());
    assertEquals(3, v1.calls.get());
    assertEquals(1, v2.calls.get());
  }

  @Test
  void aDamagedEntryIsAnnotatedAgainAndReplaced() throws IOException {
    Counting corenlp = new Counting("v1");
    AnnotationCache cache = new AnnotationCache(dir);
    cache.annotated(corenlp, "Acme said.", Optional.empty());
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".json.gz")).toList()) {
        Files.writeString(f, "not gzip");
      }
    }
    assertEquals("Acme said.", cache.annotated(corenlp, "Acme said.", Optional.empty()).text());
    cache.annotated(corenlp, "Acme said.", Optional.empty());
    assertEquals(2, corenlp.calls.get());
  }
}
