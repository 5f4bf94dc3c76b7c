package org.claimtrail.model;

import java.util.Locale;

/**
 * What an attribution attributes. Only a {@link #CLAIM} is what an analyst calls a claim (the
 * source communicated a proposition); the others are attributions in the wider sense of
 * attribution corpora (PolNeAR annotates beliefs, wishes, questions and refusals too), which the
 * claims stage keeps for an evaluation against such a corpus and otherwise leaves out.
 */
public enum AttributionKind {
  /** A proposition the source communicated: said, wrote, showed, denied, confirmed ("I think …" in a quote too). */
  CLAIM,
  /** A thought, feeling, expectation or memory attributed to someone ("traders believe …", "police thought …"). */
  BELIEF,
  /** A wish, plan, decision or position ("wants to …", "plans …", "supports the bill", "refused to play"). */
  INTENTION,
  /** A question put, or a thing not known ("asked whether …", "I don't know how …"). */
  QUESTION,
  /** A request or instruction ("asked the court to dismiss it", "told him to wait", "called for a summit"). */
  REQUEST,
  /** A refusal to say ("declined to comment", "refused to say"). */
  REFUSAL,
  /** A saying about something that does not say what was said ("discussed the budget", "criticized them"). */
  TOPIC;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static AttributionKind parse(String s) {
    return valueOf(s.strip().toUpperCase(Locale.ROOT));
  }
}
