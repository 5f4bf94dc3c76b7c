package org.claimtrail.claims;

import org.claimtrail.model.Article;
import org.claimtrail.nlp.Sentence;
import org.claimtrail.nlp.Token;

/**
 * The warnings of a pass that failed on a sentence, or of a step that failed: which article, which
 * sentence (its index and first words), what failed and where in our code, so that the bug can be
 * found without a stack trace and the article's other claims still stand.
 */
final class Failures {
  /** How many of a sentence's first words name it. */
  private static final int WORDS = 6;

  private Failures() {}

  static String ofPass(Article article, Sentence s, ClaimPass pass, RuntimeException e) {
    return "claims: " + article(article) + ", sentence " + s.index() + " (\"" + firstWords(s) + "\"): the " + pass.name()
        + " pass failed (" + e + where(e) + "); its claims in this sentence are left out";
  }

  static String ofStep(Article article, ArticleStep step, RuntimeException e) {
    return "claims: " + article(article) + ": the " + step.name() + " step failed (" + e + where(e) + "); the claims stay as they were before it";
  }

  private static String article(Article article) {
    return "article " + article.id() + (article.title().map(t -> " \"" + t + "\"").orElse("")) + " from " + article.origin();
  }

  private static String firstWords(Sentence s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.size() && i < WORDS; i++) {
      Token t = s.token(i);
      out.append(i > 0 ? " " : "").append(t.text());
    }
    return s.size() > WORDS ? out + " …" : out.toString();
  }

  /** The first frame of our own code in a stack trace. */
  private static String where(Throwable e) {
    for (StackTraceElement f : e.getStackTrace()) {
      if (f.getClassName().startsWith("org.claimtrail.")) {
        return " at " + f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1) + "." + f.getMethodName() + ":" + f.getLineNumber();
      }
    }
    return "";
  }
}
