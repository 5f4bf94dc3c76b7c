package org.claimtrail.claims.reported;

import java.util.Optional;
import org.claimtrail.claims.cue.CueLexicon;
import org.claimtrail.claims.source.SourcePhrases;
import org.claimtrail.claims.source.Span;
import org.claimtrail.claims.span.Content;
import org.claimtrail.claims.span.Tokens;
import org.claimtrail.nlp.Sentence;

/**
 * A cue in the passive voice. Its subject never made the claim: "Trump was accused of breaking
 * the rules" is an allegation about Trump by someone unnamed, "the claim was denied by the
 * campaign" is the campaign's, and in "Clinton was asked which …" the subject is the one spoken
 * to. Annotated corpora give such claims the subject as part of the content (PolNeAR: 65 of 71
 * "is expected"), except when the subject is the one spoken to.
 */
final class Passive {

  private Passive() {}

  /**
   * How a passive cue reads.
   *
   * @param makesClaim false for a passive that says nothing of a source ("was found dead")
   * @param source the source phrase: the "by" agent, or the subject when the source is unnamed
   * @param unnamed whether no source is named
   * @param content where the content lies
   */
  record Reading(boolean makesClaim, Span source, boolean unnamed, Content content) {
    static final Reading NONE = new Reading(false, Span.NONE, false, Content.NONE);
  }

  /**
   * The reading of cue {@code c} whose parse subject is {@code subject} and whose content the rules
   * put at {@code content}; empty when the cue is not passive.
   */
  static Optional<Reading> read(CueLexicon cues, Sentence s, int c, CueLexicon.Cue cue, Span subject, Content content) {
    int j = s.child(c, "nsubj:pass");
    if (subject.isEmpty() || j < 0 || j > c) {
      return Optional.empty();
    }
    Span agent = SourcePhrases.agent(s, c);
    boolean unnamed = agent.isEmpty();
    if (unnamed && cue.cueClass().equals("report")) {
      return Optional.of(Reading.NONE); // "was found dead", "was shown on TV": evidence, no source
    }
    int rest = content.isEmpty() ? c + 1 : content.first();
    if (!agent.isEmpty() && rest >= agent.first() - 1 && rest <= agent.first()) {
      rest = Tokens.skipCommas(s, agent.last() + 1); // "denied by the campaign, …": past the agent
    }
    boolean hasRest = !content.isEmpty() && rest <= content.last() && content.first() > c;
    Span source = unnamed ? subject : agent;
    if (cues.is(s.token(c).lemma(), CueLexicon.Quirk.PASSIVE_ADDRESSEE)) {
      if (!hasRest) {
        return Optional.of(Reading.NONE);
      }
      // What was said follows the cue; the passive has no one-spoken-to object for the rules to skip.
      int first = unnamed ? Tokens.skipCommas(s, c + 1) : rest;
      return Optional.of(new Reading(true, source, unnamed, new Content(first, content.last(), content.viaFirst(), content.viaLast())));
    }
    int last = hasRest ? content.last() : subject.last();
    return Optional.of(new Reading(true, source, unnamed, new Content(subject.first(), last, content.viaFirst(), content.viaLast())));
  }
}
