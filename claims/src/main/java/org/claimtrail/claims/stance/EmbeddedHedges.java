package org.claimtrail.claims.stance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import org.claimtrail.claims.ArticleStep;
import org.claimtrail.claims.Context;
import org.claimtrail.claims.cue.CueLexicon;
import org.claimtrail.claims.span.Tokens;
import org.claimtrail.model.Claim;
import org.claimtrail.model.Stance;
import org.claimtrail.nlp.Sentence;

/**
 * A hedge word hedges what was said only in the content's own clause: in "it was hard to gauge
 * what the decision might mean" or "most of us don't believe that a tablet could kill us", the
 * modal sits in an embedded question or in a belief the speaker reports, and the speaker asserts.
 * A claim a neutral cue made hedged by its content's markers ({@code markers.tsv}) is asserted when
 * every marker lies in a clause embedded in the content (a complement, a relative or adverbial
 * clause); a condition ("if", "unless") always hedges. A step over the article's claims, before
 * claims inside questions are hedged.
 */
public final class EmbeddedHedges implements ArticleStep {
  private static final Set<String> CONDITIONS = Set.of("if", "unless", "whether");

  @Override
  public String name() {
    return "hedges inside embedded clauses";
  }

  @Override
  public List<Claim> apply(Context ctx, List<Claim> claims) {
    List<Claim> out = new ArrayList<>(claims.size());
    for (Claim c : claims) {
      boolean neutral = ctx.cues().verb(c.cueLemma()).map(CueLexicon.Cue::stance).map("content"::equals).orElse(false);
      out.add(c.stance() == Stance.HEDGED && neutral && onlyEmbedded(ctx, c) ? c.withStance(Stance.ASSERTED) : c);
    }
    return out;
  }

  private static boolean onlyEmbedded(Context ctx, Claim c) {
    Optional<Sentence> sentence = ctx.text().sentences().stream().filter(s -> s.size() > 0 && s.begin() <= c.start() && c.end() <= s.end()).findFirst();
    if (sentence.isEmpty()) {
      return false; // a content over several sentences: leave it
    }
    Sentence s = sentence.get();
    int first = -1;
    int last = -1;
    for (int k = 0; k < s.size(); k++) {
      if (s.token(k).begin() >= c.start() && s.token(k).end() <= c.end()) {
        first = first < 0 ? k : first;
        last = k;
      }
    }
    if (first < 0) {
      return false;
    }
    List<Integer> heads = Tokens.heads(s, first, last);
    Matcher m = StanceRules.hedges().matcher(c.content());
    int found = 0;
    while (m.find()) {
      int k = tokenAt(s, c.start() + m.start(), first, last);
      if (k < 0 || CONDITIONS.contains(s.token(k).text().toLowerCase(Locale.ROOT)) || !embedded(s, k, heads)) {
        return false;
      }
      found++;
    }
    return found > 0;
  }

  /** Whether the way up from token {@code k} to a head of the content passes through an embedded clause. */
  private static boolean embedded(Sentence s, int k, List<Integer> heads) {
    // Bounded by the sentence's length: a parse with a cycle ends the walk, it never hangs it.
    for (int x = k, steps = 0; x >= 0 && !heads.contains(x) && steps <= s.size(); x = s.head(x), steps++) {
      String rel = s.relation(x);
      if (rel.startsWith("ccomp") || rel.startsWith("csubj") || rel.startsWith("acl") || rel.startsWith("advcl")) {
        return true;
      }
    }
    return false;
  }

  private static int tokenAt(Sentence s, int offset, int first, int last) {
    for (int k = first; k <= last; k++) {
      if (s.token(k).begin() <= offset && offset < s.token(k).end() + 1) {
        return k;
      }
    }
    return -1;
  }
}
