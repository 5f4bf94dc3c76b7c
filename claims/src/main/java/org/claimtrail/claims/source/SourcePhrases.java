package org.claimtrail.claims.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimtrail.claims.cue.DataFile;
import org.claimtrail.claims.entity.Entities;
import org.claimtrail.claims.span.Tokens;
import org.claimtrail.nlp.Sentence;
import org.claimtrail.nlp.Token;

/**
 * Finds the phrase that names a claim's source in the parse: the cue's subject (whole, with its
 * appositives, less what the parse let it swallow), the subject a verb shares with its clause, a
 * passive's agent, the noun phrase before or after the cue, the name before an aside. Each returns
 * a {@link Span}, empty when there is none; {@link Resolver} says who the phrase names.
 */
public final class SourcePhrases {
  private static final Set<String> NP_TAGS =
      Set.of("NNP", "NNPS", "NN", "NNS", "JJ", "DT", "PRP", "PRP$", "POS", "CD", "HYPH", "-LRB-", "-RRB-", "NFP");
  /** The tags of a noun phrase read forwards from its first word ({@link #npAfter}). */
  private static final Set<String> NP_AFTER_TAGS = Set.of("DT", "JJ", "JJS", "JJR", "NNP", "NNPS", "NN", "NNS", "POS", "CD", "PRP", "PRP$", "HYPH");

  private static final Set<String> PLACE_PREPOSITIONS = DataFile.words(SourcePhrases.class, "place-prepositions.txt");

  private SourcePhrases() {}

  /** The subject phrase left of the cue: the parse's subject when it has one, else the nearest noun phrase. */
  public static Span subjectOf(Sentence s, int cue) {
    int subj = -1;
    for (int j : s.children(cue)) {
      if ((s.relation(j).equals("nsubj") || s.relation(j).equals("nsubj:pass")) && j < cue) {
        subj = j;
      }
    }
    if (subj >= 0) {
      int[] span = s.span(subj);
      // The whole subject, appositives included ("Brian Fallon, the campaign's press secretary,"):
      // the source is resolved by its head, and the phrase is what a reader sees.
      Span whole = new Span(withoutLeadingParticiple(s, span[0], Math.min(span[1], cue - 1)), Math.min(span[1], cue - 1));
      // Unless the parse let it swallow a clause: "… a case was filed against him, and the police
      // had said": the speaker is the noun phrase after the last "and" or comma.
      Span np = nounPhraseBefore(s, cue);
      if (!np.isEmpty() && np.first() > whole.first() + 1 && np.first() - 1 >= whole.first()) {
        Token joint = s.token(np.first() - 1);
        boolean clauseBefore = false;
        for (int k = whole.first(); k < np.first() - 1; k++) {
          clauseBefore |= s.token(k).isVerb() && !s.token(k).pos().equals("VBN") && !s.token(k).pos().equals("VBG");
        }
        if (clauseBefore && (joint.pos().equals("CC") || joint.text().equals(","))) {
          return np;
        }
      }
      // Or took the place for the speaker: "the ministry in Munich, Germany confirmed".
      Span placed = beforePlace(s, new Span(Math.max(whole.first(), placeRunStart(s, subj)), subj));
      return placed.isEmpty() ? whole : placed;
    }
    return nounPhraseBefore(s, cue);
  }

  /**
   * Where a subject starts once an opening participle's phrase the parse put inside it is left out:
   * "Offering his condolences, speaker of the parliament Ali Larijani wrote" (the parse even tags
   * the capitalised "Offering" a proper noun and makes it the subject). Only when the phrase before
   * the comma names nobody and the one after does, so "Manning, the spokesman," keeps its name.
   */
  private static int withoutLeadingParticiple(Sentence s, int first, int last) {
    Token t = s.token(first);
    boolean participle = t.pos().equals("VBG") || t.pos().equals("VBN") || t.pos().equals("NNP") && t.ner().equals("O") && t.text().endsWith("ing");
    if (!participle) {
      return first;
    }
    int comma = first + 1;
    while (comma < last && !s.token(comma).text().equals(",")) {
      comma++;
    }
    if (comma >= last || names(s, first, comma - 1)) {
      return first;
    }
    return names(s, comma + 1, last) ? comma + 1 : first;
  }

  /** Whether tokens {@code a..b} name a person, an organisation or a country (by CoreNLP's tags). */
  private static boolean names(Sentence s, int a, int b) {
    for (int k = a; k <= b; k++) {
      String ner = s.token(k).ner();
      if (ner.equals("PERSON") || ner.equals("ORGANIZATION") || ner.equals("COUNTRY") || ner.equals("NATIONALITY")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The subject a verb without its own shares with the clause it belongs to: a coordinated verb
   * ("he supported Obama and said, “…”") or a participle ("The judge sided with them, saying …",
   * "…, telling Reuters, “…”"). The parse attaches such participles in many ways (to the verb, to
   * its object, or not at all), so after a comma the nearest verb before it with a subject stands in.
   */
  public static Span inheritedSubject(Sentence s, int c) {
    boolean coordinated = s.relation(c).equals("conj");
    boolean participle = s.token(c).pos().equals("VBG");
    if (!coordinated && !participle) {
      return Span.NONE;
    }
    for (int k = s.head(c), steps = 0; k >= 0 && steps < 4; k = s.head(k), steps++) {
      int subject = s.child(k, "nsubj");
      if ((s.token(k).isVerb() || coordinated && isCopulaClause(s, k)) && subject >= 0 && subject < k && subject < c) {
        return subjectOf(s, k);
      }
      if (coordinated && !s.relation(k).equals("conj")) {
        break; // only along a chain of coordinated verbs: "came, saw and said"
      }
    }
    if (participle && c > 1 && s.token(c - 1).text().equals(",")) {
      for (int k = c - 2; k >= 0; k--) {
        int subject = s.child(k, "nsubj");
        if (s.token(k).isVerb() && subject >= 0 && subject < k) {
          return subjectOf(s, k);
        }
      }
    }
    return Span.NONE;
  }

  /** The adjective or noun of a copula clause: "Marcus has been <u>critical</u> of him but wrote that …". */
  private static boolean isCopulaClause(Sentence s, int k) {
    return s.child(k, "cop") >= 0;
  }

  /** The agent of a passive cue after it, without its "by": "was denied <u>by the campaign</u>". Empty if none. */
  public static Span agent(Sentence s, int c) {
    int a = -1;
    for (int j : s.children(c)) {
      if (j > c && s.relation(j).startsWith("obl") && s.token(s.span(j)[0]).lemma().equalsIgnoreCase("by")) {
        a = j; // obl:agent in newer parses, obl with a "by" in others
        break;
      }
    }
    if (a < 0) {
      return Span.NONE;
    }
    int first = s.span(a)[0] + 1;
    Span np = npAfter(s, first); // the noun phrase only: the parse may hang "of …" on it
    return np.isEmpty() || np.last() < a ? Span.NONE : np;
  }

  private static final Set<String> PLACE_NER = Set.of("COUNTRY", "LOCATION", "STATE_OR_PROVINCE", "CITY");

  /** The first token of the run of place names that ends at {@code k}. */
  private static int placeRunStart(Sentence s, int k) {
    int first = k;
    while (first > 0 && PLACE_NER.contains(s.token(first - 1).ner())) {
      first--;
    }
    return first;
  }

  /**
   * For a subject that is only the second half of "in City, Country" (the parse's reading of "the
   * ministry in Munich, Germany confirmed"), the noun phrase before the "in"; else empty.
   */
  private static Span beforePlace(Sentence s, Span subject) {
    for (int k = subject.first(); k <= subject.last(); k++) {
      if (!PLACE_NER.contains(s.token(k).ner())) {
        return Span.NONE;
      }
    }
    int k = subject.first() - 1;
    if (k < 2 || !s.token(k).text().equals(",")) {
      return Span.NONE;
    }
    k--;
    while (k >= 0 && PLACE_NER.contains(s.token(k).ner())) {
      k--;
    }
    if (k < 1 || k == subject.first() - 2 || !PLACE_PREPOSITIONS.contains(s.token(k).lemma().toLowerCase(Locale.ROOT))) {
      return Span.NONE;
    }
    return nounPhraseBefore(s, k);
  }

  /**
   * The subject before an aside set off by commas, when the parser lost it: "Hillary Clinton, also
   * campaigning in Wisconsin, said …" (parsed as a clause of "said"), "Podesta, who said …, said …"
   * (the second "said" an auxiliary). The noun phrase must open the sentence, after a leading
   * conjunction at most, and end at the first comma; the aside must end at the comma before the cue.
   */
  public static Span subjectBeforeAside(Sentence s, int cue) {
    Span none = Span.NONE;
    if (cue < 4 || !s.token(cue - 1).text().equals(",")) {
      return none;
    }
    int start = s.token(0).pos().equals("CC") ? 1 : 0;
    for (int p = start + 1; p < cue - 2; p++) {
      if (s.token(p).text().equals(",")) {
        Span np = nounPhraseBefore(s, p);
        return !np.isEmpty() && np.first() == start && hasNounOrPronoun(s, np) ? np : none;
      }
    }
    return none;
  }

  /** Whether the span holds a noun or a pronoun, so that it can name a speaker. */
  public static boolean hasNounOrPronoun(Sentence s, Span span) {
    for (int k = span.first(); k <= span.last(); k++) {
      if (s.token(k).pos().startsWith("NN") || s.token(k).pos().equals("PRP")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The noun phrase {@code np} with what describes it after a comma: "said Jim Clyburn, a
   * congressman from South Carolina", "said Gavin Hamilton, 23, a student", "said Cruz, who had
   * introduced …". Annotators mark the source so (492 times in 582 such sources after their cue on
   * PolNeAR's train split). What describes it is what the parse hangs on the phrase after the
   * comma, but not a participle: "said Ms. Acosta, referring to the bankruptcy chapter" is Ms.
   * Acosta for annotators. A quotation in it ends the search. Otherwise {@code np} itself.
   */
  public static Span withAppositive(Sentence s, Span np) {
    int comma = np.last() + 1;
    if (np.isEmpty() || comma + 1 >= s.size() || !s.token(comma).text().equals(",")) {
      return np;
    }
    int end = -1;
    for (int j = comma + 1; j < s.size(); j++) {
      int h = s.head(j);
      if (h >= np.first() && h <= np.last() && DESCRIBES.contains(s.relation(j))) {
        end = Math.max(end, s.span(j)[1]);
      }
    }
    if (end < 0) {
      return np;
    }
    for (int k = comma + 1; k <= end; k++) {
      if (Tokens.isQuoteMark(s.token(k))) {
        return np;
      }
    }
    end = Tokens.trimEnd(s, comma + 1, end);
    return end > comma ? new Span(np.first(), end) : np;
  }

  private static final Set<String> DESCRIBES = Set.of("appos", "acl:relcl", "amod", "nummod", "nmod");

  /** The noun phrase ending just before {@code end}, skipping adverbs, auxiliaries and times. */
  public static Span nounPhraseBefore(Sentence s, int end) {
    int k = end - 1;
    while (k >= 0 && (s.token(k).pos().startsWith("RB") || s.token(k).pos().equals("MD") || s.token(k).text().equalsIgnoreCase("both")
        || (s.token(k).ner().equals("DATE") && !s.token(k).pos().equals("PRP")) || (s.token(k).lemma().equals("on") && k + 1 < end && s.token(k + 1).ner().equals("DATE"))
        || s.token(k).lemma().equals("have") || s.token(k).lemma().equals("be") || s.token(k).lemma().equals("do"))) {
      k--;
    }
    int last = k;
    while (k >= 0) {
      Token t = s.token(k);
      boolean np = NP_TAGS.contains(t.pos()) || t.text().equals("(") || t.text().equals(")") || t.text().equals("&")
          || (t.text().equals("and") && k > 0 && k < last && s.token(k - 1).pos().startsWith("NNP"))
          || (t.text().equals("of") && k > 0 && k < last && s.token(k - 1).pos().startsWith("NNP") && s.token(k + 1).pos().startsWith("NNP"));
      if (!np) {
        break;
      }
      k--;
    }
    return new Span(k + 1, last);
  }

  /** Splits "Ukraine and South Korea" into one span per conjoined entity. */
  public static List<Span> conjuncts(Sentence s, Span span, Entities entities) {
    List<Span> out = new ArrayList<>();
    int start = span.first();
    for (int k = span.first(); k <= span.last(); k++) {
      if (s.token(k).text().equals("and") || s.token(k).text().equals("&")) {
        out.add(new Span(start, k - 1));
        start = k + 1;
      }
    }
    out.add(new Span(start, span.last()));
    if (out.size() > 1) {
      for (Span part : out) {
        if (Mentions.in(s, part, entities).isEmpty()) {
          return List.of(span); // "Smith and Wesson"-like names or common nouns: one source
        }
      }
    }
    return out;
  }

  /** The head of a span: its token whose governor lies outside it (the last token if unsure). */
  public static int head(Sentence s, Span span) {
    for (int k = span.last(); k >= span.first(); k--) {
      int h = s.head(k);
      if (h < span.first() || h > span.last()) {
        if (!s.token(k).pos().equals("POS") && !s.token(k).text().equals(",")) {
          return k;
        }
      }
    }
    return span.last();
  }

  /** A noun phrase starting at {@code k}. */
  public static Span npAfter(Sentence s, int k) {
    int j = k;
    while (j < s.size() && (NP_AFTER_TAGS.contains(s.token(j).pos()) || s.token(j).text().equals("(") || s.token(j).text().equals(")")
        || (s.token(j).hasEntity() && !s.token(j).ner().equals("DATE")))) {
      j++;
    }
    return new Span(k, j - 1);
  }

  /** The subject the parse gives the cue, if it precedes the cue. */
  public static Span subjectFromParse(Sentence s, int c) {
    for (int j : s.children(c)) {
      if ((s.relation(j).equals("nsubj") || s.relation(j).equals("nsubj:pass")) && j < c) {
        return subjectOf(s, c);
      }
    }
    return Span.NONE;
  }

  /**
   * "According to exit polls conducted for the AP and television networks, …": the source runs
   * to the comma that ends the phrase, through the participles and prepositions that modify it.
   * Unchanged when a finite verb or a mark comes first (then the comma is not the phrase's).
   */
  public static Span throughModifiers(Sentence s, Span x) {
    for (int i = x.last() + 1; i < s.size(); i++) {
      Token t = s.token(i);
      if (t.text().equals(",")) {
        return i - 1 > x.last() ? new Span(x.first(), i - 1) : x;
      }
      if (Tokens.isFinite(t) || !Character.isLetterOrDigit(t.text().charAt(0))) {
        return x;
      }
    }
    return x;
  }
}
