package org.claimtrail.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.claimtrail.model.Claim;
import org.claimtrail.model.EntityType;
import org.claimtrail.nlp.Sentence;
import org.claimtrail.nlp.Token;

/**
 * Provenance chains: "X, citing Y, claimed" makes Y the source and X an intermediary; "according
 * to a Washington Post report" next to a claim makes the Post an intermediary of that claim and of
 * the same speaker's claims in the neighbouring paragraphs (a report's sentences share its
 * provenance). Intermediaries are listed outermost first.
 */
final class Provenance {
  private static final Set<String> NP_TAGS = Set.of("DT", "JJ", "JJS", "JJR", "NNP", "NNPS", "NN", "NNS", "POS", "CD", "PRP", "PRP$", "HYPH");

  private Provenance() {}

  /** The cited source in "X, citing Y, claimed", or an empty span. */
  static Sources.Span cited(Sentence s, Sources.Span subject, int cue) {
    int from = subject.isEmpty() ? Math.max(0, cue - 8) : subject.first();
    for (int k = from; k < cue; k++) {
      if (s.token(k).lemma().equals("cite") && s.token(k).pos().equals("VBG")) {
        return npAfter(s, k + 1);
      }
    }
    return new Sources.Span(0, -1);
  }

  /** The last token of X in "X, citing Y". */
  static int beforeCiting(Sentence s, Sources.Span subject) {
    for (int k = subject.first(); k <= subject.last() + 4 && k < s.size(); k++) {
      if (s.token(k).lemma().equals("cite")) {
        int j = k - 1;
        while (j > subject.first() && s.token(j).text().equals(",")) {
          j--;
        }
        return j;
      }
    }
    return subject.last();
  }

  /** A noun phrase starting at {@code k}. */
  static Sources.Span npAfter(Sentence s, int k) {
    int j = k;
    while (j < s.size() && (NP_TAGS.contains(s.token(j).pos()) || s.token(j).text().equals("(") || s.token(j).text().equals(")")
        || (s.token(j).hasEntity() && !s.token(j).ner().equals("DATE")))) {
      j++;
    }
    return new Sources.Span(k, j - 1);
  }

  static boolean isMedia(Context ctx, Sentence s, int first, int last) {
    for (int k = first; k <= last; k++) {
      var m = ctx.entities.at(s.index(), k);
      if (m.isPresent() && m.get().entity().type() == EntityType.MEDIA) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether "according to X" at token {@code k} qualifies a cue of this sentence (then X is an
   * intermediary) rather than a clause inside a claim's content (then X is a source itself).
   */
  static boolean attachesToCue(Context ctx, Sentence s, int k) {
    List<Claim> here = ctx.claims.stream().filter(c -> c.cueStart() >= s.begin() && c.cueStart() < s.end()).toList();
    if (here.isEmpty()) {
      return false;
    }
    int noun = k;
    while (noun < s.size() && s.relation(k).equals("case") && s.head(k) >= 0 && noun != s.head(k)) {
      noun = s.head(k);
    }
    int attach = noun < s.size() ? s.head(noun) : -1;
    if (attach < 0) {
      return true;
    }
    int attachBegin = s.token(attach).begin();
    for (Claim c : here) {
      if (attachBegin >= c.start() && attachBegin < c.end()) {
        return false;
      }
    }
    return true;
  }

  /** Adds "according to" intermediaries to the claims of their sentence and the same speaker's nearby claims. */
  static List<Claim> spread(Context ctx, List<Claim> claims) {
    List<Claim> out = new ArrayList<>(claims);
    for (Sentence s : ctx.text.sentences()) {
      for (int k = 0; k + 1 < s.size(); k++) {
        Token t = s.token(k);
        if (!(t.text().equalsIgnoreCase("according") && s.token(k + 1).text().equalsIgnoreCase("to"))) {
          continue;
        }
        Sources.Span x = npAfter(s, k + 2);
        if (x.isEmpty()) {
          continue;
        }
        if (!attachesToCue(ctx, s, k)) {
          continue; // its own claim, made inside another's content
        }
        String via = Sources.viaName(ctx, s, x);
        List<String> speakers = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
          Claim c = out.get(i);
          if (c.cueStart() >= s.begin() && c.cueStart() < s.end() && !c.cueLemma().equals("according to") && !c.source().name().equals(via)) {
            out.set(i, withVia(c, via));
            speakers.add(c.source().name());
          }
        }
        int paragraph = ctx.paragraphOf(s.begin());
        for (int i = 0; i < out.size(); i++) {
          Claim c = out.get(i);
          int p = ctx.paragraphOf(c.cueStart());
          if (speakers.contains(c.source().name()) && Math.abs(p - paragraph) <= 1 && c.via().isEmpty()) {
            out.set(i, withVia(c, via));
          }
        }
      }
    }
    return out;
  }

  private static Claim withVia(Claim c, String via) {
    if (c.via().contains(via)) {
      return c;
    }
    List<String> chain = new ArrayList<>();
    chain.add(via);
    chain.addAll(c.via());
    return c.withVia(chain);
  }
}
