package org.claimtrail.claims.learned;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.claimtrail.model.Claim;
import org.claimtrail.nlp.AnnotatedText;
import org.claimtrail.nlp.Sentence;
import org.claimtrail.nlp.Token;

/**
 * The features that tell an attribution from a false find of the rules ("think tanks", a list
 * after a colon, "showed up"): the cue's word and its place in the tree, what kind of source and
 * content the rules gave it, and whether it sits inside another claim's content.
 */
final class ClaimFeatures {
  /** The feature of the "no" answer, against which every claim is ranked. */
  static final String[] NONE = {"k.none"};

  private ClaimFeatures() {}

  static String[] of(Claim c, AnnotatedText text, List<Claim> all) {
    List<String> out = new ArrayList<>();
    String lemma = c.cueLemma().toLowerCase(Locale.ROOT);
    add(out, "k.lemma", lemma);
    add(out, "k.quote", c.quote().name());
    add(out, "k.lemma_quote", lemma + "_" + c.quote().name());
    add(out, "k.stance", c.stance().name());
    add(out, "k.srctype", c.source().type().name() + (c.source().named() ? "+" : "-"));
    String written = c.source().text().toLowerCase(Locale.ROOT);
    int srcWords = written.isBlank() ? 0 : written.split("\\s+").length;
    add(out, "k.src", srcWords == 1 && Character.isLowerCase(c.source().text().charAt(0)) ? written : "w" + Math.min(srcWords, 6));
    add(out, "k.cuewords", Integer.toString(Math.min(c.cue().split("\\s+").length, 4)));
    add(out, "k.via", Boolean.toString(!c.via().isEmpty()));
    add(out, "k.side", c.start() < c.cueStart() ? "before" : "after");
    for (Claim o : all) {
      if (o != c && o.start() <= c.cueStart() && c.cueStart() < o.end() && o.cueStart() != c.cueStart()) {
        add(out, "k.nested", o.quote().name());
        add(out, "k.nested_lemma", lemma);
        break;
      }
    }
    Optional<Sentence> in = Offsets.sentence(text, c.cueStart());
    if (in.isPresent()) {
      Sentence s = in.get();
      int cue = Offsets.cueWord(s, c);
      int contentTokens = 0;
      boolean verb = false;
      for (int i = 0; i < s.size(); i++) {
        Token t = s.token(i);
        if (t.begin() >= c.start() && t.end() <= c.end()) {
          contentTokens++;
          verb |= t.isVerb();
        }
      }
      add(out, "k.clen", contentTokens == 0 ? "0" : contentTokens < 4 ? "1-3" : contentTokens < 10 ? "4-9" : contentTokens < 25 ? "10-24" : "25+");
      add(out, "k.cverb", Boolean.toString(verb));
      add(out, "k.lemma_cverb", lemma + "_" + verb);
      if (cue >= 0) {
        Token t = s.token(cue);
        add(out, "k.pos", t.pos());
        add(out, "k.rel", s.relation(cue));
        add(out, "k.lemma_pos", lemma + "_" + t.pos());
        add(out, "k.lemma_rel", lemma + "_" + s.relation(cue));
        add(out, "k.prev", cue > 0 ? BoundaryFeatures.form(s, cue - 1) : "<s>");
        add(out, "k.next", cue + 1 < s.size() ? BoundaryFeatures.form(s, cue + 1) : "</s>");
        for (int j : s.children(cue)) {
          String rel = s.relation(j);
          add(out, "k.child", rel);
          if (rel.startsWith("ccomp") || rel.startsWith("xcomp") || rel.startsWith("obj") || rel.startsWith("obl") || rel.startsWith("advcl")) {
            add(out, "k.lemma_child", lemma + "_" + rel);
          }
        }
      }
    }
    return out.toArray(new String[0]);
  }

  private static void add(List<String> out, String name, String value) {
    out.add(name + "=" + value);
  }
}
