package org.claimtrail.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.claimtrail.claims.entity.Entities;
import org.claimtrail.claims.entity.NameGender;
import org.claimtrail.model.Claim;
import org.claimtrail.model.ClaimSource;
import org.claimtrail.model.Entity;
import org.claimtrail.model.EntityType;
import org.claimtrail.model.Mention;
import org.claimtrail.nlp.Sentence;
import org.claimtrail.nlp.Token;

/**
 * Finds the noun phrase that names a claim's source and resolves it: to the entity it mentions
 * (its last mention that is not a possessor: "Seoul's NIS" is NIS), to the speaker of a recent
 * claim for a pronoun ("he said"), or else to an unnamed source ("media reports").
 */
final class Sources {
  private static final Set<String> NP_TAGS =
      Set.of("NNP", "NNPS", "NN", "NNS", "JJ", "DT", "PRP", "PRP$", "POS", "CD", "HYPH", "-LRB-", "-RRB-", "NFP");
  private static final Set<String> PERSONAL = Set.of("he", "she", "him", "her", "his");
  private static final Set<String> PLURAL = Set.of("they", "them", "their");
  private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "some", "several", "many", "other");
  /** Determiners that stand for people on their own ("Some say …", "Many believe …"). */
  private static final Set<String> QUANTIFIERS = Set.of("some", "many", "several", "others", "most", "few");

  private Sources() {}

  /** A token range {@code [first, last]} of a sentence. */
  record Span(int first, int last) {
    boolean isEmpty() {
      return last < first;
    }
  }

  /** The subject phrase left of the cue: the parse's subject when it has one, else the nearest noun phrase. */
  static Span subjectOf(Sentence s, int cue) {
    int subj = -1;
    for (int j : s.children(cue)) {
      if ((s.relation(j).equals("nsubj") || s.relation(j).equals("nsubj:pass")) && j < cue) {
        subj = j;
      }
    }
    if (subj >= 0) {
      int[] span = s.span(subj);
      // The whole subject, appositives included ("Brian Fallon, the campaign's press secretary,"):
      // the source is resolved by its head, and the phrase is what a reader sees.
      Span whole = new Span(withoutLeadingParticiple(s, span[0], Math.min(span[1], cue - 1)), Math.min(span[1], cue - 1));
      // Unless the parse let it swallow a clause: "… a case was filed against him, and the police
      // had said": the speaker is the noun phrase after the last "and" or comma.
      Span np = nounPhraseBefore(s, cue);
      if (!np.isEmpty() && np.first() > whole.first() + 1 && np.first() - 1 >= whole.first()) {
        Token joint = s.token(np.first() - 1);
        boolean clauseBefore = false;
        for (int k = whole.first(); k < np.first() - 1; k++) {
          clauseBefore |= s.token(k).isVerb() && !s.token(k).pos().equals("VBN") && !s.token(k).pos().equals("VBG");
        }
        if (clauseBefore && (joint.pos().equals("CC") || joint.text().equals(","))) {
          return np;
        }
      }
      // Or took the place for the speaker: "the ministry in Munich, Germany confirmed".
      Span placed = beforePlace(s, new Span(Math.max(whole.first(), placeRunStart(s, subj)), subj));
      return placed.isEmpty() ? whole : placed;
    }
    return nounPhraseBefore(s, cue);
  }

  /**
   * Where a subject starts once an opening participle's phrase the parse put inside it is left out:
   * "Offering his condolences, speaker of the parliament Ali Larijani wrote" (the parse even tags
   * the capitalised "Offering" a proper noun and makes it the subject). Only when the phrase before
   * the comma names nobody and the one after does, so "Manning, the spokesman," keeps its name.
   */
  private static int withoutLeadingParticiple(Sentence s, int first, int last) {
    Token t = s.token(first);
    boolean participle = t.pos().equals("VBG") || t.pos().equals("VBN") || t.pos().equals("NNP") && t.ner().equals("O") && t.text().endsWith("ing");
    if (!participle) {
      return first;
    }
    int comma = first + 1;
    while (comma < last && !s.token(comma).text().equals(",")) {
      comma++;
    }
    if (comma >= last || names(s, first, comma - 1)) {
      return first;
    }
    return names(s, comma + 1, last) ? comma + 1 : first;
  }

  /** Whether tokens {@code a..b} name a person, an organisation or a country (by CoreNLP's tags). */
  private static boolean names(Sentence s, int a, int b) {
    for (int k = a; k <= b; k++) {
      String ner = s.token(k).ner();
      if (ner.equals("PERSON") || ner.equals("ORGANIZATION") || ner.equals("COUNTRY") || ner.equals("NATIONALITY")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The subject a verb without its own shares with the clause it belongs to: a coordinated verb
   * ("he supported Obama and said, “…”") or a participle ("The judge sided with them, saying …",
   * "…, telling Reuters, “…”"). The parse attaches such participles in many ways (to the verb, to
   * its object, or not at all), so after a comma the nearest verb before it with a subject stands in.
   */
  static Span inheritedSubject(Sentence s, int c) {
    boolean coordinated = s.relation(c).equals("conj");
    boolean participle = s.token(c).pos().equals("VBG");
    if (!coordinated && !participle) {
      return new Span(0, -1);
    }
    for (int k = s.head(c), steps = 0; k >= 0 && steps < 4; k = s.head(k), steps++) {
      int subject = s.child(k, "nsubj");
      if ((s.token(k).isVerb() || coordinated && isCopulaClause(s, k)) && subject >= 0 && subject < k && subject < c) {
        return subjectOf(s, k);
      }
      if (coordinated && !s.relation(k).equals("conj")) {
        break; // only along a chain of coordinated verbs: "came, saw and said"
      }
    }
    if (participle && c > 1 && s.token(c - 1).text().equals(",")) {
      for (int k = c - 2; k >= 0; k--) {
        int subject = s.child(k, "nsubj");
        if (s.token(k).isVerb() && subject >= 0 && subject < k) {
          return subjectOf(s, k);
        }
      }
    }
    return new Span(0, -1);
  }

  /** The adjective or noun of a copula clause: "Marcus has been <u>critical</u> of him but wrote that …". */
  private static boolean isCopulaClause(Sentence s, int k) {
    return s.child(k, "cop") >= 0;
  }

  /** The agent of a passive cue after it, without its "by": "was denied <u>by the campaign</u>". Empty if none. */
  static Span agent(Sentence s, int c) {
    int a = -1;
    for (int j : s.children(c)) {
      if (j > c && s.relation(j).startsWith("obl") && s.token(s.span(j)[0]).lemma().equalsIgnoreCase("by")) {
        a = j; // obl:agent in newer parses, obl with a "by" in others
        break;
      }
    }
    if (a < 0) {
      return new Span(0, -1);
    }
    int first = s.span(a)[0] + 1;
    Span np = Provenance.npAfter(s, first); // the noun phrase only: the parse may hang "of …" on it
    return np.isEmpty() || np.last() < a ? new Span(0, -1) : np;
  }

  private static final Set<String> PLACE_NER = Set.of("COUNTRY", "LOCATION", "STATE_OR_PROVINCE", "CITY");

  /** The first token of the run of place names that ends at {@code k}. */
  private static int placeRunStart(Sentence s, int k) {
    int first = k;
    while (first > 0 && PLACE_NER.contains(s.token(first - 1).ner())) {
      first--;
    }
    return first;
  }

  /**
   * For a subject that is only the second half of "in City, Country" (the parse's reading of "the
   * ministry in Munich, Germany confirmed"), the noun phrase before the "in"; else empty.
   */
  private static Span beforePlace(Sentence s, Span subject) {
    for (int k = subject.first(); k <= subject.last(); k++) {
      if (!PLACE_NER.contains(s.token(k).ner())) {
        return new Span(0, -1);
      }
    }
    int k = subject.first() - 1;
    if (k < 2 || !s.token(k).text().equals(",")) {
      return new Span(0, -1);
    }
    k--;
    while (k >= 0 && PLACE_NER.contains(s.token(k).ner())) {
      k--;
    }
    if (k < 1 || k == subject.first() - 2 || !Set.of("in", "of", "from").contains(s.token(k).lemma().toLowerCase(Locale.ROOT))) {
      return new Span(0, -1);
    }
    return nounPhraseBefore(s, k);
  }

  /**
   * The subject before an aside set off by commas, when the parser lost it: "Hillary Clinton, also
   * campaigning in Wisconsin, said …" (parsed as a clause of "said"), "Podesta, who said …, said …"
   * (the second "said" an auxiliary). The noun phrase must open the sentence, after a leading
   * conjunction at most, and end at the first comma; the aside must end at the comma before the cue.
   */
  static Span subjectBeforeAside(Sentence s, int cue) {
    Span none = new Span(0, -1);
    if (cue < 4 || !s.token(cue - 1).text().equals(",")) {
      return none;
    }
    int start = s.token(0).pos().equals("CC") ? 1 : 0;
    for (int p = start + 1; p < cue - 2; p++) {
      if (s.token(p).text().equals(",")) {
        Span np = nounPhraseBefore(s, p);
        return !np.isEmpty() && np.first() == start && hasNounOrPronoun(s, np) ? np : none;
      }
    }
    return none;
  }

  /** Whether the span holds a noun or a pronoun, so that it can name a speaker. */
  static boolean hasNounOrPronoun(Sentence s, Span span) {
    for (int k = span.first(); k <= span.last(); k++) {
      if (s.token(k).pos().startsWith("NN") || s.token(k).pos().equals("PRP")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The noun phrase {@code np} with what describes it after a comma: "said Jim Clyburn, a
   * congressman from South Carolina", "said Gavin Hamilton, 23, a student", "said Cruz, who had
   * introduced …". Annotators mark the source so (492 times in 582 such sources after their cue on
   * PolNeAR's train split). What describes it is what the parse hangs on the phrase after the
   * comma, but not a participle: "said Ms. Acosta, referring to the bankruptcy chapter" is Ms.
   * Acosta for annotators. A quotation in it ends the search. Otherwise {@code np} itself.
   */
  static Span withAppositive(Sentence s, Span np) {
    int comma = np.last() + 1;
    if (np.isEmpty() || comma + 1 >= s.size() || !s.token(comma).text().equals(",")) {
      return np;
    }
    int end = -1;
    for (int j = comma + 1; j < s.size(); j++) {
      int h = s.head(j);
      if (h >= np.first() && h <= np.last() && DESCRIBES.contains(s.relation(j))) {
        end = Math.max(end, s.span(j)[1]);
      }
    }
    if (end < 0) {
      return np;
    }
    for (int k = comma + 1; k <= end; k++) {
      if (Spans.isQuoteMark(s.token(k))) {
        return np;
      }
    }
    end = Spans.trimEnd(s, comma + 1, end);
    return end > comma ? new Span(np.first(), end) : np;
  }

  private static final java.util.Set<String> DESCRIBES = java.util.Set.of("appos", "acl:relcl", "amod", "nummod", "nmod");

  /** The noun phrase ending just before {@code end}, skipping adverbs, auxiliaries and times. */
  static Span nounPhraseBefore(Sentence s, int end) {
    int k = end - 1;
    while (k >= 0 && (s.token(k).pos().startsWith("RB") || s.token(k).pos().equals("MD") || s.token(k).text().equalsIgnoreCase("both")
        || (s.token(k).ner().equals("DATE") && !s.token(k).pos().equals("PRP")) || (s.token(k).lemma().equals("on") && k + 1 < end && s.token(k + 1).ner().equals("DATE"))
        || s.token(k).lemma().equals("have") || s.token(k).lemma().equals("be") || s.token(k).lemma().equals("do"))) {
      k--;
    }
    int last = k;
    while (k >= 0) {
      Token t = s.token(k);
      boolean np = NP_TAGS.contains(t.pos()) || t.text().equals("(") || t.text().equals(")") || t.text().equals("&")
          || (t.text().equals("and") && k > 0 && k < last && s.token(k - 1).pos().startsWith("NNP"))
          || (t.text().equals("of") && k > 0 && k < last && s.token(k - 1).pos().startsWith("NNP") && s.token(k + 1).pos().startsWith("NNP"));
      if (!np) {
        break;
      }
      k--;
    }
    return new Span(k + 1, last);
  }

  /** Splits "Ukraine and South Korea" into one span per conjoined entity. */
  static List<Span> conjuncts(Sentence s, Span span, Entities entities) {
    List<Span> out = new ArrayList<>();
    int start = span.first();
    for (int k = span.first(); k <= span.last(); k++) {
      if (s.token(k).text().equals("and") || s.token(k).text().equals("&")) {
        out.add(new Span(start, k - 1));
        start = k + 1;
      }
    }
    out.add(new Span(start, span.last()));
    if (out.size() > 1) {
      for (Span part : out) {
        if (mentionIn(s, part, entities).isEmpty()) {
          return List.of(span); // "Smith and Wesson"-like names or common nouns: one source
        }
      }
    }
    return out;
  }

  private static Optional<Entities.TokenMention> mentionIn(Sentence s, Span span, Entities entities) {
    Entities.TokenMention best = null;
    for (int k = span.first(); k <= span.last(); k++) {
      Optional<Entities.TokenMention> m = entities.at(s.index(), k);
      if (m.isPresent() && !m.get().possessive()) {
        if (best == null || m.get().entity().type() == EntityType.PERSON || best.entity().type() != EntityType.PERSON) {
          best = m.get();
        }
        k = m.get().last();
      }
    }
    return Optional.ofNullable(best);
  }

  /** Resolves a source span to a {@link ClaimSource}; empty when the span names nothing usable. */
  static Optional<ClaimSource> resolve(Context ctx, Sentence s, Span span) {
    if (span.isEmpty()) {
      return Optional.empty();
    }
    int begin = s.token(span.first()).begin();
    int end = s.token(span.last()).end();
    Optional<Context.SpeakerLabel> label = ctx.speakerLabel(begin).filter(l -> l.bracketed() && l.begin() < end && begin < l.end());
    if (label.isPresent()) {
      // The parse took a transcript's label for a subject ("((WN)) Tell us about …"): the label
      // speaks, or what follows it does ("((WN)) Many users say …"). Not a "Name:" label: the
      // colon pass reads "Name: statement" itself, and "A: I think …" is no claim by "A".
      int k = span.first();
      while (k <= span.last() && (s.token(k).begin() < label.get().end() || !Character.isLetterOrDigit(s.token(k).text().charAt(0)))) {
        k++;
      }
      if (k <= span.last()) {
        return resolve(ctx, s, new Span(k, span.last()));
      }
      ClaimSource speaker = transcriptSpeaker(ctx, begin).orElseGet(() -> author(ctx, s.token(span.first()), begin, end));
      return Optional.of(writtenAs(speaker, ctx.slice(begin, end), begin, end));
    }
    String written = ctx.slice(begin, end);
    if (span.first() == span.last() && (s.token(span.first()).pos().equals("PRP") || s.token(span.first()).pos().equals("PRP$"))) {
      return pronoun(ctx, s.token(span.first()), begin, end);
    }
    int head = head(s, span);
    if (s.token(head).isTime()) {
      // A time says nothing ("gathered on Wednesday to discuss"); a phrase that ends in one
      // ("according to Johns Hopkins University late today") is said by what comes before it.
      int last = span.last();
      while (last >= span.first() && (s.token(last).isTime() || s.token(last).pos().equals("IN") || s.token(last).pos().equals("DT"))) {
        last--;
      }
      return last >= span.first() && last < span.last() ? resolve(ctx, s, new Span(span.first(), last)) : Optional.empty();
    }
    Optional<Entities.TokenMention> atHead = ctx.entities.at(s.index(), head).filter(m -> !m.possessive());
    if (atHead.isPresent()) {
      return Optional.of(entitySource(atHead.get().entity(), written, begin, end));
    }
    String headLemma = s.token(head).lemma().toLowerCase(Locale.ROOT);
    boolean definite = s.token(span.first()).lemma().equalsIgnoreCase("the") && span.last() - span.first() == 1;
    if (definite && ANAPHORS.contains(headLemma)) {
      Optional<ClaimSource> antecedent = organisationBefore(ctx, begin);
      if (antecedent.isPresent()) {
        ClaimSource a = antecedent.get();
        return Optional.of(writtenAs(a, written, begin, end));
      }
    }
    Optional<Entities.TokenMention> m = mentionIn(s, new Span(span.first(), head), ctx.entities);
    if (m.isPresent()) {
      return Optional.of(entitySource(m.get().entity(), written, begin, end));
    }
    Optional<Entity> byName = properName(ctx, s, span);
    if (byName.isPresent()) {
      return Optional.of(entitySource(byName.get(), written, begin, end));
    }
    if (REPRESENTATIVES.contains(headLemma) && head < span.last()) {
      // "representatives from Iran", "a spokesperson for the German government": they speak for it.
      Optional<Entities.TokenMention> principal = mentionIn(s, new Span(head + 1, span.last()), ctx.entities);
      if (principal.isPresent()) {
        Entity e = principal.get().entity();
        String role = ctx.slice(s.token(span.first()).begin(), s.token(head).end());
        return Optional.of(new ClaimSource(e.canonical(), e.type(), Optional.of(role), Optional.of(e.id()), written, begin, end));
      }
    }
    if (unrecognisedName(s, span)) {
      // "The Hill reported": a name NER did not know is still a name, written as the article writes it.
      return Optional.of(new ClaimSource(written, EntityType.OTHER, Optional.empty(), Optional.empty(), written, begin, end));
    }
    String name = unnamed(s, new Span(span.first(), unnamedEnd(s, span, head)));
    if (name.isEmpty()) {
      return Optional.empty();
    }
    // "his associates" after Navalny: "navalny's associates".
    String first = s.token(span.first()).text().toLowerCase(Locale.ROOT);
    if ((first.equals("his") || first.equals("her")) && span.last() > span.first()) {
      Optional<Entity> owner = lastPerson(ctx, begin);
      if (owner.isPresent()) {
        name = lastWord(owner.get().canonical()).toLowerCase(Locale.ROOT) + "'s" + name.substring(first.length());
      }
    }
    return Optional.of(new ClaimSource(name, EntityType.OTHER, Optional.empty(), Optional.empty(), written, begin, end));
  }

  private static final Set<String> ANAPHORS =
      Set.of("group", "company", "firm", "department", "ministry", "agency", "organization", "organisation", "report", "government",
          "bank", "council", "court", "newspaper", "paper", "union", "party", "association", "committee", "board", "statement",
          "corporation", "institute", "office", "commission", "authority", "service", "administration", "campaign", "team", "club");

  private static final Set<String> REPRESENTATIVES =
      Set.of("representative", "spokesman", "spokeswoman", "spokesperson", "official", "officer", "source", "member", "aide", "adviser", "advisor",
          "envoy", "diplomat", "delegate", "delegation", "lawyer", "attorney", "staff", "employee", "leadership", "leader", "head", "chief", "director");

  /**
   * A proper name the tagger left untagged (headlines: "Lynch: No outside influence…") that is
   * the name, alias or surname of a person or organisation found elsewhere in the article.
   */
  private static Optional<Entity> properName(Context ctx, Sentence s, Span span) {
    for (int k = span.first(); k <= span.last(); k++) {
      if (!s.token(k).pos().startsWith("NNP")) {
        return Optional.empty();
      }
    }
    String name = ctx.slice(s.token(span.first()).begin(), s.token(span.last()).end());
    for (Entity e : ctx.entities.entities()) {
      boolean speaker = e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION || e.type() == EntityType.MEDIA;
      if (speaker && (e.canonical().equals(name) || e.canonical().endsWith(" " + name) || e.aliases().contains(name))) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /** Whether the span is a proper name, with or without "the" before it: "The Hill". */
  private static boolean unrecognisedName(Sentence s, Span span) {
    int from = s.token(span.first()).lemma().equalsIgnoreCase("the") ? span.first() + 1 : span.first();
    for (int k = from; k <= span.last(); k++) {
      if (!s.token(k).pos().startsWith("NNP") || s.token(k).ner().equals("DATE")) {
        return false;
      }
    }
    return from <= span.last();
  }

  private static ClaimSource entitySource(Entity e, String written, int begin, int end) {
    return new ClaimSource(e.canonical(), e.type(), e.role(), Optional.of(e.id()), written, begin, end);
  }

  /** The head of a span: its token whose governor lies outside it (the last token if unsure). */
  static int head(Sentence s, Span span) {
    for (int k = span.last(); k >= span.first(); k--) {
      int h = s.head(k);
      if (h < span.first() || h > span.last()) {
        if (!s.token(k).pos().equals("POS") && !s.token(k).text().equals(",")) {
          return k;
        }
      }
    }
    return span.last();
  }

  /** Where an unnamed source's name ends: at its head, or after an "of …" complement. */
  private static int unnamedEnd(Sentence s, Span span, int head) {
    int end = head;
    for (int k = head + 1; k <= span.last(); k++) {
      String w = s.token(k).text().toLowerCase(Locale.ROOT);
      if (w.equals(",") || w.equals("in") || w.equals("at") || w.equals("who") || w.equals("which") || w.equals("that")) {
        break;
      }
      end = k;
    }
    return end;
  }

  /** The most recent organisation-like claim source, else organisation mention, before {@code offset}. */
  private static Optional<ClaimSource> organisationBefore(Context ctx, int offset) {
    for (int i = ctx.claims.size() - 1; i >= 0; i--) {
      Claim c = ctx.claims.get(i);
      EntityType t = c.source().type();
      if (c.cueStart() < offset && (t == EntityType.ORGANIZATION || t == EntityType.MEDIA || t == EntityType.COUNTRY)) {
        return Optional.of(c.source());
      }
    }
    for (int i = ctx.entities.tokenMentions().size() - 1; i >= 0; i--) {
      Entities.TokenMention m = ctx.entities.tokenMentions().get(i);
      Sentence ms = ctx.text.sentences().get(m.sentence());
      EntityType t = m.entity().type();
      if (ms.token(m.first()).begin() < offset && (t == EntityType.ORGANIZATION || t == EntityType.MEDIA)) {
        Entity e = m.entity();
        return Optional.of(new ClaimSource(e.canonical(), e.type(), e.role(), Optional.of(e.id()), e.canonical(), 0, 0));
      }
    }
    return Optional.empty();
  }

  /** The nearest earlier person who was a clause's subject (the likely owner of "his"), else any. */
  private static Optional<Entity> lastPerson(Context ctx, int offset) {
    Entity any = null;
    for (int i = ctx.entities.tokenMentions().size() - 1; i >= 0; i--) {
      Entities.TokenMention m = ctx.entities.tokenMentions().get(i);
      Sentence ms = ctx.text.sentences().get(m.sentence());
      if (ms.token(m.first()).begin() >= offset || m.entity().type() != EntityType.PERSON) {
        continue;
      }
      for (int k = m.first(); k <= m.last(); k++) {
        if (ms.relation(k).startsWith("nsubj")) {
          return Optional.of(m.entity());
        }
      }
      if (any == null) {
        any = m.entity();
      }
    }
    return Optional.ofNullable(any);
  }

  private static String lastWord(String name) {
    String[] parts = name.split("\\s+");
    return parts[parts.length - 1];
  }

  /** Longest unnamed-source name, in words as written ("egypt's" and "al-sisi" are one each). */
  private static final int NAME_WORDS = 8;

  /** Tags a name cut at {@link #NAME_WORDS} does not end on: "… court of", "… the", "… and". */
  private static final Set<String> DANGLING = Set.of("IN", "DT", "CC", "TO", "POS", "PRP$", "HYPH", ",", ":");

  /** "media reports", "officials": the phrase without leading determiners, in lower case, as written. */
  private static String unnamed(Sentence s, Span span) {
    List<Integer> kept = new ArrayList<>();
    int words = 0;
    boolean cut = false;
    for (int k = span.first(); k <= span.last(); k++) {
      if (kept.isEmpty() && DETERMINERS.contains(s.token(k).text().toLowerCase(Locale.ROOT))) {
        continue;
      }
      boolean newWord = kept.isEmpty() || spaceBefore(s, k);
      if (newWord && words == NAME_WORDS) {
        cut = true;
        break;
      }
      words += newWord ? 1 : 0;
      kept.add(k);
    }
    while (cut && kept.size() > 1 && DANGLING.contains(s.token(kept.get(kept.size() - 1)).pos())) {
      kept.remove(kept.size() - 1);
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < kept.size(); i++) {
      int k = kept.get(i);
      if (i > 0 && spaceBefore(s, k)) {
        sb.append(' '); // as written: "officials’ reports", not "officials ’ reports"
      }
      sb.append(s.token(k).text());
    }
    String name = sb.toString().toLowerCase(Locale.ROOT).strip();
    if (name.isEmpty() && span.first() == span.last() && QUANTIFIERS.contains(s.token(span.first()).text().toLowerCase(Locale.ROOT))) {
      return s.token(span.first()).text().toLowerCase(Locale.ROOT); // "Some accused Trump of …": people, unnamed
    }
    return name.matches("(?i)it|this|that|which|who|what|there|i|we|you") ? "" : name;
  }

  /** Whether the text has a space (or more) between token {@code k} and the one before it. */
  private static boolean spaceBefore(Sentence s, int k) {
    return s.token(k).begin() > s.token(k - 1).end();
  }

  private static final Set<String> FIRST_PERSON = Set.of("i", "we");

  /** He/she: the speaker of the nearest earlier claim by a person; they: by a group. */
  private static Optional<ClaimSource> pronoun(Context ctx, Token t, int begin, int end) {
    String p = t.text().toLowerCase(Locale.ROOT);
    if (p.equals("i") || p.equals("we")) {
      // Outside quotes the writer speaks (a column, an op-ed), except in a transcript, where the
      // person whose label heads the answer does ("((Dorsa Derakhshani)) I got interested …").
      return Optional.of(transcriptSpeaker(ctx, begin).map(src -> standsFor(ctx, src, t, begin, end)).orElseGet(() -> author(ctx, t, begin, end)));
    }
    if (p.equals("it")) {
      // "It said …": an organisation spoken of before (a report, an agency, a campaign).
      return organisationBefore(ctx, begin).map(a -> writtenAs(a, t.text(), begin, end));
    }
    boolean person = PERSONAL.contains(p);
    boolean group = PLURAL.contains(p);
    if (!person && !group) {
      return Optional.empty();
    }
    int paragraph = ctx.paragraphOf(begin);
    // In a transcript's answer, "he" or "she" is someone the one answering speaks of: never the
    // name in the answer's label, the nearest person mentioned.
    Optional<String> answering = transcriptSpeaker(ctx, begin).flatMap(ClaimSource::entityId);
    // Candidates: the speaker of the latest earlier claim, and the latest person who was a
    // clause's subject; the more recent one wins ("Honcharuk filed … He said …").
    ClaimSource speaker = null;
    Claim spoken = null;
    int speakerAt = -1;
    for (int i = ctx.claims.size() - 1; i >= 0; i--) {
      Claim c = ctx.claims.get(i);
      if (c.cueStart() >= begin || ctx.paragraphOf(c.cueStart()) < paragraph - 3 || FIRST_PERSON.contains(c.source().text().toLowerCase(Locale.ROOT))) {
        continue; // nor is "he" whoever says "I": the writer, or in a transcript the one answering
      }
      EntityType type = c.source().type();
      boolean agrees = c.source().entityId().map(id -> agrees(ctx, t, id)).orElse(true);
      boolean persons = person && ((type == EntityType.PERSON && agrees) || oneUnnamedPerson(c.source(), p));
      if (persons || (group && type != EntityType.PERSON)) {
        speaker = c.source();
        spoken = c;
        speakerAt = c.cueStart();
        break;
      }
    }
    if (person) {
      for (int i = ctx.entities.tokenMentions().size() - 1; i >= 0; i--) {
        Entities.TokenMention m = ctx.entities.tokenMentions().get(i);
        Sentence ms = ctx.text.sentences().get(m.sentence());
        int at = ms.token(m.first()).begin();
        if (at >= begin || ctx.paragraphOf(at) < paragraph - 3 || !canBe(ctx, t, m, answering)) {
          continue;
        }
        int subjectToken = -1;
        for (int k = m.first(); k <= m.last(); k++) {
          subjectToken = ms.relation(k).startsWith("nsubj") ? k : subjectToken;
        }
        boolean subject = subjectToken >= 0;
        // In the pronoun's own sentence only the subject of a clause the pronoun sits in: "Limbaugh
        // used his platform to discuss what he described", not "Trump met Cruz, and he said".
        boolean sameSentence = ms.index() == sentenceOf(ctx, begin);
        if (!subject || at <= speakerAt || (sameSentence && !dominates(ms, ms.head(subjectToken), begin))) {
          if (at <= speakerAt) {
            break;
          }
          continue;
        }
        Entity e = m.entity();
        ctx.entities.addMention(new Mention(begin, end, t.text(), e.id()));
        return Optional.of(new ClaimSource(e.canonical(), e.type(), e.role(), Optional.of(e.id()), t.text(), begin, end));
      }
    }
    if (group && speaker != null) {
      // "Researchers tested samples … They found": a plural subject more recent than the last
      // group that spoke (before, "they" went to the last organisation or country that spoke).
      // Only against a speaker: in interviews a "they" with no group speaker before is mostly
      // talk about people, and the nearest plural subject there is as often a thing ("the ideas
      // … do exist. Because they are not informed").
      speaker = pluralSubjectBefore(ctx, begin, paragraph, speakerAt).orElse(speaker);
    }
    if (speaker != null && !(person && oneUnnamedPerson(speaker, p) && personSince(ctx, t, spoken, begin, answering))) {
      return Optional.of(standsFor(ctx, speaker, t, begin, end));
    }
    // No earlier speaker (or an unnamed one, with a person named since): the nearest person
    // mentioned before.
    for (int i = ctx.entities.tokenMentions().size() - 1; i >= 0; i--) {
      Entities.TokenMention m = ctx.entities.tokenMentions().get(i);
      Sentence ms = ctx.text.sentences().get(m.sentence());
      if (ms.token(m.first()).begin() < begin && person && canBe(ctx, t, m, answering)) {
        Entity e = m.entity();
        ctx.entities.addMention(new Mention(begin, end, t.text(), e.id()));
        return Optional.of(new ClaimSource(e.canonical(), e.type(), e.role(), Optional.of(e.id()), t.text(), begin, end));
      }
    }
    if (person && NameGender.ofPronoun(t.text()).isPresent()) {
      // "She said …" with no woman named before: someone, unresolved, rather than a wrong name or no claim.
      return Optional.of(new ClaimSource(t.text().toLowerCase(Locale.ROOT) + ClaimSource.UNRESOLVED, EntityType.PERSON, Optional.empty(), Optional.empty(),
          t.text(), begin, end));
    }
    return Optional.empty();
  }

  /**
   * Whether a person the pronoun can stand for is mentioned after the claim {@code since} was
   * made (outside what it said, and outside quotation marks) and before {@code to}: after "a
   * family spokesperson said …", "Vice President Rebecca Nyandeng … commented. She said" is about
   * her, though she is no clause's subject and made no claim.
   */
  private static boolean personSince(Context ctx, Token t, Claim since, int to, Optional<String> answering) {
    for (Entities.TokenMention m : ctx.entities.tokenMentions()) {
      int at = ctx.text.sentences().get(m.sentence()).token(m.first()).begin();
      boolean said = (at >= since.start() && at < since.end()) || ctx.quoteAt(at).isPresent();
      if (at > since.cueStart() && at < to && !said && canBe(ctx, t, m, answering)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether pronoun {@code t} can stand for the entity of mention {@code m}: a person of the
   * pronoun's gender, and not, in a transcript's answer, the one answering.
   */
  private static boolean canBe(Context ctx, Token t, Entities.TokenMention m, Optional<String> answering) {
    return m.entity().type() == EntityType.PERSON && agrees(ctx, t, m.entity().id()) && !answering.equals(Optional.of(m.entity().id()));
  }

  /**
   * Nouns for one person that wire copy gives as a source without a name ("a company official
   * said. … He said"); those of one gender say so. A "he" or "she" after such a source is that
   * source: in Reuters' 1987 stories 53 claims were "he (unresolved)", most after one of these.
   * Not titles of office ("the president said", "the Soviet leader"): those stand for a person
   * the article names.
   */
  private static final Set<String> PERSON_NOUNS = Set.of("official", "spokesperson", "source", "dealer", "trader", "banker", "analyst",
      "economist", "envoy", "diplomat", "executive", "officer", "aide", "adviser", "advisor", "lawyer", "attorney", "representative",
      "manager", "broker", "expert", "observer", "witness", "resident", "doctor", "scientist", "researcher", "lawmaker", "legislator",
      "negotiator", "engineer", "worker", "farmer", "person", "employee", "delegate", "consultant", "strategist", "investor", "agent",
      "insider", "specialist", "activist");
  private static final Set<String> MEN = Set.of("spokesman", "man", "businessman", "policeman", "salesman");
  private static final Set<String> WOMEN = Set.of("spokeswoman", "woman", "businesswoman", "policewoman");

  /**
   * Whether a source is one unnamed person ("parliamentary official", "another dealer") whom the
   * pronoun {@code p} ("he", "her", …) can stand for: "she" not for a "spokesman".
   */
  private static boolean oneUnnamedPerson(ClaimSource src, String p) {
    if (src.named() || src.type() != EntityType.OTHER || src.name().endsWith(ClaimSource.UNRESOLVED)) {
      return false;
    }
    String head = lastWord(src.name()).toLowerCase(Locale.ROOT);
    if (MEN.contains(head)) {
      return !p.equals("she") && !p.equals("her");
    }
    if (WOMEN.contains(head)) {
      return !p.equals("he") && !p.equals("him") && !p.equals("his");
    }
    return PERSON_NOUNS.contains(head);
  }

  /**
   * The latest plural noun subject ("researchers", "the ministers"; not an amount of some unit,
   * "600,000 tonnes", though "15,000 miners" can be) of a clause that starts after {@code after}
   * and before the pronoun at {@code offset}, within three paragraphs; in the pronoun's own
   * sentence, only one whose clause holds the pronoun ("Police said they …"). A subject of several
   * conjoined names ("Shoukry and Dendias met … They said") is a group this source type cannot
   * name: "they (unresolved)", rather than whoever spoke last.
   */
  private static Optional<ClaimSource> pluralSubjectBefore(Context ctx, int offset, int paragraph, int after) {
    int own = sentenceOf(ctx, offset);
    for (int si = own; si >= 0; si--) {
      Sentence ms = ctx.text.sentences().get(si);
      if (ms.size() == 0 || ctx.paragraphOf(ms.begin()) < paragraph - 3 || ms.end() <= after) {
        break;
      }
      for (int k = ms.size() - 1; k >= 0; k--) {
        Token t = ms.token(k);
        String rel = ms.relation(k);
        if (t.begin() >= offset || t.begin() <= after || !(rel.equals("nsubj") || rel.equals("nsubj:pass")) || t.isTime()
            || countedUnits(ms, k) || (si == own && !dominates(ms, ms.head(k), offset))) {
          continue;
        }
        boolean conjoined = ms.children(k).stream().anyMatch(j -> ms.relation(j).equals("conj") && ms.token(j).isNoun());
        if (conjoined) {
          return Optional.of(new ClaimSource("they" + ClaimSource.UNRESOLVED, EntityType.OTHER, Optional.empty(), Optional.empty(), "they", 0, 0));
        }
        if (t.pos().equals("NNS") || t.pos().equals("NNPS")) {
          int[] span = ms.span(k);
          return resolve(ctx, ms, new Span(span[0], Math.min(span[1], k)));
        }
      }
    }
    return Optional.empty();
  }

  /** Whether token {@code k} counts units ("600,000 tonnes", "300 billion yen"): never "they" who speak. */
  private static boolean countedUnits(Sentence s, int k) {
    return UNITS.contains(s.token(k).lemma().toLowerCase(Locale.ROOT)) && Spans.amount(s, k);
  }

  private static final Set<String> UNITS = Set.of("tonne", "ton", "barrel", "share", "bushel", "pound", "ounce", "dollar", "dlr", "yen",
      "mark", "franc", "point", "unit", "percent", "pct", "acre", "hectare", "car", "vehicle", "contract", "lot", "bale", "cent", "euro",
      "gallon", "litre", "liter", "kilogram", "kg", "mile", "kilometre", "kilometer", "year", "month", "day", "week", "hour", "vote");

  /**
   * Whether a personal pronoun can stand for a person: "she" not for a man. A person's gender is
   * known from a title before any of their mentions ("Mr. Kerry") or from the first name of a
   * full name ("Hillary Clinton"); when it is not known, any pronoun agrees.
   */
  private static boolean agrees(Context ctx, Token pronoun, String personId) {
    Optional<NameGender.Gender> said = NameGender.ofPronoun(pronoun.text());
    if (said.isEmpty()) {
      return true;
    }
    // By id, so that the entity is looked up only the first time its gender is asked for.
    Optional<NameGender.Gender> is = ctx.genders.computeIfAbsent(personId,
        id -> ctx.entities.byId(id).flatMap(e -> genderFromMentions(ctx, e)));
    return is.isEmpty() || said.equals(is);
  }

  private static Optional<NameGender.Gender> genderFromMentions(Context ctx, Entity person) {
    for (Entities.TokenMention m : ctx.entities.tokenMentions()) {
      if (m.entity().id().equals(person.id())) {
        Sentence ms = ctx.text.sentences().get(m.sentence());
        Optional<NameGender.Gender> titled = NameGender.ofTitle(ms.token(m.first()).text());
        if (titled.isEmpty() && m.first() > 0) {
          titled = NameGender.ofTitle(ms.token(m.first() - 1).text());
        }
        if (titled.isPresent()) {
          return titled;
        }
      }
    }
    String[] words = person.canonical().split("\\s+");
    return words.length >= 2 ? NameGender.standard().ofFirstName(words[0]) : Optional.empty();
  }

  /**
   * Who speaks at {@code offset} in a transcript: the person or organisation its label names, or,
   * when the label names nothing the article knows ("((Jaya))", a name changed for the interview),
   * a person by the label's words. Empty outside transcripts, under the interviewer's label
   * ("((WN))", "Q:": mostly questions) and under a label that names no one ("A:", a place): there
   * the writer speaks.
   */
  private static Optional<ClaimSource> transcriptSpeaker(Context ctx, int offset) {
    return ctx.speakerLabel(offset).filter(l -> !l.asks()).flatMap(l -> ctx.labelSpeakers.computeIfAbsent(l, k -> labelled(ctx, k)));
  }

  private static Optional<ClaimSource> labelled(Context ctx, Context.SpeakerLabel label) {
    int si = sentenceOf(ctx, label.begin());
    if (si >= 0) {
      Sentence s = ctx.text.sentences().get(si);
      int first = Spans.tokenAt(s, label.begin());
      int last = first;
      while (last + 1 < s.size() && s.token(last + 1).end() <= label.end()) {
        last++;
      }
      if (first < s.size() && s.token(first).end() <= label.end()) {
        Span span = new Span(first, last);
        Optional<Entity> named = mentionIn(s, span, ctx.entities).map(Entities.TokenMention::entity).or(() -> properName(ctx, s, span));
        if (named.isPresent()) {
          Entity e = named.get();
          boolean speaks = e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION;
          return speaks ? Optional.of(entitySource(e, label.name(), label.begin(), label.end())) : Optional.empty();
        }
      }
    }
    // By its words only a name-like label ("Jaya"), not letters ("A:", "Q:") or initials ("AN").
    boolean nameLike = label.name().length() >= 3 && !label.name().equals(label.name().toUpperCase(Locale.ROOT));
    return nameLike ? Optional.of(new ClaimSource(label.name(), EntityType.PERSON, Optional.empty(), Optional.empty(), label.name(), label.begin(),
        label.end())) : Optional.empty();
  }

  /** {@code src} as written at {@code begin..end}: the same source, another mention of it. */
  private static ClaimSource writtenAs(ClaimSource src, String written, int begin, int end) {
    return src.writtenAs(written, begin, end);
  }

  /** A pronoun standing for {@code src}: the source written as the pronoun, which becomes a mention of its entity. */
  private static ClaimSource standsFor(Context ctx, ClaimSource src, Token t, int begin, int end) {
    src.entityId().ifPresent(id -> ctx.entities.addMention(new Mention(begin, end, t.text(), id)));
    return writtenAs(src, t.text(), begin, end);
  }

  /** The article's writer as a source: by name when the article has one author. */
  private static ClaimSource author(Context ctx, Token t, int begin, int end) {
    List<String> authors = ctx.article.authors();
    String name = authors.size() == 1 ? authors.get(0) : t.text().equalsIgnoreCase("we") ? "the authors" : "the author";
    return new ClaimSource(name, EntityType.PERSON, Optional.of("author"), Optional.empty(), t.text(), begin, end);
  }

  /** Whether token {@code governor} is an ancestor of the token that starts at {@code offset}. */
  private static boolean dominates(Sentence s, int governor, int offset) {
    int k = 0;
    while (k < s.size() && s.token(k).begin() != offset) {
      k++;
    }
    return governor >= 0 && k < s.size() && governor != k && s.dominates(governor, k);
  }

  private static int sentenceOf(Context ctx, int offset) {
    for (Sentence s : ctx.text.sentences()) {
      if (offset >= s.begin() && offset <= s.end()) {
        return s.index();
      }
    }
    return -1;
  }

  /** The entity or phrase a via-span names, as it should appear in a provenance chain. */
  static String viaName(Context ctx, Sentence s, Span span) {
    Optional<Entities.TokenMention> m = mentionIn(s, span, ctx.entities);
    if (m.isPresent()) {
      return m.get().entity().canonical();
    }
    return unnamed(s, span);
  }
}
