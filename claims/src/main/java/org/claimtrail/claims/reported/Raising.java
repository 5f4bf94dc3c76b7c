package org.claimtrail.claims.reported;

import java.util.Locale;
import java.util.Optional;
import org.claimtrail.claims.cue.CueLexicon;
import org.claimtrail.claims.span.Content;
import org.claimtrail.nlp.Sentence;

/**
 * "Each skater seemed to be honing her own moves", "It appears that the game was not boring":
 * how things seem, in the writer's own voice. The subject of "seem" is not a speaker but part of
 * what seems so, and nobody is the source. PolNeAR annotates these 170 times on train, always
 * with the subject in the content and no source.
 */
final class Raising {

  private Raising() {}

  /**
   * The content of cue {@code c} read as a raising verb, given the content the rules found after
   * it; empty when {@code c} is no raising verb here: not "seem" or "appear", nothing it seems
   * to be or do ("appeared on Fox News"), or a saying it carries ("appeared to imply that …",
   * whose subject speaks; not "seemed to be well known").
   */
  static Optional<Content> content(Sentence s, int c, Content after, CueLexicon cues) {
    if (!cues.is(s.token(c).lemma().toLowerCase(Locale.ROOT), CueLexicon.Quirk.RAISING) || after.isEmpty()) {
      return Optional.empty();
    }
    int x = s.child(c, "xcomp");
    int clause = x >= 0 ? x : s.child(c, "ccomp");
    if (clause < 0) {
      clause = s.child(c, "obj"); // "the event seemed an insult"
    }
    boolean like = c + 1 < s.size() && s.token(c + 1).text().equalsIgnoreCase("like"); // "doesn't seem like the kind who …"
    boolean carried = x >= 0 && cues.verb(s.token(x).lemma()).isPresent() && s.child(x, "aux:pass") < 0 && s.child(x, "cop") < 0;
    if (!like && (clause < 0 || clause < c || carried)) {
      return Optional.empty();
    }
    int subject = s.child(c, "nsubj");
    if (subject < 0 || subject > c || isExpletive(s, subject)) {
      return Optional.of(after); // "It seems that …": what follows is all of it
    }
    return Optional.of(new Content(s.span(subject)[0], after.last(), after.viaFirst(), after.viaLast()));
  }

  private static boolean isExpletive(Sentence s, int i) {
    return s.token(i).pos().equals("EX") || (s.token(i).text().equalsIgnoreCase("it") && s.span(i)[0] == i && s.span(i)[1] == i);
  }
}
