package org.claimtrail.claims.phrase;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimtrail.claims.ClaimPass;
import org.claimtrail.claims.Context;
import org.claimtrail.claims.cue.CueLexicon;
import org.claimtrail.claims.cue.DataFile;
import org.claimtrail.claims.source.Resolver;
import org.claimtrail.claims.source.Span;
import org.claimtrail.claims.span.Tokens;
import org.claimtrail.claims.stance.StanceRules;
import org.claimtrail.model.ClaimSource;
import org.claimtrail.model.QuoteType;
import org.claimtrail.nlp.Sentence;
import org.claimtrail.nlp.Token;

/**
 * Claims made by a noun with its owner: "Obama's claim that Clinton is qualified", "his
 * opposition to the war", "Trump's remarks about Fiorina". The owner is the source, the noun
 * (with the preposition that opens its complement) the cue, and the complement the content. A
 * noun without an owner ("the criticism of …") names no source and makes no claim here.
 */
public final class OwnedNouns implements ClaimPass {
  /** The nouns, each with the verb whose cue (class and stance) it borrows. */
  private static final Map<String, String> NOUNS = DataFile.pairs(OwnedNouns.class, "saying-nouns.tsv");
  /** Prepositions that open a noun's complement: "opposition to", "remarks about", "call for". */
  private static final Set<String> OPENERS = DataFile.words(OwnedNouns.class, "complement-openers.txt");

  @Override
  public String name() {
    return "owned nouns";
  }

  @Override
  public void find(Context ctx, Sentence s) {
    for (int n = 0; n < s.size(); n++) {
      Token t = s.token(n);
      String verb = NOUNS.get(t.lemma().toLowerCase(Locale.ROOT));
      if (verb == null || !t.pos().startsWith("NN") || t.pos().startsWith("NNP") || n + 2 >= s.size()) {
        continue; // checked first: the owner search below walks the sentence
      }
      int owner = s.child(n, "nmod:poss");
      if (owner < 0 || owner > n || ctx.quotes().at(t.begin()).isPresent()) {
        continue;
      }
      int[] content = complement(s, n);
      if (content == null) {
        continue;
      }
      int[] ownerSpan = s.span(owner);
      int ownerLast = Math.min(ownerSpan[1], n - 1);
      Optional<ClaimSource> src = owner(ctx, s, ownerSpan[0], ownerLast);
      if (src.isEmpty()) {
        continue;
      }
      int cueFirst = n;
      while (cueFirst - 1 > ownerSpan[1] && s.head(cueFirst - 1) == n && s.token(cueFirst - 1).pos().startsWith("JJ")) {
        cueFirst--; // "disparaging remarks about"
      }
      int cueLast = s.token(n + 1).text().equalsIgnoreCase("that") ? n : n + 1;
      int begin = s.token(content[0]).begin();
      int end = s.token(content[1]).end();
      String text = ctx.slice(begin, end);
      CueLexicon.Cue cue = ctx.cues().verb(verb).orElse(new CueLexicon.Cue(verb, "speech", "content"));
      QuoteType type = ctx.quotes().within(begin, end) ? QuoteType.MIXED : QuoteType.INDIRECT;
      ctx.claims().add(ctx.claim(src.get(), ctx.slice(s.token(cueFirst).begin(), s.token(cueLast).end()), t.lemma(),
          s.token(cueFirst).begin(), StanceRules.of(cue, text, false), type, begin, end, List.of(), Optional.empty(), 0.6));
    }
  }

  /**
   * Who owns the noun: "Obama's" is Obama (resolved without its "'s", which makes the mention a
   * possessive), "his" the person a "he" would be. The source's span keeps the "'s", as written.
   */
  private static Optional<ClaimSource> owner(Context ctx, Sentence s, int first, int last) {
    int nameLast = last > first && s.token(last).pos().equals("POS") ? last - 1 : last;
    Optional<ClaimSource> named = Resolver.resolve(ctx, s, new Span(first, nameLast));
    if (named.isEmpty()) {
      return Optional.empty();
    }
    ClaimSource c = named.get();
    int begin = s.token(first).begin();
    int end = s.token(last).end();
    return Optional.of(c.writtenAs(ctx.slice(begin, end), begin, end));
  }

  /**
   * The complement right after noun {@code n}: the object of "of/about/…", the clause after
   * "that", or "to" and its verb phrase ("his promise to build a wall"); null when none follows.
   */
  private static int[] complement(Sentence s, int n) {
    Token next = s.token(n + 1);
    String w = next.text().toLowerCase(Locale.ROOT);
    if (next.pos().equals("TO") && s.token(n + 2).pos().equals("VB")) {
      int verb = n + 2;
      return s.head(verb) == n ? new int[] {n + 1, Tokens.trimEnd(s, n + 1, s.span(verb)[1])} : null;
    }
    if (!OPENERS.contains(w)) {
      return null;
    }
    // The complement's head: the word after the opener that hangs on the noun (or, for "that",
    // the clause's verb), and its subtree.
    int first = n + 2;
    for (int k = first; k < s.size(); k++) {
      if (s.head(k) == n && s.span(k)[0] <= n + 1) {
        int last = Tokens.trimEnd(s, first, s.span(k)[1]);
        return last >= first ? new int[] {first, last} : null;
      }
    }
    return null;
  }
}
