package org.claimtrail.claims.cue;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The cue verbs of {@code cues.tsv}: lemma to class, default stance, and the quirks some verbs
 * have (a column of the file: "tell" names the one told, "decline" can be a fall). A line whose
 * class is {@code -} is no cue, only a verb with quirks ("accord", "seem", "go"): quirks hold for
 * a lemma whether or not it is a cue, since with every verb tried as a cue any verb can be one.
 * The attribution adverbs ("allegedly") are in {@code adverbs.tsv}. Immutable.
 */
public final class CueLexicon {
  /** One cue: its class ({@code speech}, {@code claim}, …) and default stance or {@code content}. */
  public record Cue(String lemma, String cueClass, String stance) {}

  /** What a verb does differently from other cues; the names are those of the file's quirk column. */
  public enum Quirk {
    /** Attributes a direct quote ("“…,” he continued") but, outside one, introduces no content. */
    QUOTE_ONLY("quote-only"),
    /** Never a cue, even when every verb is tried: it carries another verb ("be", "have"). */
    NEVER("never"),
    /** Its own pass reads it ("according to"). */
    OWN_PASS("own-pass"),
    /** "X, citing Y": names where a claim came from, when Y is a source. */
    PROVENANCE("provenance"),
    /** Things one is denied or refused ("were denied visas") are no denial of a statement. */
    WITHHOLDS("withholds"),
    /** Can be a fall ("loans declined 114 mln dlrs") rather than a refusal. */
    FALLS("falls"),
    /** Asks: "Asked whether he would run, …" is a question put by nobody named; "asked Rubio which …". */
    ASKS("asks"),
    /** Its object is the one told, not what was said ("told Breitbart News he'd support"). */
    NAMES_THE_TOLD("names-the-told"),
    /** A quoted phrase right before or after it is the one spoken to ("told “Fox and Friends”"). */
    ADDRESSES("addresses"),
    /** Its passive subject is the one spoken to, not what is said ("was asked", "was told"). */
    PASSIVE_ADDRESSEE("passive-addressee"),
    /** "warned of", "warned about": the preposition opens what was warned of. */
    WARNS_OF("warns-of"),
    /** A preposition after it says where, to whom or of what it was said ("said on Twitter"), not what. */
    SAYS_WHERE("says-where"),
    /** How things seem, in the writer's voice: its subject is part of the content ("seemed to be"). */
    RAISING("raising"),
    /** Carries a cue after "to" and joins it ("went on to say", "tried to argue"). */
    CARRIER("carrier"),
    /** Carries a cue only with "on" after it ("went on to say", not "went to say"). */
    CARRIER_WITH_ON("carrier-with-on");

    private final String key;

    Quirk(String key) {
      this.key = key;
    }

    static Quirk of(String key) {
      for (Quirk q : values()) {
        if (q.key.equals(key)) {
          return q;
        }
      }
      throw new IllegalStateException("cues.tsv: unknown quirk '" + key + "'");
    }
  }

  private static final CueLexicon STANDARD = load();
  private final Map<String, Cue> byLemma;
  private final Map<String, Set<Quirk>> quirks;
  private final Map<String, String> adverbs;

  private CueLexicon(Map<String, Cue> byLemma, Map<String, Set<Quirk>> quirks, Map<String, String> adverbs) {
    this.byLemma = Map.copyOf(byLemma);
    this.quirks = Map.copyOf(quirks);
    this.adverbs = Map.copyOf(adverbs);
  }

  public static CueLexicon standard() {
    return STANDARD;
  }

  public Optional<Cue> verb(String lemma) {
    return Optional.ofNullable(byLemma.get(lemma.toLowerCase(Locale.ROOT)));
  }

  /** Whether the verb {@code lemma} (as given: the caller decides on case) has quirk {@code q}. */
  public boolean is(String lemma, Quirk q) {
    return quirks.getOrDefault(lemma, Set.of()).contains(q);
  }

  /** Whether {@code word} (as given) is an adverb that makes its clause an attributed claim ("allegedly", "reportedly"). */
  public boolean isAdverb(String word) {
    return adverbs.containsKey(word);
  }

  /** The stance an attribution adverb gives its clause ({@code adverbs.tsv}), for one of {@link #isAdverb}. */
  public Optional<String> adverbStance(String adverb) {
    return Optional.ofNullable(adverbs.get(adverb));
  }

  private static CueLexicon load() {
    Map<String, Cue> map = new HashMap<>();
    Map<String, Set<Quirk>> quirks = new HashMap<>();
    for (String[] f : DataFile.rows(CueLexicon.class, "cues.tsv", 4)) {
      if (!f[1].equals("-")) {
        map.put(f[0], new Cue(f[0], f[1], f[2]));
      }
      if (f.length > 3 && !f[3].isBlank()) {
        Set<Quirk> set = quirks.computeIfAbsent(f[0], k -> EnumSet.noneOf(Quirk.class));
        for (String q : f[3].split(",")) {
          set.add(Quirk.of(q.strip()));
        }
      }
    }
    return new CueLexicon(map, quirks, DataFile.pairs(CueLexicon.class, "adverbs.tsv"));
  }
}
