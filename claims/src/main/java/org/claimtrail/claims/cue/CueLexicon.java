package org.claimtrail.claims.cue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The cue verbs of {@code cues.tsv}: lemma to class and default stance. Immutable. */
public final class CueLexicon {
  /** One cue: its class ({@code speech}, {@code claim}, …) and default stance or {@code content}. */
  public record Cue(String lemma, String cueClass, String stance) {}

  /** Adverbs that make their clause an attributed claim of an unnamed or surrounding source. */
  public static final Set<String> ADVERBS = Set.of("allegedly", "reportedly", "purportedly", "supposedly");

  private static final CueLexicon STANDARD = load();
  private final Map<String, Cue> byLemma;

  private CueLexicon(Map<String, Cue> byLemma) {
    this.byLemma = Map.copyOf(byLemma);
  }

  public static CueLexicon standard() {
    return STANDARD;
  }

  public Optional<Cue> verb(String lemma) {
    return Optional.ofNullable(byLemma.get(lemma.toLowerCase(java.util.Locale.ROOT)));
  }

  private static CueLexicon load() {
    Map<String, Cue> map = new HashMap<>();
    try (InputStream in = CueLexicon.class.getResourceAsStream("cues.tsv")) {
      if (in == null) {
        throw new IllegalStateException("Missing resource cues.tsv next to " + CueLexicon.class.getName());
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        map.put(f[0], new Cue(f[0], f[1], f[2]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read cues.tsv", e);
    }
    return new CueLexicon(map);
  }
}
