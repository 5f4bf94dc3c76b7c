package org.claimtrail.claims.span;

import java.util.Set;
import org.claimtrail.claims.cue.CueLexicon;
import org.claimtrail.claims.cue.DataFile;
import org.claimtrail.nlp.Sentence;
import org.claimtrail.nlp.Token;

/**
 * Where a cue starts and ends: its verb group and what PolNeAR's annotators count into it ("has
 * long insisted", "said in a statement", "went on to say", "offered his thoughts on").
 */
public final class CueSpans {
  /** The cue lexicon, for its verbs' quirks (which verbs carry a cue; after which a preposition says where). */
  private static final CueLexicon CUES = CueLexicon.standard();

  private CueSpans() {}

  /**
   * Adverbs that link the sentence to the one before rather than say how something was said:
   * "However, he said", "he instead said". Any other adverb on the cue right before it ("has long
   * insisted", "publicly blamed", "recently revealed") is part of the cue, as PolNeAR's
   * annotators have it 1,645 times in 1,988 on train; these make up most of the rest.
   */
  private static final Set<String> LINKING_ADVERBS = DataFile.words(CueSpans.class, "linking-adverbs.txt");

  private static boolean cueAdverb(Sentence s, int k) {
    Token t = s.token(k);
    return s.relation(k).equals("advmod") && t.pos().startsWith("RB") && !LINKING_ADVERBS.contains(t.lemma().toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * The whole verb group of a cue: auxiliaries, negation and a few adverbs before it ("has also
   * said", "did not confirm"), a particle after it ("pointed out", "called on").
   */
  public static int[] bounds(Sentence s, int c) {
    int first = c;
    while (first - 1 >= 0) {
      int k = first - 1;
      boolean aux = s.head(k) == c && (s.relation(k).startsWith("aux") || cueAdverb(s, k));
      if (!aux) {
        break;
      }
      first = k;
    }
    int last = c;
    if (c + 1 < s.size() && s.head(c + 1) == c && s.relation(c + 1).equals("compound:prt")) {
      last = c + 1;
    } else if (c + 2 < s.size() && !CUES.is(s.token(c).lemma(), CueLexicon.Quirk.SAYS_WHERE) && ContentSpans.prepositionalObject(s, c + 1)) {
      // "called for", "responded to"; but "said of Trump", "said on Fox News", "said at a rally"
      // name what or where it was said about, not the object of the saying.
      last = c + 1;
    }
    last = statementEnd(s, last);
    if (last + 1 < s.size() && s.token(last + 1).text().equals(":")) {
      last++; // "tweeted: “…”": the colon belongs to the cue, as PolNeAR annotates 367 of 385
    }
    return new int[] {first, last};
  }

  /** The verb that carries cue {@code c} ("went on to say"), or -1. */
  public static int carrier(Sentence s, int c) {
    int g = s.head(c);
    if (g < 0 || g >= c || !s.relation(c).startsWith("xcomp") || c < 1 || !s.token(c - 1).pos().equals("TO") || !s.token(g).isVerb()
        || !CUES.is(s.token(g).lemma().toLowerCase(java.util.Locale.ROOT), CueLexicon.Quirk.CARRIER) || c - g > 4) {
      return -1;
    }
    if (CUES.is(s.token(g).lemma().toLowerCase(java.util.Locale.ROOT), CueLexicon.Quirk.CARRIER_WITH_ON) && !(g + 1 < c && s.token(g + 1).lemma().equalsIgnoreCase("on"))) {
      return -1; // "went on to say", not "went to say"
    }
    return g;
  }

  /** Where a cue was written or issued, which annotators count into the cue: "said in a statement". */
  private static final Set<String> ISSUED_IN = DataFile.words(CueSpans.class, "issued-in.txt");

  /**
   * The last token of "in a statement", "in a press release" or "in reply" right after {@code
   * last}, or {@code last} when none follows. PolNeAR's annotators take "said in a statement"
   * as the cue 46 times in 68 on train; "in an interview" they leave out more often than not.
   */
  private static int statementEnd(Sentence s, int last) {
    int k = last + 1;
    if (k >= s.size() || !(s.token(k).lemma().equals("in") || s.token(k).lemma().equals("during"))) {
      return last;
    }
    for (int j = k + 1; j < s.size() && j <= k + 4; j++) {
      Token t = s.token(j);
      if (ISSUED_IN.contains(t.lemma().toLowerCase(java.util.Locale.ROOT)) && t.pos().startsWith("NN")) {
        return j + 1 < s.size() && s.token(j + 1).pos().startsWith("NN") ? last : j; // not "in a statement issue"
      }
      if (!(t.pos().equals("DT") || t.pos().equals("PRP$") || t.pos().startsWith("JJ") || t.pos().startsWith("NN"))) {
        return last;
      }
    }
    return last;
  }

  /** Nouns that name a saying when a verb takes them as its object: "voiced concern over", "issued a statement". */
  private static final Set<String> SPEECH_NOUNS = DataFile.words(CueSpans.class, "speech-nouns.txt");
  private static final Set<String> SPEECH_NOUN_PREPOSITIONS = DataFile.words(CueSpans.class, "speech-noun-prepositions.txt");

  /**
   * When the content after cue {@code c} starts with its object naming a saying ("his thoughts
   * on", "a statement confirming", "concern that"), the last token the cue takes: the preposition
   * or participle after the noun, or the noun itself before "that" or a colon. Else -1.
   */
  public static int speechNounEnd(Sentence s, int c, Content content) {
    int k = content.first();
    if (content.isEmpty() || k <= c) {
      return -1;
    }
    int modifiers = 0;
    while (k <= content.last() && modifiers < 3 && (s.token(k).pos().equals("DT") || s.token(k).pos().equals("PRP$") || s.token(k).pos().startsWith("JJ"))) {
      k++;
      modifiers++;
    }
    if (k >= content.last() || !s.token(k).pos().startsWith("NN") || s.head(k) != c
        || !SPEECH_NOUNS.contains(s.token(k).lemma().toLowerCase(java.util.Locale.ROOT))) {
      return -1;
    }
    Token next = s.token(k + 1);
    if ((next.pos().equals("IN") || next.pos().equals("TO")) && SPEECH_NOUN_PREPOSITIONS.contains(next.lemma().toLowerCase(java.util.Locale.ROOT))
        && !next.text().equalsIgnoreCase("that")) {
      return k + 1;
    }
    if (next.pos().equals("VBG") || next.text().equals(":")) {
      return k + 1;
    }
    return ContentSpans.complementizer(s, k + 1) ? k : -1;
  }
}
