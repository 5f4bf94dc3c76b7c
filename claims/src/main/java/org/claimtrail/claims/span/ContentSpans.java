package org.claimtrail.claims.span;

import java.util.Locale;
import java.util.Set;
import org.claimtrail.claims.cue.CueLexicon;
import org.claimtrail.claims.cue.DataFile;
import org.claimtrail.nlp.Sentence;
import org.claimtrail.nlp.Token;

/**
 * Where a reported claim's content starts and ends after its cue ({@link CueSpans} has the cue's
 * own): what to skip after the cue, where a complement clause starts, and where the content stops.
 */
public final class ContentSpans {
  private static final Set<String> CONNECTORS = DataFile.words(ContentSpans.class, "connectors.txt");
  private static final Set<String> PUBLISHER_HEDGES = DataFile.words(ContentSpans.class, "publisher-hedges.txt");
  private static final Set<String> SAID_AT = DataFile.words(ContentSpans.class, "said-at.txt");
  private static final Set<String> DATE_LEADS = DataFile.words(ContentSpans.class, "date-leads.txt");
  private static final Set<String> OBJECT_PREPOSITIONS = DataFile.words(ContentSpans.class, "object-prepositions.txt");

  private ContentSpans() {}

  /** Where the content's search stands: the next token, and whom it was said to (-1 while none). */
  private static final class Cursor {
    int k;
    int viaFirst = -1;
    int viaLast = -1;

    Cursor(int k) {
      this.k = k;
    }

    void via(int first, int last) {
      viaFirst = first;
      viaLast = last;
    }
  }

  /**
   * The content after the cue: skips "that", adverbs, the time of saying, "told journalists" and
   * "in an interview with X", then runs to the end of the sentence, stopping before a following
   * cue clause ("before adding…", "and warned…"), "according to", "citing", an interview phrase or
   * the publisher's own hedge after a comma (", likely as a result of…").
   */
  public static Content after(Sentence s, int cue, CueLexicon lexicon) {
    Cursor at = new Cursor(cue + 1);
    boolean skipped = true;
    while (skipped && at.k < s.size()) {
      skipped = skipOne(s, cue, lexicon, at);
    }
    if (at.k == cue + 1 && at.k + 1 < s.size() && prepositionalObject(s, at.k)) {
      at.k++; // "called for more flexibility", "responded to the news": the object is the content
    }
    complementClause(s, cue, at);
    if (at.k < s.size() && complementizer(s, at.k)) {
      at.k++;
      while (at.k < s.size() && (s.token(at.k).text().equals(",") || s.token(at.k).text().equals(":"))) {
        at.k++; // "tweeted that, “For those …”"
      }
    }
    int first = at.k;
    int last = contentEnd(s, cue, first, lexicon, at);
    return new Content(first, Tokens.trimEnd(s, first, last), at.viaFirst, at.viaLast);
  }

  /** Steps over one thing that stands between the cue and what was said; whether it did. */
  private static boolean skipOne(Sentence s, int cue, CueLexicon lexicon, Cursor at) {
    int k = at.k;
    Token t = s.token(k);
    String cueLemma = s.token(cue).lemma();
    if (t.pos().equals("RP") || t.pos().startsWith("RB") && !lexicon.isAdverb(t.lemma()) || t.text().equals(",") || t.text().equals(":")) {
      at.k++;
      return true;
    } else if (t.ner().equals("DATE") || (DATE_LEADS.contains(t.lemma()) && k + 1 < s.size() && s.token(k + 1).ner().equals("DATE"))) {
      return skipDate(s, at);
    } else if (lexicon.is(cueLemma, CueLexicon.Quirk.NAMES_THE_TOLD) && k == cue + 1 && isNounPhraseStart(t)) {
      return skipTheOneTold(s, at);
    } else if (lexicon.is(cueLemma, CueLexicon.Quirk.ASKS) && k == cue + 1 && isNounPhraseStart(t) && askedWhat(s, k) > k) {
      // "asked Rubio which states he could win", "asked him about it": the one asked is not
      // part of the question. "asked supporters to run" is left whole: annotators are split.
      at.k = askedWhat(s, k);
      return true;
    } else if ((t.lemma().equals("in") || t.lemma().equals("during")) && k + 2 < s.size() && (s.token(k + 2).lemma().equals("interview") || s.token(k + 2).lemma().equals("statement"))) {
      int[] r = interview(s, k);
      at.via(r[1], r[2]);
      at.k = r[0];
      return true;
    } else if ((t.lemma().equals("of") || t.lemma().equals("about")) && lexicon.is(cueLemma, CueLexicon.Quirk.WARNS_OF)) {
      at.k++;
      return true;
    } else if (lexicon.is(cueLemma, CueLexicon.Quirk.SAYS_WHERE) && t.pos().equals("IN") && SAID_AT.contains(t.lemma().toLowerCase(Locale.ROOT)) && s.head(k) > k) {
      // "said of the course", "said on Twitter", "said to a cheer": where, to whom or of what it
      // was said, not what. Of 286 such "said" on PolNeAR's train split, 1 has its content start
      // after the preposition. What was said may follow it: "said on Twitter, “…”".
      at.k = Math.max(k + 1, s.span(s.head(k))[1] + 1);
      return true;
    }
    return false;
  }

  /** The time of saying after the cue, unless the date is what the content is about. */
  private static boolean skipDate(Sentence s, Cursor at) {
    int from = at.k;
    int past = at.k;
    // "last" and "earlier" too: NER may tag only the word after them, and a loop that cannot
    // step over the word it was entered for would never end.
    while (past < s.size() && (s.token(past).ner().equals("DATE") || DATE_LEADS.contains(s.token(past).lemma()))) {
      past++;
    }
    // Unless the date is what the content is about: "said 2016 has seen …", "said Monday's
    // decision …", "said current officials …".
    boolean subject = past < s.size() && (s.token(past).pos().equals("POS") || Tokens.isFinite(s.token(past))) || s.token(from).pos().startsWith("JJ");
    if (!subject) {
      at.k = past;
      return at.k > from;
    }
    return false;
  }

  /** The one told, up to the subject of what they were told: "told Breitbart News he'd support". */
  private static boolean skipTheOneTold(Sentence s, Cursor at) {
    int start = at.k;
    int k = at.k;
    while (k < s.size() && (s.token(k).pos().startsWith("NN") || s.token(k).pos().equals("PRP") || s.token(k).pos().equals("DT") || s.token(k).pos().equals("JJ"))
        && !s.relation(k).startsWith("nsubj")) {
      k++;
    }
    if (k > start && s.token(start).hasEntity()) {
      at.via(start, k - 1);
    }
    at.k = k;
    return k > start; // a loop that cannot step over the word it was entered for would never end
  }

  /** A complement clause further on ("said during a rally in Michigan that …") starts the content. */
  private static void complementClause(Sentence s, int cue, Cursor at) {
    int k = at.k;
    for (int j : s.children(cue)) {
      if (s.relation(j).equals("ccomp") && j > k) {
        int start = s.span(j)[0];
        if (start > k && start - k <= 20 && s.token(start).text().equalsIgnoreCase("that")) {
          for (int m = k; m < start; m++) {
            if ((s.token(m).lemma().equals("with") || s.token(m).lemma().equals("to")) && at.viaFirst < 0 && m + 1 < start && s.token(m + 1).hasEntity()) {
              int viaLast = m + 1;
              while (viaLast + 1 < start && s.token(viaLast + 1).hasEntity()) {
                viaLast++;
              }
              at.via(m + 1, viaLast);
            }
          }
          at.k = start;
        }
        break;
      }
    }
  }

  /** The last token of a content that starts at {@code first} (before trimming). */
  private static int contentEnd(Sentence s, int cue, int first, CueLexicon lexicon, Cursor at) {
    boolean clause = first < s.size() && isClause(s, cue, first);
    for (int j = first + 1; j < s.size(); j++) {
      Token t = s.token(j);
      // A comma may end the sentence: CoreNLP ends one at a blank line ("…, he said," before a
      // paragraph break), and there is no clause after it to branch off.
      if (t.text().equals(",") && endsWithAttribution(s, j + 1, lexicon) || (t.text().equals(",") && j + 1 < s.size() && branchesOff(s, cue, first, j + 1))
          || endsAtPunctuation(s, j) || !clause && coordinatedWithCue(s, cue, j)) {
        return j - 1;
      }
      // "… and warned", "…, but he called it …": a saying of its own after a connector.
      int connector = CONNECTORS.contains(s.token(j - 1).text().toLowerCase(Locale.ROOT)) ? j - 1
          : j - 2 > first && s.token(j - 1).pos().equals("PRP") && CONNECTORS.contains(s.token(j - 2).text().toLowerCase(Locale.ROOT)) ? j - 2 : -1;
      boolean nestedCue = t.isVerb() && lexicon.verb(t.lemma()).isPresent() && j > first + 1 && connector > first
          && (t.pos().equals("VBG") || t.pos().equals("VBD") || t.pos().equals("VBZ"));
      boolean interviewPhrase = (t.lemma().equals("during") || t.lemma().equals("in")) && j + 2 < s.size() && s.token(j + 2).lemma().equals("interview");
      if (nestedCue || interviewPhrase || stopsBefore(s, j, lexicon)) {
        if (interviewPhrase && at.viaFirst < 0) {
          int[] r = interview(s, j);
          at.via(r[1], r[2]);
        }
        return nestedCue ? connector - 1 : j - 1;
      }
    }
    return s.size() - 1;
  }

  /** "according to", ", citing" and the publisher's own ", likely …": what follows is not the source's. */
  private static boolean stopsBefore(Sentence s, int j, CueLexicon lexicon) {
    Token t = s.token(j);
    boolean according = lexicon.is(t.lemma(), CueLexicon.Quirk.OWN_PASS) || (t.text().equalsIgnoreCase("according"));
    boolean citing = lexicon.is(t.lemma(), CueLexicon.Quirk.PROVENANCE) && s.token(j - 1).text().equals(",");
    boolean hedge = s.token(j - 1).text().equals(",") && PUBLISHER_HEDGES.contains(t.lemma());
    return according || citing || hedge;
  }

  /**
   * Whether {@code k} is "that" introducing a clause, not "rejected that idea": the parser often
   * tags the determiner IN, but then it hangs on the noun right after it.
   */
  public static boolean complementizer(Sentence s, int k) {
    Token t = s.token(k);
    if (!t.text().equalsIgnoreCase("that") || !(t.pos().equals("IN") || t.pos().equals("WDT") || s.relation(k).equals("mark"))) {
      return false;
    }
    boolean determiner = !s.relation(k).equals("mark") && k + 1 < s.size() && s.head(k) == k + 1 && s.token(k + 1).pos().startsWith("NN");
    boolean pronoun = k + 1 < s.size() && Tokens.isFinite(s.token(k + 1)); // "said that's what he would do"
    return !determiner && !pronoun;
  }

  /**
   * Where the question starts after the one asked at {@code k}: after their noun phrase, when a
   * question word, "about" or a second object follows it; {@code k} when none does.
   */
  private static int askedWhat(Sentence s, int k) {
    int j = k;
    while (j < s.size() && (s.token(j).pos().startsWith("NN") || s.token(j).pos().equals("PRP") || s.token(j).pos().equals("DT") || s.token(j).pos().equals("JJ"))
        && !(j > k && (s.token(j).pos().equals("DT") || s.token(j).pos().equals("PRP")))) {
      j++;
    }
    if (j == k || j >= s.size()) {
      return k;
    }
    Token next = s.token(j);
    String w = next.text().toLowerCase(Locale.ROOT);
    boolean question = w.equals("whether") || w.equals("if") || w.equals("about") || next.pos().equals("WRB") || next.pos().equals("WP")
        || next.pos().equals("WDT") || next.pos().equals("DT") || next.pos().equals("PRP$");
    return question ? j : k;
  }

  /**
   * Whether a reported content stops before token {@code j}: at a semicolon, as PolNeAR's
   * annotators stop 88 times in 109 on train. (Dashes, tried too, split them evenly.)
   */
  private static boolean endsAtPunctuation(Sentence s, int j) {
    return s.token(j).text().equals(";");
  }

  /** Whether {@code k} is a preposition that takes the cue's object: "called for more troops". */
  static boolean prepositionalObject(Sentence s, int k) {
    Token t = s.token(k);
    if (!(t.pos().equals("IN") || t.pos().equals("TO")) || !OBJECT_PREPOSITIONS.contains(t.lemma().toLowerCase(Locale.ROOT))) {
      return false;
    }
    Token next = s.token(k + 1);
    if (next.ner().equals("DATE")) {
      return false;
    }
    // "talked about moving to New Zealand", "spoke about how she pushed", "asked about whether":
    // a gerund or a question is the object too.
    boolean clause = next.pos().equals("VBG") || next.pos().equals("WRB") || next.pos().equals("WP")
        || next.text().equalsIgnoreCase("whether");
    return clause || !next.isVerb() && (next.pos().startsWith("NN") || next.pos().equals("DT") || next.pos().startsWith("JJ") || next.pos().startsWith("PRP") || next.pos().equals("CD"));
  }

  /**
   * Whether what follows a comma at {@code k - 1} is no longer what the source said: a clause
   * coordinated with the cue or adverbial to it ("Carter said he stopped, but Cook did not say
   * when"), or one that hangs on a word before the content. On PolNeAR's train split annotators
   * end the content there 300 times in 481.
   */
  private static boolean branchesOff(Sentence s, int cue, int first, int k) {
    int node = k;
    for (int steps = 0; steps < s.size(); steps++) {
      int h = s.head(node);
      if (h < k) {
        break;
      }
      node = h;
    }
    int h = s.head(node);
    String rel = s.relation(node);
    if (h != cue || !(rel.equals("conj") || rel.startsWith("advcl"))) {
      return false;
    }
    // "…, but Cook did not say when" is the writer again; "…, but will make Iran rich" and "…,
    // but it will be difficult" still the source: the clause needs a subject of its own, and one
    // that is not a pronoun picking up the source.
    int subject = s.child(node, "nsubj");
    return subject >= 0 && !s.token(subject).pos().equals("PRP");
  }

  /**
   * Whether the content from {@code first} is a clause of the cue ("said [that] he would") rather
   * than its object ("criticized the plan", "called for a ban").
   */
  private static boolean isClause(Sentence s, int cue, int first) {
    int node = first;
    for (int steps = 0; steps < s.size() && node >= 0 && s.head(node) != cue; steps++) {
      node = s.head(node);
    }
    return node < 0 || s.head(node) != cue || s.relation(node).startsWith("ccomp") || s.relation(node).startsWith("parataxis");
  }

  /**
   * Whether {@code j} is "and" or "but" opening a second verb of the cue's subject: "criticized
   * the plan and called on Sanders to …". After an object, annotators end the content there 45
   * times in 52 on PolNeAR's train split (after a clause, "said he would … and promised", they
   * go on 30 times in 53, so that is left alone).
   */
  private static boolean coordinatedWithCue(Sentence s, int cue, int j) {
    String w = s.token(j).text().toLowerCase(Locale.ROOT);
    if (!(w.equals("and") || w.equals("but")) || !s.token(j).pos().equals("CC")) {
      return false;
    }
    int h = s.head(j);
    return h > j && s.relation(h).equals("conj") && s.head(h) == cue;
  }

  /** Whether tokens from {@code k} are just "the source added." (a trailing attribution). */
  private static boolean endsWithAttribution(Sentence s, int k, CueLexicon lexicon) {
    int j = k;
    while (j < s.size() && (s.token(j).pos().startsWith("NN") || s.token(j).pos().equals("DT") || s.token(j).pos().equals("PRP") || s.token(j).pos().equals("JJ"))) {
      j++;
    }
    if (j == k || j >= s.size() || !s.token(j).isVerb() || lexicon.verb(s.token(j).lemma()).isEmpty()) {
      return false;
    }
    return Tokens.trimEnd(s, j + 1, s.size() - 1) < j + 1;
  }

  /** "in an interview with The Economist": {index after, via first, via last}. */
  static int[] interview(Sentence s, int k) {
    int j = k;
    while (j < s.size() && !s.token(j).lemma().equals("interview") && !s.token(j).lemma().equals("statement")) {
      j++;
    }
    j++;
    int viaFirst = -1;
    int viaLast = -1;
    if (j < s.size() && (s.token(j).lemma().equals("with") || s.token(j).lemma().equals("to"))) {
      j++;
      viaFirst = j;
      while (j < s.size() && (s.token(j).pos().startsWith("NNP") || s.token(j).pos().equals("DT") || s.token(j).hasEntity())) {
        j++;
      }
      viaLast = j - 1;
    }
    if (j < s.size() && s.token(j).text().equals(",")) {
      j++;
    }
    return new int[] {j, viaFirst, viaLast < viaFirst ? -1 : viaLast};
  }

  private static boolean isNounPhraseStart(Token t) {
    return t.pos().startsWith("NN") || t.pos().equals("PRP") || t.pos().equals("DT") || t.pos().equals("JJ");
  }
}
