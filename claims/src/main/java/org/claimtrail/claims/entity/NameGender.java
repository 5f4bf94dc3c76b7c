package org.claimtrail.claims.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimtrail.claims.cue.DataFile;

/**
 * The gender a person's name or title suggests, so that "she said" is not given to the man named
 * last. First names come from CoreNLP's name list (about 14,600 names, each MALE or FEMALE; the
 * build copies it out of CoreNLP's models jar; names it gives both genders tell nothing); titles
 * ("Mr.", "Mrs.") and pronouns from {@code gendered-words.tsv}.
 */
public final class NameGender {
  /** Grammatical gender of a person: what "he" and "she" agree with. */
  public enum Gender { MALE, FEMALE }

  private static final String RESOURCE = "/edu/stanford/nlp/models/dcoref/namegender.combine.txt";
  private static final Map<String, Gender> TITLES = gendered("title");
  private static final Map<String, Gender> PRONOUNS = gendered("pronoun");
  /**
   * Common East Asian surnames that the list also has as first names: in "Kim Jong Un" or "Lee
   * Jae-myung" the first word is the surname, so it tells nothing.
   */
  private static final Set<String> SURNAMES_FIRST = DataFile.words(NameGender.class, "surnames-first.txt");
  private static final NameGender STANDARD = load();

  private final Map<String, Gender> firstNames;

  NameGender(Map<String, Gender> firstNames) {
    this.firstNames = Map.copyOf(firstNames);
  }

  public static NameGender standard() {
    return STANDARD;
  }

  /** The gender of a first name, lower or upper case; empty for names the list does not have or gives no gender. */
  public Optional<Gender> ofFirstName(String name) {
    return Optional.ofNullable(firstNames.get(name.toLowerCase(Locale.ROOT)));
  }

  /** The gender a title implies ("Mr.", "mrs", "Ms."); empty for other words. */
  public static Optional<Gender> ofTitle(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return Optional.ofNullable(TITLES.get(w.endsWith(".") ? w.substring(0, w.length() - 1) : w));
  }

  /** The gender of a personal pronoun ("he", "Her", "his"); empty for others ("they", "it"). */
  public static Optional<Gender> ofPronoun(String pronoun) {
    return Optional.ofNullable(PRONOUNS.get(pronoun.toLowerCase(Locale.ROOT)));
  }

  /** The words of one kind in {@code gendered-words.tsv}, with their gender. */
  private static Map<String, Gender> gendered(String kind) {
    Map<String, Gender> out = new HashMap<>();
    for (String[] f : DataFile.rows(NameGender.class, "gendered-words.tsv", 3)) {
      if (f[1].equals(kind)) {
        out.put(f[0], Gender.valueOf(f[2].strip().toUpperCase(Locale.ROOT)));
      }
    }
    return Map.copyOf(out);
  }

  private static NameGender load() {
    Map<String, Gender> names = new HashMap<>();
    Set<String> ambiguous = new HashSet<>();
    try (InputStream in = NameGender.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + RESOURCE + ": the claims build copies it from CoreNLP's models jar");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] cols = line.split("\t");
        if (cols.length == 2 && (cols[1].equals("MALE") || cols[1].equals("FEMALE"))) {
          String name = cols[0].toLowerCase(Locale.ROOT);
          Gender g = Gender.valueOf(cols[1]);
          if (ambiguous.contains(name) || (names.containsKey(name) && names.get(name) != g)) {
            names.remove(name); // listed as both ("jordan", "pat"): no telling
            ambiguous.add(name);
          } else {
            names.put(name, g);
          }
        }
      }
      names.keySet().removeAll(SURNAMES_FIRST);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + RESOURCE, e);
    }
    return new NameGender(names);
  }
}
