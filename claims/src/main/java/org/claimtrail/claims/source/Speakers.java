package org.claimtrail.claims.source;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimtrail.claims.Context;
import org.claimtrail.claims.cue.CueLexicon;
import org.claimtrail.claims.cue.DataFile;
import org.claimtrail.model.ClaimSource;
import org.claimtrail.nlp.Sentence;
import org.claimtrail.nlp.Token;

/**
 * Who can be a cue's speaker when the parse gives it no subject of its own: the speaker of the
 * saying just before it, of the cue clause it hangs on, the noun a relative pronoun stands for;
 * and which subjects can speak at all with an evidence verb ("data show", not "it shows").
 */
public final class Speakers {

  /**
   * Nouns that can show or find something, by lemma (CoreNLP lemmatises "data" as "datum"):
   * "Data show that …", "The results show …", "Findings show …".
   */
  private static final Pattern EVIDENCE =
      Pattern.compile("(?i)" + DataFile.alternation(Speakers.class, "evidence-nouns.txt"));

  private static final Set<String> RELATIVE = DataFile.words(Speakers.class, "relative-pronouns.txt");

  private Speakers() {}

  /** Whether a lemma names evidence that can show or find something ("data", "report", "poll"). */
  public static boolean isEvidence(String lemma) {
    return EVIDENCE.matcher(lemma).matches();
  }

  /** Whether a word is a relative pronoun that can stand for a speaker ("voters who say …"). */
  public static boolean isRelative(String word) {
    return RELATIVE.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Evidence verbs ("shows", "indicates") make claims only of evidence, of named sources or of persons ("she found"). */
  public static boolean plausible(Sentence s, Span subject, CueLexicon.Cue cue) {
    if (!cue.cueClass().equals("report")) {
      return true;
    }
    for (int k = subject.first(); k <= subject.last(); k++) {
      Token t = s.token(k);
      if (t.hasEntity() && !t.ner().equals("DATE") && !t.ner().equals("NUMBER") || t.pos().startsWith("NNP") && !t.ner().equals("DATE")) {
        return true; // a name, even one NER missed ("The Hill reported")
      }
      if (isEvidence(t.lemma())) {
        return true;
      }
      if (t.pos().equals("PRP") && !t.lemma().equalsIgnoreCase("it")) {
        return true; // "she suggested that …", "they found that …": a person, named before
      }
    }
    return false;
  }

  /**
   * For a participle right after "X said," or "said X," ("…, he said, adding …", "…, said one
   * trade official, adding …"): that saying verb, when it has a subject. Else empty.
   */
  public static Optional<Integer> saidJustBefore(Sentence s, int c, CueLexicon cues) {
    if (!s.token(c).pos().equals("VBG") || c < 2 || !s.token(c - 1).text().equals(",")) {
      return Optional.empty();
    }
    for (int r = c - 2; r >= 0 && c - r <= 8; r--) {
      Token t = s.token(r);
      if (t.isVerb()) {
        int subject = s.child(r, "nsubj");
        boolean saying = cues.verb(t.lemma()).isPresent() && subject >= 0;
        // Between the verb and the comma: nothing, or the verb's own subject ("said one official").
        boolean adjacent = r == c - 2 || (subject > r && s.span(subject)[1] == c - 2);
        return saying && adjacent ? Optional.of(r) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** A cue without its own subject takes it from the cue clause it hangs on ("…and warned", "before adding"). */
  public static Optional<Integer> inheritFrom(Sentence s, int c, CueLexicon cues) {
    for (int k = s.head(c), steps = 0; k >= 0 && steps < 6; k = s.head(k), steps++) {
      Optional<CueLexicon.Cue> kCue = s.token(k).isVerb() ? cues.verb(s.token(k).lemma()) : Optional.empty();
      boolean isCue = kCue.isPresent();
      boolean hasSubject = s.child(k, "nsubj") >= 0 && isCue && plausible(s, SourcePhrases.subjectOf(s, k), kCue.get());
      if (isCue && hasSubject) {
        return Optional.of(k);
      }
      boolean participle = s.token(c).pos().equals("VBG") && (s.relation(c).startsWith("acl") || s.relation(c).startsWith("advcl") || s.relation(c).startsWith("xcomp"));
      if (participle && s.token(k).isVerb() && s.child(k, "nsubj") >= 0) {
        return Optional.of(k); // "Trump attacked her, saying …": the attacker says it
      }
    }
    return Optional.empty();
  }

  /**
   * "voters who say income inequality matters most": the source is written "who" and is the noun
   * the relative clause hangs on. Empty unless the subject is a relative pronoun.
   */
  public static Optional<ClaimSource> relative(Context ctx, Sentence s, Span subject, int c) {
    if (subject.isEmpty() || subject.first() != subject.last()) {
      return Optional.empty();
    }
    Token who = s.token(subject.first());
    if (!(who.pos().equals("WP") || who.pos().equals("WDT")) || !isRelative(who.text())) {
      return Optional.empty();
    }
    int w = subject.first();
    // The noun the clause hangs on; the parse often gets "who say" wrong, the word order does not.
    int before = w > 1 && s.token(w - 1).text().equals(",") ? w - 2 : w - 1; // "Obama, who claimed"
    int g = s.relation(c).startsWith("acl") ? s.head(c) : before >= 0 && s.token(before).pos().startsWith("NN") ? before : -1;
    boolean time = g >= 0 && s.token(g).isTime();
    if (time) {
      g = beforeTime(s, g);
    }
    if (g < 0 || g > w) {
      return Optional.empty();
    }
    // After a time, the noun may head a clause ("it was a study … that"): take its phrase alone.
    int first = time ? SourcePhrases.nounPhraseBefore(s, g + 1).first() : Math.min(s.span(g)[0], g);
    while (first < g && (s.token(first).pos().equals("IN") || s.token(first).pos().equals("TO"))) {
      first++; // "among voters who say": the voters
    }
    Optional<ClaimSource> antecedent = Resolver.resolve(ctx, s, new Span(first, g));
    return antecedent.map(a -> a.writtenAs(who.text(), who.begin(), who.end()));
  }

  /**
   * The noun a relative clause belongs to when the parse hung it on a time: "a report from the
   * ministry last week that said…", "a study … in the past that did confirm…". A time says nothing;
   * the clause is the noun's before it: the time's head when that is an earlier noun, else the
   * noun just before the time phrase (past its preposition). -1 when there is none.
   */
  private static int beforeTime(Sentence s, int g) {
    int k = g;
    for (int steps = 0; steps < s.size() && k >= 0 && s.token(k).isTime(); steps++) {
      int h = s.head(k);
      if (h >= 0 && h < k && s.token(h).pos().startsWith("NN") && !s.token(h).isTime()) {
        return h;
      }
      int j = Math.min(s.span(k)[0], k) - 1;
      while (j >= 0 && (s.token(j).pos().equals("IN") || s.token(j).pos().equals("DT"))) {
        j--;
      }
      k = j;
    }
    return k >= 0 && s.token(k).pos().startsWith("NN") ? k : -1;
  }
}
