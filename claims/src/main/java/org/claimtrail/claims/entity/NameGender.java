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

/**
 * The gender a person's name or title suggests, so that "she said" is not given to the man named
 * last. First names come from CoreNLP's name list (about 14,600 names, each MALE or FEMALE; the
 * build copies it out of CoreNLP's models jar; names it gives both genders tell nothing); titles
 * ("Mr.", "Mrs.") from this class.
 */
public final class NameGender {
  /** Grammatical gender of a person: what "he" and "she" agree with. */
  public enum Gender { MALE, FEMALE }

  private static final String RESOURCE = "/edu/stanford/nlp/models/dcoref/namegender.combine.txt";
  private static final Map<String, Gender> TITLES = Map.of("mr", Gender.MALE, "mrs", Gender.FEMALE, "ms", Gender.FEMALE, "miss",
      Gender.FEMALE, "sir", Gender.MALE, "madam", Gender.FEMALE, "lady", Gender.FEMALE, "lord", Gender.MALE);
  /**
   * Common East Asian surnames that the list also has as first names: in "Kim Jong Un" or "Lee
   * Jae-myung" the first word is the surname, so it tells nothing.
   */
  private static final Set<String> SURNAMES_FIRST = Set.of("kim", "lee", "park", "choi", "jung", "kang", "cho", "yoon", "jang", "lim",
      "han", "shin", "moon", "wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "hu", "guo",
      "lin", "gao", "nguyen", "tran", "le", "pham");
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
    return switch (pronoun.toLowerCase(Locale.ROOT)) {
      case "he", "him", "his", "himself" -> Optional.of(Gender.MALE);
      case "she", "her", "hers", "herself" -> Optional.of(Gender.FEMALE);
      default -> Optional.empty();
    };
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
