package org.claimtrail.pipeline;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.claimtrail.nlp.AnnotatedText;
import org.claimtrail.nlp.Annotator;

/**
 * A folder of annotations made earlier (gzip JSON, one file per text). CoreNLP takes a hundred
 * times longer over an article than the claim rules do, so a run over a corpus annotated before
 * takes seconds: evaluations, and comparing the claims of two builds over the same corpus.
 *
 * <p>An entry is keyed by what annotates ({@link Annotator#version}), the document date (relative
 * times resolve against it) and the text, so a folder may hold the work of several annotators and
 * a changed annotator never reads another's annotations. Entries are written to a temporary name
 * and moved into place, so a killed run leaves no half-written entry; an unreadable entry costs
 * that text's annotation, with a warning, never the run.
 */
public final class AnnotationCache {
  /** Records' components only: a token's {@code isVerb()} is not data. */
  private static final ObjectMapper JSON = JsonMapper.builder()
      .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private final Path folder;

  public AnnotationCache(Path folder) {
    this.folder = folder;
  }

  /** Whether the folder has the text's annotations by {@code annotator} (then no models need loading). */
  public boolean holds(Annotator annotator, String text, Optional<LocalDate> date) {
    return Files.isRegularFile(file(key(annotator.version(), text, date)));
  }

  /** The text's annotations by {@code annotator}: from the folder if it has them, else made now and kept. */
  public AnnotatedText annotated(Annotator annotator, String text, Optional<LocalDate> date) {
    String key = key(annotator.version(), text, date);
    Path file = file(key);
    if (Files.isRegularFile(file)) {
      try {
        AnnotatedText cached = read(file);
        if (cached.text().equals(text)) {
          return cached;
        }
      } catch (IOException e) {
        System.err.println("warning: " + file + ": unreadable annotation cache entry (" + e.getMessage() + "); annotating the text again");
      }
    }
    AnnotatedText made = annotator.annotate(text, date);
    try {
      Files.createDirectories(file.getParent());
      // Several runs may share a folder: the temporary name is this process's and thread's own.
      Path partial = file.resolveSibling(key + ".json.gz." + ProcessHandle.current().pid() + "-" + Thread.currentThread().getId() + ".partial");
      try (var out = new GZIPOutputStream(Files.newOutputStream(partial))) {
        JSON.writeValue(out, made);
      }
      Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write to the annotation cache " + folder + ": " + e.getMessage(), e);
    }
    return made;
  }

  /** One entry as written (gzip JSON of an {@link AnnotatedText}), wherever it is. */
  public static AnnotatedText read(Path file) throws IOException {
    try (var in = new GZIPInputStream(Files.newInputStream(file))) {
      return JSON.readValue(in, AnnotatedText.class);
    }
  }

  private Path file(String key) {
    return folder.resolve(key.substring(0, 2)).resolve(key + ".json.gz");
  }

  static String key(String version, String text, Optional<LocalDate> date) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(version.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(date.map(LocalDate::toString).orElse("").getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
