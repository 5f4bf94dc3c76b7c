package org.claimtrail.claims.kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimtrail.claims.ArticleStep;
import org.claimtrail.claims.Context;
import org.claimtrail.claims.cue.CueLexicon;
import org.claimtrail.claims.cue.CueLexicon.Quirk;
import org.claimtrail.claims.cue.DataFile;
import org.claimtrail.claims.phrase.OwnedNouns;
import org.claimtrail.claims.stance.Negation;
import org.claimtrail.claims.stance.StanceRules;
import org.claimtrail.model.AttributionKind;
import org.claimtrail.model.Claim;
import org.claimtrail.model.QuoteType;
import org.claimtrail.model.Stance;
import org.claimtrail.nlp.Sentence;

/**
 * What each attribution attributes ({@link AttributionKind}): the one place that decides whether a
 * found attribution is a claim. The cue's class gives the kind ({@code kinds.tsv}: saying, claiming,
 * denying, showing are communication; believing is cognition; wanting, planning, supporting are
 * intentions); then the attribution's shape refines it:
 * <ul>
 *   <li>a belief in the first person ("I think …", "we believe …") is an assertion, a claim; a
 *       negated one with a question or a noun phrase ("I don't know how …", "I don't know if …") is a
 *       question, no claim and no denial; a negated knowing ("I did not know it was Mumbai", {@code
 *       unknowing-when-negated.txt}) puts nothing forward: a belief, no claim;
 *   <li>"declined to comment", "refused to say" are refusals, "refused to play", "refused the
 *       offer" decisions: neither a denial;
 *   <li>in a sentence that asks ("How do your teammates describe you?"), an indirect attribution is
 *       a question; an imperative cue ("Tell us about …") a request;
 *   <li>a communication verb with an embedded question ("asked whether …") is a question, or with
 *       another verb ("explained what was going on") a topic; with an infinitive ("told him to
 *       wait", "asked the court to dismiss it", "called for a summit") a request, unless it commits
 *       ("vowed to fight": a promise);
 *   <li>a bare noun phrase is what was said only where it says it: a small clause ("called the
 *       notion a waste of time"), a noun naming a statement ("denied the reports", {@code
 *       statement-nouns.txt}), or a cue whose object says it ("denied wrongdoing", "warned of
 *       impacts", "expressed concern": the noun-says quirk); otherwise ("discussed the budget",
 *       "rejected the offer", "posted a gain", "called Lions Nursing Home") it is the topic only.
 * </ul>
 * Direct quotes and the phrase passes ("according to", polls, "allegedly") stay claims; a
 * "Name:" label over a noun phrase (a caption) is a topic. A step over the article's claims.
 */
public final class AttributionKinds implements ArticleStep {
  private static final Map<String, String> BY_CLASS = classKinds();
  private static final Set<String> STATEMENT_NOUNS = DataFile.words(AttributionKinds.class, "statement-nouns.txt");
  private static final Set<String> IMPERATIVE_LEADS = DataFile.words(AttributionKinds.class, "imperative-leads.txt");
  private static final Set<String> FIRST_PERSON = DataFile.words(AttributionKinds.class, "first-person.txt");
  private static final Set<String> CONDITIONS = DataFile.words(AttributionKinds.class, "condition-openers.txt");
  private static final Set<String> UNKNOWING = DataFile.words(AttributionKinds.class, "unknowing-when-negated.txt");

  @Override
  public String name() {
    return "attribution kinds";
  }

  @Override
  public List<Claim> apply(Context ctx, List<Claim> claims) {
    List<Claim> out = new ArrayList<>(claims.size());
    for (Claim c : claims) {
      out.add(kinded(ctx, c));
    }
    return out;
  }

  private static Claim kinded(Context ctx, Claim c) {
    Optional<Sentence> sentence = sentenceAt(ctx, c.cueStart());
    if (sentence.isEmpty() || c.quote() == QuoteType.DIRECT) {
      return c;
    }
    Sentence s = sentence.get();
    int cue = cueToken(s, c, true);
    String lemma = c.cueLemma();
    if (cue < 0) {
      cue = cueToken(s, c, false); // an owned noun: "Biden's opposition to …" borrows "oppose"
      Optional<String> verb = cue < 0 ? Optional.empty() : OwnedNouns.verbOf(c.cueLemma());
      if (verb.isEmpty()) {
        return c.cue().equals(":") && shape(s, -1, c) == ContentShape.NOUN_PHRASE ? c.withKind(AttributionKind.TOPIC) : c;
      }
      lemma = verb.get();
    }
    AttributionKind kind = kindOf(ctx, s, cue, lemma, c);
    Claim k = c.withKind(kind);
    if (kind == AttributionKind.CLAIM && cls(ctx, lemma).equals("belief")) {
      // "I think X": the thinking is the cue, not a hedge of X; what X says decides. "I don't think
      // X" asserts that not X: it rejects nobody's claim.
      return k.withStance(StanceRules.ofContent(c.content(), false));
    }
    if (kind != AttributionKind.CLAIM && kind != AttributionKind.BELIEF && c.stance() == Stance.DENIED) {
      return k.withStance(Stance.ASSERTED); // a refusal, request or question denies nothing
    }
    return k;
  }

  private static AttributionKind kindOf(Context ctx, Sentence s, int cue, String cueLemma, Claim c) {
    CueLexicon cues = ctx.cues();
    String lemma = cueLemma.toLowerCase(Locale.ROOT);
    String cls = cls(ctx, lemma);
    if (!BY_CLASS.containsKey(cls)) {
      return c.kind(); // a cue another pass reads, or every verb tried for the claim model
    }
    if (cues.is(lemma, Quirk.REFUSES)) {
      return refusal(ctx, s, cue) ? AttributionKind.REFUSAL : AttributionKind.INTENTION;
    }
    Optional<AttributionKind> governed = governedBy(ctx, s, cue);
    if (governed.isPresent()) {
      return governed.get(); // "is expected to announce", "plans to say": no saying yet
    }
    if (asks(s, c)) {
      return AttributionKind.QUESTION;
    }
    if (inside(s, cue, c) && s.children(cue).stream().anyMatch(j -> s.relation(j).endsWith(":pass"))) {
      return AttributionKind.TOPIC; // "The tender was announced last Friday": narration around a passive cue, not what was said
    }
    AttributionKind base = AttributionKind.parse(BY_CLASS.get(cls));
    ContentShape shape = shape(s, cue, c);
    if (base == AttributionKind.BELIEF) {
      boolean clause = shape == ContentShape.CLAUSE || shape == ContentShape.SMALL_CLAUSE;
      boolean negated = Negation.isNegated(s, cue);
      if (negated && (!clause || opensAQuestion(s, c))) {
        return AttributionKind.QUESTION; // "I don't know how …", "did not know if …"
      }
      if (negated && UNKNOWING.contains(lemma)) {
        return AttributionKind.BELIEF; // "I did not know it was Mumbai": what the speaker did not know, no proposition put forward
      }
      return clause && FIRST_PERSON.contains(c.source().text().toLowerCase(Locale.ROOT)) ? AttributionKind.CLAIM : AttributionKind.BELIEF;
    }
    if (base != AttributionKind.CLAIM) {
      return base;
    }
    if (shape == ContentShape.QUESTION && CONDITIONS.contains(s.token(first(s, c)).text().toLowerCase(Locale.ROOT)) && !cues.is(lemma, Quirk.ASKS)) {
      shape = ContentShape.CLAUSE; // "said if the bill passed, the community would retaliate": a condition, no question
    }
    AttributionKind kind = communicated(cues, s, cue, lemma, shape, c);
    return kind == AttributionKind.CLAIM && Refusals.inContent(ctx, s, c) ? AttributionKind.REFUSAL : kind;
  }

  /** What a communication verb attributes, by its content. */
  private static AttributionKind communicated(CueLexicon cues, Sentence s, int cue, String lemma, ContentShape shape, Claim c) {
    if (imperative(s, cue)) {
      return AttributionKind.REQUEST; // "Tell us about …", "Describe …"
    }
    if (cues.is(lemma, Quirk.REQUESTS_WITH_FOR) && cue + 1 < s.size() && s.token(cue + 1).text().equalsIgnoreCase("for")) {
      return AttributionKind.REQUEST; // "called for a summit"
    }
    boolean asksOfSomeone = cues.is(lemma, Quirk.REQUESTS) || cues.is(lemma, Quirk.NAMES_THE_TOLD) || cues.is(lemma, Quirk.ASKS);
    return switch (shape) {
      case QUESTION -> cues.is(lemma, Quirk.ASKS) ? AttributionKind.QUESTION : AttributionKind.TOPIC;
      case INFINITIVE -> cues.is(lemma, Quirk.COMMITS) ? AttributionKind.CLAIM : asksOfSomeone ? AttributionKind.REQUEST : AttributionKind.INTENTION;
      case OBJECT_INFINITIVE -> asksOfSomeone ? AttributionKind.REQUEST : AttributionKind.CLAIM; // "told him to wait"; "said the decision to adopt … was unanimous"
      case NOUN_PHRASE -> cues.is(lemma, Quirk.REQUESTS) ? AttributionKind.REQUEST
          : cues.is(lemma, Quirk.NOUN_SAYS) || namesAStatement(s, cue, c) ? AttributionKind.CLAIM : AttributionKind.TOPIC;
      case DETACHED, EMPTY -> AttributionKind.TOPIC;
      default -> AttributionKind.CLAIM;
    };
  }

  /**
   * A saying that has not happened: the cue governed by a belief or an intention ("is expected to
   * announce", "plans to say", "wants to tell"). The governing verb's kind.
   */
  private static Optional<AttributionKind> governedBy(Context ctx, Sentence s, int cue) {
    int h = s.head(cue);
    if (h < 0 || !s.relation(cue).equals("xcomp")) {
      return Optional.empty();
    }
    String cls = ctx.cues().verb(s.token(h).lemma()).map(CueLexicon.Cue::cueClass).orElse("");
    String kind = BY_CLASS.get(cls);
    return kind == null || kind.equals("claim") ? Optional.empty() : Optional.of(AttributionKind.parse(kind));
  }

  /** A content opening with "if", "whether" or a question word: what is not known, no proposition. */
  private static boolean opensAQuestion(Sentence s, Claim c) {
    String w = s.token(first(s, c)).text().toLowerCase(Locale.ROOT);
    return CONDITIONS.contains(w) || ContentShape.isQuestionWord(w);
  }

  private static int first(Sentence s, Claim c) {
    for (int k = 0; k < s.size(); k++) {
      if (inside(s, k, c)) {
        return k;
      }
    }
    return 0;
  }

  /** "declined to comment", "refused to say": the verb refused is itself a saying. */
  private static boolean refusal(Context ctx, Sentence s, int cue) {
    int x = s.child(cue, "xcomp");
    if (x < 0) {
      return s.child(cue, "obj") < 0; // "Trump declined", "who declined to comment" where the parse lost the verb; not "refused the offer"
    }
    Optional<CueLexicon.Cue> said = ctx.cues().verb(s.token(x).lemma());
    return said.isPresent() && !said.get().cueClass().equals("intention") && !said.get().cueClass().equals("belief");
  }

  /** An indirect attribution in a sentence that asks: "How do your teammates describe you?". */
  private static boolean asks(Sentence s, Claim c) {
    return c.quote() == QuoteType.INDIRECT && s.token(s.size() - 1).text().equals("?");
  }

  /** A cue in the base form with no subject, opening its sentence (after a transcript label "((WN))", "so", "please"). */
  private static boolean imperative(Sentence s, int cue) {
    if (!s.token(cue).pos().equals("VB") || s.child(cue, "nsubj") >= 0 || s.child(cue, "aux") >= 0 || s.head(cue) >= 0) {
      return false;
    }
    int k = 0;
    if (cue > 1 && s.token(0).text().equals("(") && s.token(1).text().equals("(")) {
      while (k < cue && !s.token(k).text().equals(")")) {
        k++; // the label "((WN))"
      }
    }
    for (; k < cue; k++) {
      String w = s.token(k).text();
      if (Character.isLetterOrDigit(w.codePointAt(0)) && !IMPERATIVE_LEADS.contains(w.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /** "denied the reports", "confirmed the allegations": the object names what was said. */
  private static boolean namesAStatement(Sentence s, int cue, Claim c) {
    for (int k = 0; k < s.size(); k++) {
      var t = s.token(k);
      if (inside(s, k, c) && t.isNoun() && STATEMENT_NOUNS.contains(t.lemma().toLowerCase(Locale.ROOT)) && (s.head(k) == cue || !inside(s, s.head(k), c))) {
        return true;
      }
    }
    return false;
  }

  private static boolean inside(Sentence s, int k, Claim c) {
    return k >= 0 && s.token(k).begin() >= c.start() && s.token(k).end() <= c.end();
  }

  private static ContentShape shape(Sentence s, int cue, Claim c) {
    int first = -1;
    int last = -1;
    for (int k = 0; k < s.size(); k++) {
      if (inside(s, k, c)) {
        first = first < 0 ? k : first;
        last = k;
      }
    }
    // Before the cue ("…, he said") the parse of what was said is often broken; and a colon label has no verb.
    boolean before = cue < 0 || c.end() <= s.token(cue).begin();
    return before && first >= 0 ? (org.claimtrail.claims.span.Tokens.hasVerb(s, first, last) ? ContentShape.CLAUSE : ContentShape.NOUN_PHRASE)
        : ContentShape.of(s, cue, first, last);
  }

  private static String cls(Context ctx, String lemma) {
    return ctx.cues().verb(lemma).map(CueLexicon.Cue::cueClass).orElse("");
  }

  /** The token of the cue's own verb (or noun): the one of its lemma within the cue as written ("has long insisted"). */
  private static int cueToken(Sentence s, Claim c, boolean verb) {
    int end = c.cueStart() + c.cue().length();
    for (int k = 0; k < s.size(); k++) {
      var t = s.token(k);
      if (t.begin() >= c.cueStart() && t.end() <= end && t.lemma().equalsIgnoreCase(c.cueLemma()) && (verb ? t.isVerb() : t.isNoun())) {
        return k;
      }
    }
    return -1;
  }

  private static Optional<Sentence> sentenceAt(Context ctx, int offset) {
    for (Sentence s : ctx.text().sentences()) {
      if (s.size() > 0 && s.begin() <= offset && offset < s.end()) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  private static Map<String, String> classKinds() {
    Map<String, String> out = new java.util.HashMap<>();
    for (String[] f : DataFile.rows(AttributionKinds.class, "kinds.tsv", 3)) {
      AttributionKind.parse(f[1]); // a typo in the file fails at load, not on some article
      out.put(f[0].strip(), f[1].strip());
    }
    return Map.copyOf(out);
  }
}
