package org.claimtrail.nlp;

/**
 * One token.
 *
 * @param index position in its sentence, from 0
 * @param text the token as written
 * @param begin character offset of its start in the annotated text
 * @param end character offset just past its end
 * @param pos Penn Treebank part of speech, e.g. {@code VBD}
 * @param lemma dictionary form, lower case for words
 * @param ner named-entity tag ({@code PERSON}, {@code ORGANIZATION}, {@code COUNTRY}, {@code
 *     NATIONALITY}, {@code TITLE}, {@code DATE}, …) or {@code O}
 * @param normalized the normalised value of a time or number expression (e.g. {@code 2024-10-22}),
 *     or empty
 */
public record Token(int index, String text, int begin, int end, String pos, String lemma, String ner, String normalized) {

  public boolean isVerb() {
    return pos.startsWith("VB");
  }

  public boolean isNoun() {
    return pos.startsWith("NN") || pos.equals("PRP");
  }

  public boolean hasEntity() {
    return !"O".equals(ner);
  }

  /** Whether the token is part of a time expression (CoreNLP's DATE, TIME, DURATION or SET). */
  public boolean isTime() {
    return ner.equals("DATE") || ner.equals("TIME") || ner.equals("DURATION") || ner.equals("SET");
  }
}
