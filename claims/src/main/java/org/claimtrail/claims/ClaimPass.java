package org.claimtrail.claims;

import org.claimtrail.nlp.Sentence;

/**
 * One way a sentence attributes a claim ("X said …", "“…,” X said", "according to X", …). A pass
 * reads one sentence at a time, in the article's order, and adds what it finds to {@link
 * Context#claims()}; it may read what earlier passes and sentences found (a pronoun's speaker, the
 * claim an "allegedly" sits in). Passes are stateless and shared between threads.
 */
public interface ClaimPass {
  /** A short name for reports: "reported speech", "direct quotes". */
  String name();

  void find(Context ctx, Sentence s);
}
