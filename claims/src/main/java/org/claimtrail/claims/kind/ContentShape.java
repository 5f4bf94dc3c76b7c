package org.claimtrail.claims.kind;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimtrail.claims.cue.DataFile;
import org.claimtrail.claims.span.Tokens;
import org.claimtrail.nlp.Sentence;
import org.claimtrail.nlp.Token;

/**
 * What a cue's content is, by the words that head it (those whose governor lies outside it): a
 * clause (it states a proposition), an embedded question ("how the situations will turn out"), an
 * infinitive ("to be there"), an object and an infinitive ("him to wait"), a small clause (an
 * object and what it is said to be: "the notion a waste of time", "himself immune", "the people as
 * chumps"), a noun phrase only (its verbs inside relative clauses: "the bigotry that they hold"),
 * or detached from the cue (a relative clause of a noun before it, a predicate coordinated with
 * the cue: "we joke and have fun").
 */
public enum ContentShape {
  EMPTY, CLAUSE, QUESTION, INFINITIVE, OBJECT_INFINITIVE, SMALL_CLAUSE, NOUN_PHRASE, DETACHED;

  private static final Set<String> QUESTION_WORDS = DataFile.words(ContentShape.class, "question-words.txt");

  /** The shape of the content at tokens {@code first..last} of {@code s}, said with the cue at token {@code cue}. */
  public static ContentShape of(Sentence s, int cue, int first, int last) {
    if (first < 0 || last < first) {
      return EMPTY;
    }
    List<Integer> heads = Tokens.heads(s, first, last);
    if (heads.isEmpty()) {
      return EMPTY;
    }
    if (QUESTION_WORDS.contains(s.token(first).text().toLowerCase(Locale.ROOT)) && opensAHead(s, first, heads)) {
      return QUESTION;
    }
    if (s.token(first).text().equalsIgnoreCase("to") && first < last && s.token(first + 1).pos().equals("VB")
        || s.token(first).lemma().equals("not") && first + 2 <= last && s.token(first + 1).text().equalsIgnoreCase("to")) {
      return INFINITIVE;
    }
    Integer clause = heads.stream().filter(h -> clausal(s, h)).findFirst().orElse(null);
    if (clause == null) {
      return smallClause(s, heads) ? SMALL_CLAUSE : NOUN_PHRASE;
    }
    String rel = s.relation(clause);
    boolean relative = rel.startsWith("acl") && s.head(first) == clause && s.token(first).pos().startsWith("W") || s.token(first).text().equalsIgnoreCase("that")
        && s.relation(first).startsWith("nsubj");
    if (relative || (rel.equals("conj") && s.head(clause) == cue)) {
      return DETACHED; // "[a deal] that would make the sea …", "we joke and have fun"
    }
    boolean toMark = s.children(clause).stream().anyMatch(j -> s.relation(j).equals("mark") && s.token(j).text().equalsIgnoreCase("to"));
    boolean subject = s.children(clause).stream().anyMatch(j -> s.relation(j).startsWith("nsubj"));
    if (toMark && !subject && s.token(clause).pos().equals("VB")) {
      return heads.get(0) < clause && !clausal(s, heads.get(0)) ? OBJECT_INFINITIVE : INFINITIVE;
    }
    return CLAUSE;
  }

  /** Whether {@code word} (lower case) opens an embedded question: "how", "what", "why" ({@code question-words.txt}). */
  static boolean isQuestionWord(String word) {
    return QUESTION_WORDS.contains(word);
  }

  /** A verb, or a noun or adjective with a copula or a subject of its own ("the claims are false"). */
  private static boolean clausal(Sentence s, int k) {
    Token t = s.token(k);
    if (t.isVerb() || t.pos().equals("MD")) {
      return true;
    }
    return s.children(k).stream().anyMatch(j -> s.relation(j).equals("cop") || s.relation(j).startsWith("nsubj"));
  }

  /** An object and what it is said to be: a second nominal after it, or "as" and one. */
  private static boolean smallClause(Sentence s, List<Integer> heads) {
    if (heads.stream().filter(h -> s.children(h).stream().noneMatch(j -> s.relation(j).equals("case"))).count() >= 2) {
      return true; // "called [the notion] [a waste of time]", "declared [himself] [immune]"; not "discussed [the budget] with [Obama]"
    }
    for (int other : heads.subList(1, heads.size())) {
      if (s.children(other).stream().anyMatch(j -> s.relation(j).equals("case") && s.token(j).text().equalsIgnoreCase("as"))) {
        return true; // "characterized [the attack] as [a serious violation]"
      }
    }
    int h = heads.get(0);
    for (int j : s.children(h)) {
      String rel = s.relation(j);
      boolean predicate = s.token(j).pos().startsWith("NN") || s.token(j).pos().startsWith("JJ");
      if (j > h && predicate && (rel.equals("xcomp") || rel.equals("dep") || rel.equals("appos"))) {
        return true; // "the LDP move “an unforgivable, rash act”"
      }
      if (j > h && s.token(j).text().equalsIgnoreCase("as")) {
        return true;
      }
    }
    return s.children(h).stream().anyMatch(j -> s.children(j).stream().anyMatch(k -> s.token(k).text().equalsIgnoreCase("as") && k > h));
  }

  /**
   * Whether the question word at {@code first} opens a head of the content (or a clause it governs
   * as an object or complement), not a condition or time clause of it ("if the bill passed, …",
   * "when he arrived, …") nor a subject clause ("What you're getting is a forecast").
   */
  private static boolean opensAHead(Sentence s, int first, List<Integer> heads) {
    int h = s.head(first);
    if (heads.contains(first)) {
      return true;
    }
    if (!heads.contains(h) && (h < 0 || !heads.contains(s.head(h)))) {
      return false;
    }
    String rel = s.relation(h);
    return !rel.startsWith("advcl") && !rel.startsWith("csubj") && !rel.startsWith("acl") && !rel.startsWith("nsubj");
  }
}
