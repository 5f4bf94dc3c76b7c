package org.claimtrail.claims.reported;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.claimtrail.claims.ClaimPass;
import org.claimtrail.claims.Context;
import org.claimtrail.claims.cue.CueLexicon;
import org.claimtrail.claims.cue.DataFile;
import org.claimtrail.claims.source.SourcePhrases;
import org.claimtrail.claims.source.Span;
import org.claimtrail.claims.source.Speakers;
import org.claimtrail.claims.span.Asides;
import org.claimtrail.claims.span.Content;
import org.claimtrail.claims.span.ContentSpans;
import org.claimtrail.claims.span.CueSpans;
import org.claimtrail.claims.span.Tokens;
import org.claimtrail.nlp.Sentence;
import org.claimtrail.nlp.Token;

/**
 * Reported speech around a cue verb: "X claimed that …", "X, citing Y, claimed …", "… images
 * alleging …", "…, police said.", "was denied by the campaign". Each cue ({@link CueVerbs}) is
 * read in steps: its content after it ({@link ContentSpans}), its subject, how it reads (passive,
 * seeming, a question put by nobody), its speaker when the parse gives none, where the content
 * lies after all ({@link ReportedContent}); then {@link ReportedClaims} makes the claims.
 */
public final class ReportedSpeech implements ClaimPass {
  private static final Set<String> ANSWERS = DataFile.words(ReportedSpeech.class, "answers.txt");

  @Override
  public String name() {
    return "reported speech";
  }

  @Override
  public void find(Context ctx, Sentence s) {
    for (int c = 0; c < s.size(); c++) {
      Optional<CueLexicon.Cue> cue = CueVerbs.at(ctx, s, c);
      if (cue.isEmpty()) {
        continue;
      }
      Saying w = new Saying(s, c, cue.get(), ctx.cues());
      contentAfter(ctx, w);
      subject(ctx, w);
      if (!readings(ctx, w)) {
        continue;
      }
      speakerFromItsClause(ctx, w);
      speakerAroundTheCue(w);
      if (w.subject.isEmpty() || (!w.unnamed && !Speakers.plausible(s, w.subject, w.cue))) {
        continue;
      }
      if (ReportedContent.place(w)) {
        ReportedClaims.add(ctx, w);
      }
    }
  }

  /** What follows the cue, less a noun naming the saying ("offered his thoughts on X", "released a statement confirming X"). */
  private static void contentAfter(Context ctx, Saying w) {
    Sentence s = w.s;
    int c = w.c;
    w.content = ContentSpans.after(s, c, ctx.cues());
    // "offered his thoughts on X", "released a statement confirming X": the cue runs through
    // the noun that names the saying, the content is what follows it.
    w.nounCueLast = CueSpans.speechNounEnd(s, c, w.content);
    if (w.nounCueLast >= 0) {
      int first = w.nounCueLast + 1;
      first = first <= w.content.last() && ContentSpans.complementizer(s, first) ? first + 1 : first;
      w.content = w.content.from(first);
    }
    Content content = w.content;
    // "endorsed Clinton", "expressed concern": one word can be a whole content.
    w.oneWord = !content.isEmpty() && content.last() == content.first() && oneWordContent(s, content.first());
    w.postposed = content.isEmpty() || (content.last() - content.first() < 1 && !w.oneWord)
        || (c > 1 && !Tokens.hasVerb(s, content.first(), content.last()) && commaBeforeSubject(s, c)); // "…, police reported Friday morning, local time."
  }

  /** The subject the parse gives the cue, or the speaker of the saying just before it, or an aside's. */
  private static void subject(Context ctx, Saying w) {
    Sentence s = w.s;
    w.subject = SourcePhrases.subjectFromParse(s, w.c);
    if (w.subject.isEmpty()) {
      // "…, the company said, adding it could not …": whoever just said it adds it, whatever
      // clause the parser hung "adding" on (often the content's: "Those discussions are continuing").
      w.subject = Speakers.saidJustBefore(s, w.c, ctx.cues()).map(r -> SourcePhrases.subjectOf(s, r)).orElse(w.subject);
    }
    Span asideSource = w.subject.isEmpty() ? w.subject : Asides.sourceBetweenCommas(s, w.c);
    if (!asideSource.isEmpty() && w.subject.first() < asideSource.first()) {
      w.subject = asideSource; // "The trouble, Frank writes, is …": the parse took "trouble" for the subject
    }
  }

  /** The passive, seeming and asked readings, which name no speaker by the subject; false when the cue makes no claim. */
  private static boolean readings(Context ctx, Saying w) {
    Sentence s = w.s;
    int c = w.c;
    w.passive = Passive.read(ctx.cues(), s, c, w.cue, w.subject, w.content);
    if (w.passive.isPresent()) {
      if (!w.passive.get().makesClaim()) {
        return false;
      }
      w.subject = w.passive.get().source();
      w.unnamed = w.passive.get().unnamed();
      w.content = w.passive.get().content();
      w.postposed = false;
    }
    // "Each skater seemed to be honing …": the writer's impression, its subject part of it.
    w.seeming = w.passive.isEmpty() && !w.subject.isEmpty() ? Raising.content(s, c, w.content, ctx.cues()) : Optional.empty();
    if (w.seeming.isPresent()) {
      w.content = w.seeming.get();
      w.unnamed = true;
      w.postposed = false;
    }
    if (w.asked) {
      // The subject of the clause it hangs on was asked, and does not ask: the asker is the
      // "by" agent, or nobody named (then the cue stands in for the source's place, as the
      // passive's subject does). The question ends with the participle's phrase.
      Span agent = SourcePhrases.agent(s, c);
      int first = agent.isEmpty() ? w.content.first() : Tokens.skipCommas(s, agent.last() + 1);
      int last = Tokens.trimEnd(s, first, Math.min(w.content.last(), s.span(c)[1]));
      if (w.content.isEmpty() || last < first) {
        return false;
      }
      w.content = w.content.over(first, last);
      w.subject = agent.isEmpty() ? new Span(c, c) : agent;
      w.unnamed = agent.isEmpty();
      w.postposed = false;
    }
    return true;
  }

  /**
   * A speaker from the clause the cue belongs to, when it has none of its own: a carrying verb's
   * subject ("Pence went on to say"), a governing cue's ("…and warned", "before adding"), the
   * subject shared with a coordinated verb or a participle, the noun phrase before the cue, or a
   * relative pronoun ("voters who say …").
   */
  private static void speakerFromItsClause(Context ctx, Saying w) {
    Sentence s = w.s;
    int c = w.c;
    int carrier = CueSpans.carrier(s, c);
    if (carrier >= 0 && w.subject.isEmpty()) {
      // "Pence went on to say …", "Cruz tried to argue …": the cue runs from the carrying verb,
      // whose subject speaks.
      w.subject = SourcePhrases.subjectFromParse(s, carrier);
      w.cueFirst = CueSpans.bounds(s, carrier)[0];
    }
    if (w.subject.isEmpty() && s.head(c) >= 0) {
      Optional<Integer> governor = Speakers.inheritFrom(s, c, ctx.cues());
      if (governor.isPresent()) {
        w.subject = SourcePhrases.subjectOf(s, governor.get());
        if (s.token(c).pos().equals("VBG") && s.relation(c).startsWith("acl") && governor.get() < c && c - governor.get() <= 4) {
          w.cueFirst = governor.get(); // "issued satellite images alleging"
        }
      }
    }
    if (w.subject.isEmpty()) {
      w.subject = SourcePhrases.inheritedSubject(s, c);
    }
    if (w.subject.isEmpty()) {
      w.subject = SourcePhrases.nounPhraseBefore(s, c);
    }
    if (w.subject.isEmpty() && c > 1 && Speakers.isRelative(s.token(c - 1).text()) && s.token(c - 1).pos().startsWith("W")) {
      w.subject = new Span(c - 1, c - 1); // "voters who say …"
    }
  }

  /**
   * A speaker after the cue ("…, said the minister.", with what describes it: "…, said Jim
   * Clyburn, a congressman."), before an aside the parser lost, or the name of an inverted aside.
   */
  private static void speakerAroundTheCue(Saying w) {
    Sentence s = w.s;
    int c = w.c;
    if (w.subject.isEmpty() && c > 1 && s.token(c - 1).text().equals(",")) {
      // "…, said the minister.": the source follows the cue, the content precedes it.
      // The source may carry what describes it to the end: "…, said Jim Clyburn, a congressman."
      Span after = SourcePhrases.withAppositive(s, SourcePhrases.npAfter(s, c + 1));
      if (!after.isEmpty() && Tokens.trimEnd(s, c + 1, s.size() - 1) <= after.last()) {
        w.subject = after;
        w.inverted = true;
      }
    }
    if (w.subject.isEmpty()) {
      w.subject = SourcePhrases.subjectBeforeAside(s, c);
      w.beforeAside = !w.subject.isEmpty();
    }
    if (!w.inverted && !w.beforeAside && !w.reading() && c > 1 && s.token(c - 1).text().equals(",") && w.subject.last() < c - 1) {
      // "The contrast with Trump, said Doyle and others, would be clear": an inverted aside. The
      // parser takes the words before it for the subject; the source is the name after the cue,
      // and what was said runs on both sides of it.
      Span after = SourcePhrases.npAfter(s, c + 1);
      int next = after.isEmpty() ? -1 : after.last() + 1;
      if (!after.isEmpty() && s.token(after.first()).pos().startsWith("NNP") && next + 1 < s.size() && s.token(next).text().equals(",")) {
        w.subject = after;
        w.aside = true;
      }
    }
  }

  /**
   * Whether one word after the cue can be all that was said: a name ("endorsed Clinton"), a noun
   * or a pronoun ("expressed concern", "blasting me"), a yes or no. Not a time ("police said
   * Friday"), which the content is before.
   */
  private static boolean oneWordContent(Sentence s, int k) {
    Token t = s.token(k);
    if (t.pos().startsWith("NNP")) {
      return true;
    }
    String w = t.text().toLowerCase(Locale.ROOT);
    boolean answer = ANSWERS.contains(w);
    boolean noun = t.pos().startsWith("NN") && !t.ner().equals("DATE") && !t.ner().equals("TIME");
    return answer || noun || t.pos().equals("PRP");
  }

  /** Whether the noun phrase before the cue follows a comma that closes a clause: "X was found, police said". */
  private static boolean commaBeforeSubject(Sentence s, int c) {
    Span np = SourcePhrases.nounPhraseBefore(s, c);
    return !np.isEmpty() && np.first() > 1 && s.token(np.first() - 1).text().equals(",") && Tokens.hasVerb(s, 0, np.first() - 2);
  }
}
