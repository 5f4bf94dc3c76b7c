package org.claimtrail.claims.reported;

import java.util.Optional;
import org.claimtrail.claims.cue.CueLexicon;
import org.claimtrail.claims.source.Span;
import org.claimtrail.claims.span.Content;
import org.claimtrail.nlp.Sentence;

/**
 * One cue verb as {@link ReportedSpeech} reads it, step by step: where its content is, who its
 * speaker is, and how it reads (plainly, passive, as a seeming, as a question put by nobody).
 */
final class Saying {
  final Sentence s;
  /** The cue's token. */
  final int c;
  final CueLexicon.Cue cue;
  /** "Asked whether he would run, Clinton said …": a question put by someone unnamed. */
  final boolean asked;
  Content content;
  /** The last token of a noun naming the saying that the cue takes ("offered his thoughts on"), or -1. */
  int nounCueLast = -1;
  /** One word that is a whole content: "endorsed Clinton", "expressed concern". */
  boolean oneWord;
  /** Whether the content comes before the source: "The road is closed, police said." */
  boolean postposed;
  /** The cue's first token: its verb group's, or a carrying verb's ("went on to say"). */
  int cueFirst;
  Span subject = Span.NONE;
  Optional<Passive.Reading> passive = Optional.empty();
  /** "Each skater seemed to be honing …": the writer's impression, the subject part of it. */
  Optional<Content> seeming = Optional.empty();
  /** Whether no source is named (a passive without agent, a seeming, a question put by nobody). */
  boolean unnamed;
  /** "…, said the minister.": the source after the cue, the content before it. */
  boolean inverted;
  /** "Hillary Clinton, also campaigning in Wisconsin, said …": the subject before an aside. */
  boolean beforeAside;
  /** "The contrast with Trump, said Doyle and others, would be clear": what was said on both sides. */
  boolean aside;

  Saying(Sentence s, int c, CueLexicon.Cue cue, CueLexicon cues) {
    this.s = s;
    this.c = c;
    this.cue = cue;
    this.asked = CueVerbs.askedOfNobody(cues, s, c);
    this.cueFirst = c;
  }

  /** A source-less reading (passive, seeming, asked), not subject + cue + content. */
  boolean reading() {
    return passive.isPresent() || seeming.isPresent() || asked;
  }

  /** A subject before the cue and what was said after it, read no other way than the plain one. */
  boolean plain() {
    return !inverted && !aside && !postposed && !reading();
  }
}
