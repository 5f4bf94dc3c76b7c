package org.claimtrail.claims.reported;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.claimtrail.claims.Context;
import org.claimtrail.claims.cue.CueLexicon;
import org.claimtrail.claims.cue.DataFile;
import org.claimtrail.claims.provenance.Provenance;
import org.claimtrail.claims.span.Tokens;
import org.claimtrail.nlp.Sentence;
import org.claimtrail.nlp.Token;

/**
 * Which cue verbs introduce reported speech where they stand: not a participle used as an
 * adjective, not the first word of a name, not "denied visas" or "declined 3 pct", and not a cue
 * that another pass attributes ("according to", "citing", a quote's attribution, an as-clause).
 */
final class CueVerbs {

  /**
   * Cues that attribute a direct quote ("“…,” he continued") but, outside one, mostly introduce no
   * content ("speaking to reporters, Trump said", "support continues to grow"): the first 150
   * articles of PolNeAR's train split had 47 of these as false cues.
   */

  /** Verbs that are never cues, even when every verb is tried: they mostly carry another verb. */

  private static final Set<String> QUESTION_LEADS = DataFile.words(CueVerbs.class, "question-leads.txt");

  private CueVerbs() {}

  /**
   * The cue at token {@code c} when it introduces reported speech here: a verb of the lexicon (or
   * any verb but an auxiliary, when every verb is tried for the claim model) outside quotes, and
   * none of the readings in which it says nothing or another pass attributes it.
   */
  static Optional<CueLexicon.Cue> at(Context ctx, Sentence s, int c) {
    Token t = s.token(c);
    Optional<CueLexicon.Cue> cue = ctx.cues().verb(t.lemma());
    if (cue.isEmpty() && ctx.openCues() && t.isVerb() && !ctx.cues().is(t.lemma(), CueLexicon.Quirk.NEVER)) {
      cue = Optional.of(new CueLexicon.Cue(t.lemma(), "open", "content")); // a candidate for the model to judge
    }
    if (cue.isEmpty() || !t.isVerb() || ctx.quotes().at(t.begin()).isPresent() || saysNothing(ctx.cues(), s, c) || elsewhere(ctx, s, c)) {
      return Optional.empty();
    }
    return cue;
  }

  /** Whether the verb at {@code c}, a cue word, is no saying here (or one of "according to"). */
  private static boolean saysNothing(CueLexicon cues, Sentence s, int c) {
    Token t = s.token(c);
    boolean asked = askedOfNobody(cues, s, c);
    if (!asked && t.pos().equals("VBN") && !hasAuxiliary(s, c) && s.head(c) >= 0 && s.child(c, "nsubj") < 0) {
      return true; // "the report released on Monday": an adjective, not a saying
    }
    if (cues.is(t.lemma(), CueLexicon.Quirk.QUOTE_ONLY)) {
      return true; // "Speaking in the East Room, Obama…", "Clinton continues to lead": no content of their own
    }
    if (cues.is(t.lemma(), CueLexicon.Quirk.OWN_PASS)) {
      return true; // "according to X": its own pass
    }
    if (t.ner().equals("PERSON") && c + 1 < s.size() && s.token(c + 1).ner().equals("PERSON") && (c == 0 || !s.token(c - 1).ner().equals("PERSON"))) {
      return true; // "spokeswoman Hope Hicks said": the first word of a name (not "Trump Calls Clinton …", tagged as one)
    }
    // "players were denied visas", "denying ballot access": not a denial of anything said;
    // "loans declined 114 mln dlrs", "a declining economy": a fall, not a refusal.
    return withholds(cues, s, c) || decreases(cues, s, c);
  }

  /** Whether another pass attributes the cue at {@code c}: "citing" a source, a quote's, an as-clause's. */
  private static boolean elsewhere(Context ctx, Sentence s, int c) {
    Token t = s.token(c);
    if (ctx.cues().is(t.lemma(), CueLexicon.Quirk.PROVENANCE) && t.pos().equals("VBG") && Provenance.citesASource(s, c)) {
      return true; // "X, citing Y, claimed": provenance, handled with the claim
    }
    if (afterClosingQuote(s, c)) {
      return true; // “…,” he said: the quote pass attributes it
    }
    return AsClauses.cueAt(s, c, ctx.cues()).isPresent(); // "As The Hill reported, …": the as-clause pass attributes it
  }

  /**
   * Whether the cue's subject (or the cue) follows right after a closing quote mark. Not a
   * participle right after it: the quote pass leaves "…of “New York values,” saying the city …"
   * to this one, since such a participle speaks for its own clause's subject.
   */
  private static boolean afterClosingQuote(Sentence s, int c) {
    if (s.token(c).pos().equals("VBG") && c > 0 && (s.token(c - 1).text().equals(",") || Tokens.isQuoteMark(s.token(c - 1)))) {
      return false;
    }
    int k = c - 1;
    while (k >= 0 && (s.token(k).pos().startsWith("NN") || s.token(k).pos().equals("PRP") || s.token(k).pos().equals("DT") || s.token(k).pos().startsWith("RB"))) {
      k--;
    }
    while (k >= 0 && s.token(k).text().equals(",")) {
      k--;
    }
    return k >= 0 && (s.token(k).text().equals("”") || s.token(k).pos().equals("''") || s.token(k).text().equals("\""));
  }

  /**
   * "Asked whether he would run, …", "…, he said when asked about it": a participle of "ask" with
   * no subject and no auxiliary, hanging on another clause as an adverbial. PolNeAR annotates
   * these 70 times on train, with the question as content and no source.
   */
  static boolean askedOfNobody(CueLexicon cues, Sentence s, int c) {
    Token t = s.token(c);
    return cues.is(t.lemma(), CueLexicon.Quirk.ASKS) && t.pos().equals("VBN") && !hasAuxiliary(s, c) && s.child(c, "nsubj") < 0 && s.child(c, "nsubj:pass") < 0
        && (s.relation(c).startsWith("advcl") || opensTheSentence(s, c) && s.head(c) > c);
  }

  /**
   * Whether the word at {@code c} opens its sentence, after at most a conjunction or "when": the
   * parser often hangs a sentence-opening "Asked if …," on the main verb as discourse or advmod
   * rather than advcl.
   */
  private static boolean opensTheSentence(Sentence s, int c) {
    for (int k = 0; k < c; k++) {
      String w = s.token(k).text().toLowerCase(Locale.ROOT);
      if (!(QUESTION_LEADS.contains(w) || Tokens.isQuoteMark(s.token(k)))) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasAuxiliary(Sentence s, int c) {
    for (int j : s.children(c)) {
      if (s.relation(j).startsWith("aux")) {
        return true;
      }
    }
    return c > 0 && (s.token(c - 1).lemma().equals("have") || s.token(c - 1).lemma().equals("be"));
  }

  /**
   * Things one is denied or refused rather than statements one denies: "were denied entry",
   * "denied him bail", "thereby denying ballot access". As the object of "deny"/"refuse" they make
   * it a withholding, as does a second object or a passive subject with an object of its own.
   */
  private static final Set<String> WITHHELD = DataFile.words(CueVerbs.class, "withheld.txt");

  private static boolean withholds(CueLexicon cues, Sentence s, int c) {
    String lemma = s.token(c).lemma().toLowerCase(Locale.ROOT);
    if (!cues.is(lemma, CueLexicon.Quirk.WITHHOLDS)) {
      return false;
    }
    int obj = s.child(c, "obj");
    if (s.child(c, "iobj") >= 0 || (obj >= 0 && s.child(c, "nsubj:pass") >= 0)) {
      return true;
    }
    return obj >= 0 && WITHHELD.contains(s.token(obj).lemma().toLowerCase(Locale.ROOT));
  }

  /**
   * "Decline" in the sense of falling, told by what goes with it: an amount ("declined 114 mln
   * dlrs", "declined to 51.9 pct", "by 0.2%"), an adverb of change ("declined sharply"), or a noun
   * it describes ("a declining economy"). A refusal has a verb to do ("declined to comment") or
   * stands bare ("Trump declined", also where the parse lost the verb: "who declined to comment"),
   * and stays a cue. In Reuters' 1987 wire stories about half the "declines" the rules took for
   * refusals were falls, each a claim with stance "denied".
   */
  private static boolean decreases(CueLexicon cues, Sentence s, int c) {
    if (!cues.is(s.token(c).lemma().toLowerCase(Locale.ROOT), CueLexicon.Quirk.FALLS)) {
      return false;
    }
    int xcomp = s.child(c, "xcomp");
    if (xcomp >= 0 && s.token(xcomp).isVerb()) {
      return false;
    }
    if (s.relation(c).equals("amod")) {
      return true;
    }
    for (int j : s.children(c)) {
      String rel = s.relation(j);
      if (rel.equals("advmod") && CHANGE_ADVERBS.contains(s.token(j).lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
      if ((rel.equals("obj") || rel.startsWith("obl")) && Tokens.amount(s, j)) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> CHANGE_ADVERBS = DataFile.words(CueVerbs.class, "change-adverbs.txt");
}
