package org.claimtrail.claims.cue;

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
    for (String[] f : DataFile.rows(CueLexicon.class, "cues.tsv", 3)) {
      map.put(f[0], new Cue(f[0], f[1], f[2]));
    }
    return new CueLexicon(map);
  }
}
