package org.claimtrail.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.claimtrail.claims.learned.ClaimModel;
import org.claimtrail.claims.cue.CueLexicon;
import org.claimtrail.claims.entity.AliasTable;
import org.claimtrail.claims.entity.Entities;
import org.claimtrail.claims.entity.EntityResolver;
import org.claimtrail.claims.quote.QuoteFinder;
import org.claimtrail.claims.stance.StanceRules;
import org.claimtrail.claims.time.SaidWhen;
import org.claimtrail.model.Article;
import org.claimtrail.model.ArticleClaims;
import org.claimtrail.model.Claim;
import org.claimtrail.model.ClaimSource;
import org.claimtrail.model.EntityType;
import org.claimtrail.model.QuoteType;
import org.claimtrail.model.Stance;
import org.claimtrail.nlp.AnnotatedText;
import org.claimtrail.nlp.Sentence;
import org.claimtrail.nlp.Token;

/**
 * The claims stage: article plus annotation in, entities and attributed claims out. Passes, in
 * order: reported speech around cue verbs ("X claimed that …", "X, citing Y, claimed …", "… images
 * alleging …"), direct quotes and their attributions ("…,” he said), "according to X", adverbial
 * allegations ("allegedly"), then provenance spread to the same speaker's nearby claims.
 * Immutable and thread-safe; the per-article state lives in a {@link Context}.
 */
public final class ClaimExtractor {
  private final CueLexicon cues;
  private final EntityResolver resolver;
  private final Optional<ClaimModel> model;
  private final boolean openCues;

  public ClaimExtractor(AliasTable aliases) {
    this(aliases, Optional.empty());
  }

  /**
   * With a learned model ({@link ClaimModel}) applied after the rules: it drops false finds and
   * moves span boundaries; if it was trained so, the rules try every verb as a cue for it.
   */
  public ClaimExtractor(AliasTable aliases, Optional<ClaimModel> model) {
    this(aliases, model, model.map(ClaimModel::openCues).orElse(false));
  }

  /** As above, with every verb tried as a cue or not: {@code claimtrail train} finds candidates this way. */
  public ClaimExtractor(AliasTable aliases, Optional<ClaimModel> model, boolean openCues) {
    this.cues = CueLexicon.standard();
    this.resolver = new EntityResolver(aliases);
    this.model = model;
    this.openCues = openCues;
  }

  public ClaimExtractor() {
    this(AliasTable.standard());
  }

  /**
   * Cues that attribute a direct quote ("“…,” he continued") but, outside one, mostly introduce no
   * content ("speaking to reporters, Trump said", "support continues to grow"): the first 150
   * articles of PolNeAR's train split had 47 of these as false cues.
   */
  private static final java.util.Set<String> QUOTE_ONLY = java.util.Set.of("speak", "continue");

  /** Verbs that are never cues, even when every verb is tried: they mostly carry another verb. */
  private static final java.util.Set<String> AUXILIARIES = java.util.Set.of("be", "have", "do", "get");

  /** Longest source phrase taken as a source. */
  static final int MAX_SOURCE_CHARS = 200;

  public ArticleClaims extract(Article article, AnnotatedText text) {
    Entities entities = resolver.resolve(text);
    Context ctx = new Context(article, text, entities);
    for (Sentence s : text.sentences()) {
      reported(ctx, s);
      AsClauses.find(ctx, s, cues);
      colon(ctx, s);
      quotes(ctx, s);
      according(ctx, s);
      inAPoll(ctx, s);
      adverbs(ctx, s);
      Nominals.find(ctx, s, cues);
    }
    for (Claim q : ctx.quotedBySaying) {
      if (ctx.claims.stream().noneMatch(c -> c.start() <= q.start() && q.end() <= c.end())) {
        ctx.claims.add(q); // a quotation the quote pass found no speaker for
      }
    }
    // A source is a noun phrase: a "source" hundreds of characters long is a misparse of text with no
    // sentence breaks (a run-on page), not somebody who said something.
    List<Claim> claims = Provenance.spread(ctx, ctx.claims).stream().filter(c -> c.source().text().length() <= MAX_SOURCE_CHARS).toList();
    claims = Overlaps.dedupe(Overlaps.withoutQuotesInsideTheirContent(Overlaps.withoutNestedStances(claims, cues)));
    if (model.isPresent()) {
      claims = model.get().apply(claims, text); // drop the false finds, then move content boundaries
    }
    claims = Overlaps.hedgedInsideQuestions(claims.stream().map(c -> Overlaps.closingItsQuote(ctx, c)).toList());
    return new ArticleClaims(article, entities.entities(), entities.mentions(), claims);
  }

  // ---- reported speech ---------------------------------------------------------------------

  private void reported(Context ctx, Sentence s) {
    for (int c = 0; c < s.size(); c++) {
      Token t = s.token(c);
      Optional<CueLexicon.Cue> cue = cues.verb(t.lemma());
      if (cue.isEmpty() && openCues && t.isVerb() && !AUXILIARIES.contains(t.lemma())) {
        cue = Optional.of(new CueLexicon.Cue(t.lemma(), "open", "content")); // a candidate for the model to judge
      }
      if (cue.isEmpty() || !t.isVerb() || ctx.quoteAt(t.begin()).isPresent()) {
        continue;
      }
      // "Asked whether he would run, Clinton said …": a question put by someone unnamed.
      boolean asked = askedOfNobody(s, c);
      if (!asked && t.pos().equals("VBN") && !hasAuxiliary(s, c) && s.head(c) >= 0 && s.child(c, "nsubj") < 0) {
        continue; // "the report released on Monday": an adjective, not a saying
      }
      if (QUOTE_ONLY.contains(t.lemma())) {
        continue; // "Speaking in the East Room, Obama…", "Clinton continues to lead": no content of their own
      }
      if (t.lemma().equals("accord")) {
        continue; // "according to X": its own pass
      }
      if (t.ner().equals("PERSON") && c + 1 < s.size() && s.token(c + 1).ner().equals("PERSON") && (c == 0 || !s.token(c - 1).ner().equals("PERSON"))) {
        continue; // "spokeswoman Hope Hicks said": the first word of a name (not "Trump Calls Clinton …", tagged as one)
      }
      if (withholds(s, c)) {
        continue; // "players were denied visas", "denying ballot access": not a denial of anything said
      }
      if (decreases(s, c)) {
        continue; // "loans declined 114 mln dlrs", "a declining economy": a fall, not a refusal
      }
      if (t.lemma().equals("cite") && t.pos().equals("VBG") && citesASource(s, c)) {
        continue; // "X, citing Y, claimed": provenance, handled with the claim
      }
      if (afterClosingQuote(s, c)) {
        continue; // “…,” he said: the quote pass attributes it
      }
      if (AsClauses.cueAt(s, c, cues).isPresent()) {
        continue; // "As The Hill reported, …": the as-clause pass attributes it
      }
      Spans.Content content = Spans.after(s, c, cues);
      // "offered his thoughts on X", "released a statement confirming X": the cue runs through
      // the noun that names the saying, the content is what follows it.
      int nounCueLast = CueSpans.speechNounEnd(s, c, content);
      if (nounCueLast >= 0) {
        int first = nounCueLast + 1;
        first = first <= content.last() && Spans.complementizer(s, first) ? first + 1 : first;
        content = new Spans.Content(first, content.last(), content.viaFirst(), content.viaLast());
      }
      // "endorsed Clinton", "expressed concern": one word can be a whole content.
      boolean oneWord = !content.isEmpty() && content.last() == content.first() && oneWordContent(s, content.first());
      boolean postposed = content.isEmpty() || (content.last() - content.first() < 1 && !oneWord)
          || (c > 1 && !hasVerb(s, content.first(), content.last()) && commaBeforeSubject(s, c)); // "…, police reported Friday morning, local time."
      int cueFirst = c;
      Sources.Span subject = subjectFromParse(s, c);
      if (subject.isEmpty()) {
        // "…, the company said, adding it could not …": whoever just said it adds it, whatever
        // clause the parser hung "adding" on (often the content's: "Those discussions are continuing").
        subject = saidJustBefore(s, c).map(r -> Sources.subjectOf(s, r)).orElse(subject);
      }
      Sources.Span asideSource = subject.isEmpty() ? subject : Asides.sourceBetweenCommas(s, c);
      if (!asideSource.isEmpty() && subject.first() < asideSource.first()) {
        subject = asideSource; // "The trouble, Frank writes, is …": the parse took "trouble" for the subject
      }
      Optional<Passive.Reading> passive = Passive.read(s, c, cue.get(), subject, content);
      boolean unnamed = false;
      if (passive.isPresent()) {
        if (!passive.get().makesClaim()) {
          continue;
        }
        subject = passive.get().source();
        unnamed = passive.get().unnamed();
        content = passive.get().content();
        postposed = false;
      }
      // "Each skater seemed to be honing …": the writer's impression, its subject part of it.
      Optional<Spans.Content> seeming = passive.isEmpty() && !subject.isEmpty() ? Raising.content(s, c, content, cues) : Optional.empty();
      if (seeming.isPresent()) {
        content = seeming.get();
        unnamed = true;
        postposed = false;
      }
      if (asked) {
        // The subject of the clause it hangs on was asked, and does not ask: the asker is the
        // "by" agent, or nobody named (then the cue stands in for the source's place, as the
        // passive's subject does). The question ends with the participle's phrase.
        Sources.Span agent = Sources.agent(s, c);
        int first = agent.isEmpty() ? content.first() : Spans.skipCommas(s, agent.last() + 1);
        int last = Spans.trimEnd(s, first, Math.min(content.last(), s.span(c)[1]));
        if (content.isEmpty() || last < first) {
          continue;
        }
        content = new Spans.Content(first, last, content.viaFirst(), content.viaLast());
        subject = agent.isEmpty() ? new Sources.Span(c, c) : agent;
        unnamed = agent.isEmpty();
        postposed = false;
      }
      boolean reading = passive.isPresent() || seeming.isPresent() || asked; // a source-less reading, not subject + cue + content
      int carrier = CueSpans.carrier(s, c);
      if (carrier >= 0 && subject.isEmpty()) {
        // "Pence went on to say …", "Cruz tried to argue …": the cue runs from the carrying verb,
        // whose subject speaks.
        subject = subjectFromParse(s, carrier);
        cueFirst = CueSpans.bounds(s, carrier)[0];
      }
      if (subject.isEmpty() && s.head(c) >= 0) {
        Optional<Integer> governor = inheritFrom(s, c);
        if (governor.isPresent()) {
          subject = Sources.subjectOf(s, governor.get());
          if (t.pos().equals("VBG") && s.relation(c).startsWith("acl") && governor.get() < c && c - governor.get() <= 4) {
            cueFirst = governor.get(); // "issued satellite images alleging"
          }
        }
      }
      if (subject.isEmpty()) {
        subject = Sources.inheritedSubject(s, c);
      }
      if (subject.isEmpty()) {
        subject = Sources.nounPhraseBefore(s, c);
      }
      if (subject.isEmpty() && c > 1 && RELATIVE.contains(s.token(c - 1).text().toLowerCase(java.util.Locale.ROOT)) && s.token(c - 1).pos().startsWith("W")) {
        subject = new Sources.Span(c - 1, c - 1); // "voters who say …"
      }
      boolean inverted = false;
      if (subject.isEmpty() && c > 1 && s.token(c - 1).text().equals(",")) {
        // "…, said the minister.": the source follows the cue, the content precedes it.
        // The source may carry what describes it to the end: "…, said Jim Clyburn, a congressman."
        Sources.Span after = Sources.withAppositive(s, Provenance.npAfter(s, c + 1));
        if (!after.isEmpty() && Spans.trimEnd(s, c + 1, s.size() - 1) <= after.last()) {
          subject = after;
          inverted = true;
        }
      }
      boolean beforeAside = false;
      if (subject.isEmpty()) {
        subject = Sources.subjectBeforeAside(s, c);
        beforeAside = !subject.isEmpty();
      }
      boolean aside = false;
      if (!inverted && !beforeAside && !reading && c > 1 && s.token(c - 1).text().equals(",") && subject.last() < c - 1) {
        // "The contrast with Trump, said Doyle and others, would be clear": an inverted aside. The
        // parser takes the words before it for the subject; the source is the name after the cue,
        // and what was said runs on both sides of it.
        Sources.Span after = Provenance.npAfter(s, c + 1);
        int next = after.isEmpty() ? -1 : after.last() + 1;
        if (!after.isEmpty() && s.token(after.first()).pos().startsWith("NNP") && next + 1 < s.size() && s.token(next).text().equals(",")) {
          subject = after;
          aside = true;
        }
      }
      if (subject.isEmpty() || (!unnamed && !plausibleSpeaker(s, subject, cue.get()))) {
        continue;
      }
      if (aside) {
        content = new Spans.Content(Asides.leadingSkip(s), Spans.trimEnd(s, 0, s.size() - 1), -1, -1);
      } else if (inverted) {
        content = new Spans.Content(Asides.leadingSkip(s), Spans.trimEnd(s, 0, c - 2), -1, -1);
      } else if (postposed) {
        // "The road is closed, police said.": the content comes before the source.
        if (!(subject.first() > 1 && s.token(subject.first() - 1).text().equals(","))) {
          continue;
        }
        Spans.Content before = new Spans.Content(Asides.leadingSkip(s), Spans.trimEnd(s, 0, subject.first() - 2), -1, -1);
        if (!hasVerb(s, before.first(), before.last())) {
          continue; // "In addition, media reports …": no clause before the source
        }
        // "Asked about that vote, Clinton pointed to her support for licenses": what comes before
        // the source is when or how, and what was said is after the cue after all.
        boolean adverbial = !content.isEmpty() && opensAdverbial(s, before.first());
        if (!adverbial) {
          content = before;
        }
      }
      if (content.last() - content.first() < (!reading && !oneWord ? 1 : 0)) {
        continue; // no content to speak of
      }
      if (!reading && !aside && subject.first() <= content.last() && content.first() <= subject.last()) {
        // The speaker inside what is said: "Noting he majored in philosophy, Allen said …" says
        // what comes before the speaker; any other overlap is a misparse.
        int last = Spans.trimEnd(s, content.first(), subject.first() - 1);
        if (subject.first() <= content.first() || last - content.first() < 1) {
          continue;
        }
        content = new Spans.Content(content.first(), last, content.viaFirst(), content.viaLast());
      }
      // A subject before the cue and what was said after it, read no other way than the plain one.
      boolean plain = !inverted && !aside && !postposed && !reading;
      if (plain && Asides.parenthetical(s, subject, c) && content.first() > c && !Asides.opensQuote(s.token(content.first()))) {
        // "At one point, she said, she was considering …": the words before the source are the
        // start of what was said.
        content = new Spans.Content(Asides.leadingSkip(s), content.last(), content.viaFirst(), content.viaLast());
      }
      int relativeStart = plain && content.first() > c && Spans.isVerbOrModal(s.token(content.first())) ? Asides.relativeStart(s, subject, c) : -1;
      if (relativeStart >= 0) {
        // "a probe the agency said was ongoing", "which critics said was discriminatory": what was
        // said is about the noun the saying hangs on, and starts with it.
        content = new Spans.Content(relativeStart, content.last(), content.viaFirst(), content.viaLast());
      }
      int contentBegin = s.token(content.first()).begin();
      int contentEnd = s.token(content.last()).end();
      Optional<QuoteFinder.Quote> quote = ctx.quoteAround(contentBegin);
      // The content is a quotation: the quote pass attributes it, whole. Should that pass find no
      // speaker for it ("which notes, “…”", "sent an email saying, “done.”"), this saying does.
      Optional<QuoteFinder.Quote> quotation = quote.isPresent() && quote.get().openBegin() >= contentBegin - 1 && isQuotedToItsEnd(ctx, quote.get(), contentEnd)
          ? quote : Optional.empty();
      QuoteType quoteType = containsQuote(ctx, contentBegin, contentEnd) ? QuoteType.MIXED : QuoteType.INDIRECT;
      List<String> via = new ArrayList<>();
      Sources.Span cited = Provenance.cited(s, subject, c);
      Sources.Span sourceSpan = subject;
      if (!cited.isEmpty()) {
        via.add(Sources.viaName(ctx, s, new Sources.Span(subject.first(), Provenance.beforeCiting(s, subject))));
        sourceSpan = cited;
      }
      if (content.viaFirst() >= 0) {
        String outlet = Sources.viaName(ctx, s, new Sources.Span(content.viaFirst(), content.viaLast()));
        if (Provenance.isMedia(ctx, s, content.viaFirst(), content.viaLast())) {
          via.add(0, outlet);
        }
      }
      boolean negated = negated(s, c);
      String contentText = ctx.slice(contentBegin, contentEnd);
      Stance stance = StanceRules.of(cue.get(), contentText, negated);
      Optional<String> when = SaidWhen.find(s, c, subject.last() + 1, Math.max(subject.last() + 1, content.first() - 1), ctx.year());
      int[] group = CueSpans.bounds(s, c);
      if (cueFirst == c) {
        cueFirst = group[0];
      }
      int cueLast = nounCueLast >= 0 && passive.isEmpty() ? nounCueLast : group[1];
      String cueText = ctx.slice(s.token(cueFirst).begin(), s.token(cueLast).end());
      String nobody = seeming.isPresent() ? "the writer" : "unnamed sources";
      Optional<ClaimSource> relative = unnamed ? Optional.of(new ClaimSource(nobody, EntityType.OTHER, Optional.empty(), Optional.empty(), "",
          s.token(cueFirst).begin(), s.token(cueFirst).begin())) : relativeSource(ctx, s, sourceSpan, c);
      List<Sources.Span> parts = relative.isPresent() ? List.of(sourceSpan) : Sources.conjuncts(s, sourceSpan, ctx.entities);
      for (Sources.Span part : parts) {
        Optional<ClaimSource> src = relative.isPresent() ? relative : Sources.resolve(ctx, s, part);
        if (src.isEmpty()) {
          continue;
        }
        double confidence = src.get().named() ? 0.85 : 0.65;
        if (src.get().type() == EntityType.OTHER && src.get().name().split(" ").length > 6) {
          confidence = 0.5;
        }
        Stance st = stance == Stance.ASSERTED && isReportSource(src.get()) ? Stance.REPORTED : stance;
        Optional<String> said = when.isPresent() ? when : inheritedTime(ctx, s, c);
        if (quotation.isPresent()) {
          for (QuoteFinder.Segment seg : quotation.get().segments()) {
            String quoted = ctx.slice(seg.begin(), seg.end()).replaceAll("[,\\s]+$", "");
            if (!quoted.isBlank()) {
              ctx.quotedBySaying.add(new Claim(ctx.article.id(), src.get(), cueText, t.lemma(), s.token(cueFirst).begin(),
                  StanceRules.of(cue.get(), quoted, negated), QuoteType.DIRECT, seg.begin(), seg.begin() + quoted.length(), quoted, via, said, 0.75));
            }
          }
          continue;
        }
        ctx.claims.add(new Claim(ctx.article.id(), src.get(), cueText, t.lemma(), s.token(cueFirst).begin(), st, quoteType,
            contentBegin, contentEnd, contentText, via, said, confidence));
      }
    }
  }

  /**
   * Whether the content is the quote: it ends a clause inside its marks (“let’s not get ahead of
   * ourselves,” before predicting …), or nothing but punctuation follows it in the content.
   * "“illegal” immigrants as violent criminals" is not a quotation but a mixed content.
   */
  private static boolean isQuotedToItsEnd(Context ctx, QuoteFinder.Quote q, int contentEnd) {
    if (QuoteAttribution.endsAClause(ctx, q)) {
      return true;
    }
    for (int i = q.end(); i < contentEnd; i++) {
      if (Character.isLetterOrDigit(ctx.text.text().charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * "voters who say income inequality matters most": the source is written "who" and is the noun
   * the relative clause hangs on. Empty unless the subject is a relative pronoun.
   */
  private static Optional<ClaimSource> relativeSource(Context ctx, Sentence s, Sources.Span subject, int c) {
    if (subject.isEmpty() || subject.first() != subject.last()) {
      return Optional.empty();
    }
    Token who = s.token(subject.first());
    if (!(who.pos().equals("WP") || who.pos().equals("WDT")) || !RELATIVE.contains(who.text().toLowerCase(java.util.Locale.ROOT))) {
      return Optional.empty();
    }
    int w = subject.first();
    // The noun the clause hangs on; the parse often gets "who say" wrong, the word order does not.
    int before = w > 1 && s.token(w - 1).text().equals(",") ? w - 2 : w - 1; // "Obama, who claimed"
    int g = s.relation(c).startsWith("acl") ? s.head(c) : before >= 0 && s.token(before).pos().startsWith("NN") ? before : -1;
    boolean time = g >= 0 && s.token(g).isTime();
    if (time) {
      g = beforeTime(s, g);
    }
    if (g < 0 || g > w) {
      return Optional.empty();
    }
    // After a time, the noun may head a clause ("it was a study … that"): take its phrase alone.
    int first = time ? Sources.nounPhraseBefore(s, g + 1).first() : Math.min(s.span(g)[0], g);
    while (first < g && (s.token(first).pos().equals("IN") || s.token(first).pos().equals("TO"))) {
      first++; // "among voters who say": the voters
    }
    Optional<ClaimSource> antecedent = Sources.resolve(ctx, s, new Sources.Span(first, g));
    return antecedent.map(a -> a.writtenAs(who.text(), who.begin(), who.end()));
  }

  private static final java.util.Set<String> RELATIVE = java.util.Set.of("who", "which", "that");

  /**
   * The noun a relative clause belongs to when the parse hung it on a time: "a report from the
   * ministry last week that said…", "a study … in the past that did confirm…". A time says nothing;
   * the clause is the noun's before it: the time's head when that is an earlier noun, else the
   * noun just before the time phrase (past its preposition). -1 when there is none.
   */
  private static int beforeTime(Sentence s, int g) {
    int k = g;
    for (int steps = 0; steps < s.size() && k >= 0 && s.token(k).isTime(); steps++) {
      int h = s.head(k);
      if (h >= 0 && h < k && s.token(h).pos().startsWith("NN") && !s.token(h).isTime()) {
        return h;
      }
      int j = Math.min(s.span(k)[0], k) - 1;
      while (j >= 0 && (s.token(j).pos().equals("IN") || s.token(j).pos().equals("DT"))) {
        j--;
      }
      k = j;
    }
    return k >= 0 && s.token(k).pos().startsWith("NN") ? k : -1;
  }

  /**
   * Whether one word after the cue can be all that was said: a name ("endorsed Clinton"), a noun
   * or a pronoun ("expressed concern", "blasting me"), a yes or no. Not a time ("police said
   * Friday"), which the content is before.
   */
  private static boolean oneWordContent(Sentence s, int k) {
    Token t = s.token(k);
    if (t.pos().startsWith("NNP")) {
      return true;
    }
    String w = t.text().toLowerCase(java.util.Locale.ROOT);
    boolean answer = w.equals("yes") || w.equals("no");
    boolean noun = t.pos().startsWith("NN") && !t.ner().equals("DATE") && !t.ner().equals("TIME");
    return answer || noun || t.pos().equals("PRP");
  }

  /**
   * Whether the words from {@code k} open an adverbial rather than a clause of their own: a
   * preposition or subordinator ("After the news went viral, …", "In a changing economy, …") or a
   * participle ("Asked about that vote, …", "Speaking at a rally, …").
   */
  private static boolean opensAdverbial(Sentence s, int k) {
    Token t = s.token(k);
    return t.pos().equals("IN") || t.pos().equals("TO") || t.pos().equals("WRB") || t.pos().equals("VBG") || t.pos().equals("VBN");
  }

  private static boolean hasVerb(Sentence s, int first, int last) {
    for (int k = Math.max(0, first); k <= last && k < s.size(); k++) {
      if (Spans.isVerbOrModal(s.token(k))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the noun phrase before the cue follows a comma that closes a clause: "X was found, police said". */
  private static boolean commaBeforeSubject(Sentence s, int c) {
    Sources.Span np = Sources.nounPhraseBefore(s, c);
    return !np.isEmpty() && np.first() > 1 && s.token(np.first() - 1).text().equals(",") && hasVerb(s, 0, np.first() - 2);
  }

  /**
   * For a participle right after "X said," or "said X," ("…, he said, adding …", "…, said one
   * trade official, adding …"): that saying verb, when it has a subject. Else empty.
   */
  private Optional<Integer> saidJustBefore(Sentence s, int c) {
    if (!s.token(c).pos().equals("VBG") || c < 2 || !s.token(c - 1).text().equals(",")) {
      return Optional.empty();
    }
    for (int r = c - 2; r >= 0 && c - r <= 8; r--) {
      Token t = s.token(r);
      if (t.isVerb()) {
        int subject = s.child(r, "nsubj");
        boolean saying = cues.verb(t.lemma()).isPresent() && subject >= 0;
        // Between the verb and the comma: nothing, or the verb's own subject ("said one official").
        boolean adjacent = r == c - 2 || (subject > r && s.span(subject)[1] == c - 2);
        return saying && adjacent ? Optional.of(r) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** The subject the parse gives the cue, if it precedes the cue. */
  private static Sources.Span subjectFromParse(Sentence s, int c) {
    for (int j : s.children(c)) {
      if ((s.relation(j).equals("nsubj") || s.relation(j).equals("nsubj:pass")) && j < c) {
        return Sources.subjectOf(s, c);
      }
    }
    return new Sources.Span(0, -1);
  }

  /** Evidence verbs ("shows", "indicates") make claims only of evidence, of named sources or of persons ("she found"). */
  private boolean plausibleSpeaker(Sentence s, Sources.Span subject, CueLexicon.Cue cue) {
    if (!cue.cueClass().equals("report")) {
      return true;
    }
    for (int k = subject.first(); k <= subject.last(); k++) {
      Token t = s.token(k);
      if (t.hasEntity() && !t.ner().equals("DATE") && !t.ner().equals("NUMBER") || t.pos().startsWith("NNP") && !t.ner().equals("DATE")) {
        return true; // a name, even one NER missed ("The Hill reported")
      }
      if (EVIDENCE.matcher(t.lemma()).matches()) {
        return true;
      }
      if (t.pos().equals("PRP") && !t.lemma().equalsIgnoreCase("it")) {
        return true; // "she suggested that …", "they found that …": a person, named before
      }
    }
    return false;
  }

  /**
   * Whether "citing" names who or what a claim comes from ("citing HUR", "citing a Post report")
   * rather than reasons given ("he said, citing low economic growth and unemployment", a claim of
   * its own).
   */
  private static boolean citesASource(Sentence s, int c) {
    Sources.Span cited = Provenance.npAfter(s, c + 1);
    for (int k = cited.first(); k <= cited.last(); k++) {
      Token t = s.token(k);
      if (t.hasEntity() && !t.ner().equals("DATE") && !t.ner().equals("NUMBER") && !t.ner().equals("PERCENT") || t.pos().startsWith("NNP")
          || EVIDENCE.matcher(t.lemma()).matches()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Nouns that can show or find something, by lemma (CoreNLP lemmatises "data" as "datum"):
   * "Data show that …", "The results show …", "Findings show …".
   */
  private static final java.util.regex.Pattern EVIDENCE =
      java.util.regex.Pattern.compile("(?i)report|video|image|photo|footage|picture|document|data|datum|study|survey|poll|analysis|investigation|record|satellite|evidence|test|research|paper|audit|inquiry|probe|statement|letter|memo|email|filing|media|source|official|intelligence"
          + "|result|finding|figure|number|estimate|tally|count|projection|forecast|census|statistic|disclosure|return|transcript|chart|map");

  /**
   * Whether the cue's subject (or the cue) follows right after a closing quote mark. Not a
   * participle right after it: the quote pass leaves "…of “New York values,” saying the city …"
   * to this one, since such a participle speaks for its own clause's subject.
   */
  private static boolean afterClosingQuote(Sentence s, int c) {
    if (s.token(c).pos().equals("VBG") && c > 0 && (s.token(c - 1).text().equals(",") || Spans.isQuoteMark(s.token(c - 1)))) {
      return false;
    }
    int k = c - 1;
    while (k >= 0 && (s.token(k).pos().startsWith("NN") || s.token(k).pos().equals("PRP") || s.token(k).pos().equals("DT") || s.token(k).pos().startsWith("RB"))) {
      k--;
    }
    while (k >= 0 && s.token(k).text().equals(",")) {
      k--;
    }
    return k >= 0 && (s.token(k).text().equals("”") || s.token(k).pos().equals("''") || s.token(k).text().equals("\""));
  }

  /**
   * "Asked whether he would run, …", "…, he said when asked about it": a participle of "ask" with
   * no subject and no auxiliary, hanging on another clause as an adverbial. PolNeAR annotates
   * these 70 times on train, with the question as content and no source.
   */
  private static boolean askedOfNobody(Sentence s, int c) {
    Token t = s.token(c);
    return t.lemma().equals("ask") && t.pos().equals("VBN") && !hasAuxiliary(s, c) && s.child(c, "nsubj") < 0 && s.child(c, "nsubj:pass") < 0
        && (s.relation(c).startsWith("advcl") || opensTheSentence(s, c) && s.head(c) > c);
  }

  /**
   * Whether the word at {@code c} opens its sentence, after at most a conjunction or "when": the
   * parser often hangs a sentence-opening "Asked if …," on the main verb as discourse or advmod
   * rather than advcl.
   */
  private static boolean opensTheSentence(Sentence s, int c) {
    for (int k = 0; k < c; k++) {
      String w = s.token(k).text().toLowerCase(java.util.Locale.ROOT);
      if (!(w.equals("when") || w.equals("but") || w.equals("and") || w.equals("later") || Spans.isQuoteMark(s.token(k)))) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasAuxiliary(Sentence s, int c) {
    for (int j : s.children(c)) {
      if (s.relation(j).startsWith("aux")) {
        return true;
      }
    }
    return c > 0 && (s.token(c - 1).lemma().equals("have") || s.token(c - 1).lemma().equals("be"));
  }

  /** A cue without its own subject takes it from the cue clause it hangs on ("…and warned", "before adding"). */
  private Optional<Integer> inheritFrom(Sentence s, int c) {
    for (int k = s.head(c), steps = 0; k >= 0 && steps < 6; k = s.head(k), steps++) {
      Optional<CueLexicon.Cue> kCue = s.token(k).isVerb() ? cues.verb(s.token(k).lemma()) : Optional.empty();
      boolean isCue = kCue.isPresent();
      boolean hasSubject = s.child(k, "nsubj") >= 0 && isCue && plausibleSpeaker(s, Sources.subjectOf(s, k), kCue.get());
      if (isCue && hasSubject) {
        return Optional.of(k);
      }
      boolean participle = s.token(c).pos().equals("VBG") && (s.relation(c).startsWith("acl") || s.relation(c).startsWith("advcl") || s.relation(c).startsWith("xcomp"));
      if (participle && s.token(k).isVerb() && s.child(k, "nsubj") >= 0) {
        return Optional.of(k); // "Trump attacked her, saying …": the attacker says it
      }
    }
    return Optional.empty();
  }

  private static Optional<String> inheritedTime(Context ctx, Sentence s, int c) {
    if (!s.relation(c).equals("conj") && !s.relation(c).startsWith("obl") && !s.relation(c).startsWith("advcl")) {
      return Optional.empty();
    }
    for (int i = ctx.claims.size() - 1; i >= 0; i--) {
      Claim prior = ctx.claims.get(i);
      if (prior.cueStart() >= s.begin() && prior.cueStart() < s.token(c).begin()) {
        return prior.saidWhen();
      }
    }
    return Optional.empty();
  }

  /**
   * Things one is denied or refused rather than statements one denies: "were denied entry",
   * "denied him bail", "thereby denying ballot access". As the object of "deny"/"refuse" they make
   * it a withholding, as does a second object or a passive subject with an object of its own.
   */
  private static final java.util.Set<String> WITHHELD = java.util.Set.of("access", "visa", "entry", "bail", "permission", "coverage", "asylum", "admission",
      "parole", "licence", "license", "permit", "service", "treatment", "membership", "citizenship", "passage", "benefit", "right",
      "opportunity", "chance", "funding", "care", "boarding", "custody", "exemption", "waiver", "clearance", "credit");

  private static boolean withholds(Sentence s, int c) {
    String lemma = s.token(c).lemma().toLowerCase(java.util.Locale.ROOT);
    if (!lemma.equals("deny") && !lemma.equals("refuse")) {
      return false;
    }
    int obj = s.child(c, "obj");
    if (s.child(c, "iobj") >= 0 || (obj >= 0 && s.child(c, "nsubj:pass") >= 0)) {
      return true;
    }
    return obj >= 0 && WITHHELD.contains(s.token(obj).lemma().toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * "Decline" in the sense of falling, told by what goes with it: an amount ("declined 114 mln
   * dlrs", "declined to 51.9 pct", "by 0.2%"), an adverb of change ("declined sharply"), or a noun
   * it describes ("a declining economy"). A refusal has a verb to do ("declined to comment") or
   * stands bare ("Trump declined", also where the parse lost the verb: "who declined to comment"),
   * and stays a cue. In Reuters' 1987 wire stories about half the "declines" the rules took for
   * refusals were falls, each a claim with stance "denied".
   */
  private static boolean decreases(Sentence s, int c) {
    if (!s.token(c).lemma().equalsIgnoreCase("decline")) {
      return false;
    }
    int xcomp = s.child(c, "xcomp");
    if (xcomp >= 0 && s.token(xcomp).isVerb()) {
      return false;
    }
    if (s.relation(c).equals("amod")) {
      return true;
    }
    for (int j : s.children(c)) {
      String rel = s.relation(j);
      if (rel.equals("advmod") && CHANGE_ADVERBS.contains(s.token(j).lemma().toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
      if ((rel.equals("obj") || rel.startsWith("obl")) && Spans.amount(s, j)) {
        return true;
      }
    }
    return false;
  }

  private static final java.util.Set<String> CHANGE_ADVERBS = java.util.Set.of("sharply", "steadily", "significantly", "slightly", "steeply",
      "substantially", "dramatically", "modestly", "markedly", "gradually", "further", "rapidly", "slowly", "marginally");

  private static boolean negated(Sentence s, int c) {
    for (int j : s.children(c)) {
      if (s.relation(j).equals("advmod") && (s.token(j).lemma().equals("not") || s.token(j).text().equals("n't"))) {
        return true;
      }
    }
    return c > 0 && (s.token(c - 1).lemma().equals("not") || s.token(c - 1).text().equals("n't"));
  }

  private static boolean isReportSource(ClaimSource src) {
    return src.type() == EntityType.OTHER && src.name().matches(".*\\b(reports?|videos?|images?|footage|photos?|documents?|data|media)\\b.*");
  }

  static boolean containsQuote(Context ctx, int begin, int end) {
    for (QuoteFinder.Quote q : ctx.quotes) {
      if (q.begin() >= begin && q.end() <= end) {
        return true;
      }
    }
    return false;
  }

  // ---- "Name: statement" (headlines, transcripts) ------------------------------------------

  private void colon(Context ctx, Sentence s) {
    int k = 0;
    while (k < s.size() && k <= 6 && !s.token(k).text().equals(":")) {
      k++;
    }
    if (k == 0 || k > 6 || k >= s.size() || s.size() - k < 4) {
      return;
    }
    if (k == 1 && s.token(0).text().length() == 1) {
      return; // "Q: …", "A: …" in an interview: a letter names no one
    }
    Sources.Span name = new Sources.Span(0, k - 1);
    for (int i = 0; i < k; i++) {
      if (!Character.isUpperCase(s.token(i).text().codePointAt(0)) && !s.token(i).pos().equals("POS")) {
        return;
      }
    }
    if (ctx.quoteAt(s.token(0).begin()).isPresent()) {
      return;
    }
    Optional<ClaimSource> src = Sources.resolve(ctx, s, name);
    if (src.isEmpty() || (!src.get().named() && !s.token(k - 1).text().equals(s.token(k - 1).text().toUpperCase(java.util.Locale.ROOT)))) {
      return; // "Poll: …" is a label; "Pence: …" and "WALLACE: …" are speakers
    }
    int first = k + 1;
    int last = Spans.trimEnd(s, first, s.size() - 1);
    if (last < first) {
      return;
    }
    int begin = s.token(first).begin();
    int end = s.token(last).end();
    String content = ctx.slice(begin, end);
    ctx.claims.add(new Claim(ctx.article.id(), src.get(), ":", ":", s.token(k).begin(), StanceRules.ofContent(content, false),
        containsQuote(ctx, begin, end) ? QuoteType.MIXED : QuoteType.INDIRECT, begin, end, content, List.of(), Optional.empty(), 0.6));
  }

  // ---- direct quotes -----------------------------------------------------------------------

  private void quotes(Context ctx, Sentence s) {
    for (int i = 0; i < ctx.quotes.size(); i++) {
      QuoteFinder.Quote q = ctx.quotes.get(i);
      if (!holdsClose(s, q)) {
        continue; // attribute each quote once, from the sentence holding its closing mark
      }
      Attribution a = QuoteAttribution.find(ctx, s, q, cues);
      if (a == null) {
        continue;
      }
      quoteClaims(ctx, q, a);
      if (i + 1 < ctx.quotes.size() && resumes(ctx, q, ctx.quotes.get(i + 1), a)) {
        quoteClaims(ctx, ctx.quotes.get(i + 1), a);
      } else if (i + 2 < ctx.quotes.size() && isTitle(ctx, ctx.quotes.get(i + 1)) && resumes(ctx, q, ctx.quotes.get(i + 2), a)) {
        // “…,” Sanders said on CNN’s “State of the Union.” “…”: the title is part of the attribution.
        quoteClaims(ctx, ctx.quotes.get(i + 2), a);
      }
    }
  }

  private void quoteClaims(Context ctx, QuoteFinder.Quote q, Attribution a) {
    int lead = q.segments().size() == 1 ? leadIn(ctx, q, a) : -1;
    for (QuoteFinder.Segment seg : q.segments()) {
      int begin = lead >= 0 ? lead : seg.begin();
      String content = ctx.slice(begin, seg.end()).replaceAll("[,\\s]+$", "");
      if (content.isBlank()) {
        continue;
      }
      int end = begin + content.length();
      Stance stance = StanceRules.of(a.cue(), content, false);
      ctx.claims.add(new Claim(ctx.article.id(), a.source(), a.cueText(), a.cue().lemma(), a.cueStart(), stance,
          lead >= 0 ? QuoteType.MIXED : QuoteType.DIRECT, begin, end, content, a.via(), a.when(), 0.8));
    }
  }

  /**
   * Where the words leading into a quote begin, when the sentence starts before the quote and is
   * attributed after it: "Teachers in the group are “very, very pro-Bernie,” Kilfoyle said." The
   * source said the whole clause, not only its quoted end. Else -1.
   */
  private int leadIn(Context ctx, QuoteFinder.Quote q, Attribution a) {
    if (a.cueStart() < q.closeEnd()) {
      return asideLeadIn(ctx, q, a);
    }
    for (Sentence s : ctx.text.sentences()) {
      if (s.begin() <= q.openBegin() && q.openBegin() < s.end()) {
        int first = Asides.leadingSkip(s);
        boolean words = false;
        for (int k = first; k < s.size() && s.token(k).begin() < q.openBegin(); k++) {
          Token t = s.token(k);
          words |= Character.isLetterOrDigit(t.text().charAt(0));
          if (t.isVerb() && cues.verb(t.lemma()).isPresent()) {
            return -1; // "He said the plan “works”": the reported-speech pass has it
          }
        }
        boolean sameSentence = a.cueStart() < s.end();
        return words && sameSentence && first < s.size() && ctx.quoteAt(s.token(first).begin()).isEmpty() ? s.token(first).begin() : -1;
      }
    }
    return -1;
  }

  /**
   * Where the words leading into a quote begin when an aside attribution stands between them and
   * the quote goes on with the sentence: "Instead, Axelrod said, “she started as …”", "An economic
   * downturn, he said, “could be a good thing.”" A quote opening with a capital is a sentence of
   * its own ("In a statement, a spokesman said, “We …”"), and alone what was said. Else -1.
   */
  private static int asideLeadIn(Context ctx, QuoteFinder.Quote q, Attribution a) {
    String opening = Context.strip(ctx.slice(q.begin(), q.end()));
    if (opening.isEmpty() || !Character.isLowerCase(opening.charAt(0)) || a.source().end() <= a.source().begin()) {
      return -1;
    }
    for (Sentence s : ctx.text.sentences()) {
      if (s.begin() <= a.source().begin() && a.source().begin() < s.end() && q.openBegin() < s.end() + 2) {
        String before = Context.strip(ctx.slice(s.begin(), a.source().begin()));
        String between = Context.strip(ctx.slice(a.source().end(), q.openBegin()));
        boolean aside = before.endsWith(",") && before.length() > 1 && (between.endsWith(",") || between.endsWith(":"));
        int first = Asides.leadingSkip(s);
        return aside && first < s.size() && s.token(first).begin() < a.source().begin() ? s.token(first).begin() : -1;
      }
    }
    return -1;
  }

  /**
   * Whether {@code next} continues a quote split around its attribution: “…,” he said. “…” or
   * “…,” he said, “…”. Only the attribution stands between them (one clause, same paragraph),
   * and the second part names no speaker of its own after it (“…,” she added).
   */
  private boolean resumes(Context ctx, QuoteFinder.Quote q, QuoteFinder.Quote next, Attribution a) {
    if (a.cueStart() < q.closeEnd() || a.cueStart() >= next.openBegin()) {
      return false;
    }
    int paragraphs = ctx.paragraphOf(next.openBegin()) - ctx.paragraphOf(q.closeEnd() - 1);
    // The next paragraph may go on with the quote when it opens with it: “…,” he said.¶“…”
    if (paragraphs > 1 || paragraphs == 1 && !Context.strip(ctx.slice(ctx.paragraphStart(next.openBegin()), next.openBegin())).isEmpty()) {
      return false;
    }
    String gap = Context.strip(ctx.slice(q.closeEnd(), next.openBegin()));
    if (gap.length() > 200) {
      return false; // more than the attribution
    }
    String ending = Context.strip(gap.replaceAll("[”\"']+$", "")); // a title ending the attribution: on “Meet the Press.”
    if (!gap.isEmpty() && (ending.isEmpty() || ",.:;—–-".indexOf(ending.charAt(ending.length() - 1)) < 0)) {
      return false; // a quoted name inside the attribution: “…,” he told “Fox and Friends.”
    }
    Sentence closing = null;
    for (Sentence t : ctx.text.sentences()) {
      if (t.begin() > a.cueStart() && t.begin() < next.openBegin()) {
        return false; // another sentence after the attribution ("…,” said Lt. Tyler Roe, is one sentence)
      }
      if (closing == null && holdsClose(t, next)) {
        closing = t;
      }
    }
    return closing != null && QuoteAttribution.after(ctx, closing, next, cues) == null;
  }

  /** A quoted title ("State of the Union", "Meet the Press"): a few words opening with a capital. */
  private static boolean isTitle(Context ctx, QuoteFinder.Quote q) {
    String words = Context.strip(ctx.slice(q.begin(), q.end()));
    return q.segments().size() == 1 && !words.isEmpty() && Character.isUpperCase(words.charAt(0)) && words.split("\\s+").length <= 6;
  }

  /** Whether the quote's closing mark ends in (or just after) this sentence. */
  private static boolean holdsClose(Sentence s, QuoteFinder.Quote q) {
    return s.begin() < q.closeEnd() && q.closeEnd() <= s.end() + 1;
  }

  /** Who said a quote, with which cue, and through whom. */
  record Attribution(ClaimSource source, CueLexicon.Cue cue, String cueText, int cueStart, List<String> via, Optional<String> when) {}

  // ---- according to ------------------------------------------------------------------------

  private void according(Context ctx, Sentence s) {
    for (int k = 0; k + 1 < s.size(); k++) {
      if (!(s.token(k).text().equalsIgnoreCase("according") && s.token(k + 1).text().equalsIgnoreCase("to"))) {
        continue;
      }
      Sources.Span x = Provenance.npAfter(s, k + 2);
      if (x.isEmpty()) {
        continue;
      }
      if (k <= 1) {
        x = throughModifiers(s, x);
      }
      if (Provenance.attachesToCue(ctx, s, k) && !openCues) {
        // "X told journalists, according to a Post report": provenance of X's claim. Annotated
        // corpora count it as an attribution of its own, so for a model (open cues) it is one.
        continue;
      }
      Optional<ClaimSource> src = Sources.resolve(ctx, s, x);
      if (src.isEmpty()) {
        continue;
      }
      int first;
      int last;
      if (k <= 1) { // "According to X, …"
        first = Spans.skipCommas(s, x.last() + 1);
        last = Spans.trimEnd(s, first, s.size() - 1);
      } else { // "…, according to X."
        first = Asides.leadingSkip(s);
        for (Claim c : ctx.claims) {
          if (c.cueStart() >= s.begin() && c.cueStart() < s.token(k).begin() && c.end() <= s.token(k).begin()) {
            first = Spans.tokenAt(s, c.start()); // nested: "X reports that Y, according to Z"
          }
        }
        last = Spans.trimEnd(s, first, k - 1);
        int after = throughModifiers(s, x).last() + 1;
        if (after + 1 < s.size() && s.token(after).text().equals(",") && Spans.trimEnd(s, after + 1, s.size() - 1) > after + 1) {
          // "In Iowa, Trump is first, according to the RCP average, although Carson is close": an
          // aside, and what it attributes runs on after it.
          last = Spans.trimEnd(s, first, s.size() - 1);
        }
      }
      if (last <= first) {
        continue;
      }
      int begin = s.token(first).begin();
      int end = s.token(last).end();
      String content = ctx.slice(begin, end);
      Stance stance = isReportSource(src.get()) || src.get().type() == EntityType.MEDIA ? Stance.REPORTED : StanceRules.ofContent(content, false);
      ctx.claims.add(new Claim(ctx.article.id(), src.get(), ctx.slice(s.token(k).begin(), s.token(k + 1).end()), "according to",
          s.token(k).begin(), stance, containsQuote(ctx, begin, end) ? QuoteType.MIXED : QuoteType.INDIRECT, begin, end, content, List.of(), Optional.empty(), 0.75));
    }
  }

  // ---- in a poll --------------------------------------------------------------------------

  /** The nouns that make a sentence-opening "In a … poll," a claim of the poll: PolNeAR marks 16 of 21 such openings on train, "In" the cue. */
  private static final java.util.Set<String> POLLS = java.util.Set.of("poll", "survey");

  /**
   * "In the latest Washington Post-ABC News poll, conducted in May, Clinton led Trump 47 percent
   * to 39 percent": the poll is the source of the rest of the sentence, as after "According to".
   */
  private void inAPoll(Context ctx, Sentence s) {
    if (s.size() < 4 || !s.token(0).text().equals("In")) {
      return;
    }
    Sources.Span x = Provenance.npAfter(s, 1);
    if (x.isEmpty() || !POLLS.contains(s.token(x.last()).lemma().toLowerCase(java.util.Locale.ROOT))) {
      return;
    }
    x = throughModifiers(s, x);
    int first = Spans.skipCommas(s, x.last() + 1);
    if (first > x.last() + 1 && first < s.size() && s.token(first).pos().equals("VBN")) {
      // ", conducted in May,": the participle phrase is the poll's, up to its comma.
      for (int j = first + 1; j < s.size() && j < first + 15; j++) {
        if (s.token(j).text().equals(",")) {
          x = new Sources.Span(x.first(), j - 1);
          first = Spans.skipCommas(s, j);
          break;
        }
      }
    }
    if (first == x.last() + 1 || first >= s.size()) {
      return; // no comma after the poll: "In a poll of 1,000 voters taken …" runs on as a clause of its own
    }
    int last = Spans.trimEnd(s, first, s.size() - 1);
    Optional<ClaimSource> src = Sources.resolve(ctx, s, x);
    if (last <= first || src.isEmpty()) {
      return;
    }
    int begin = s.token(first).begin();
    int end = s.token(last).end();
    ctx.claims.add(new Claim(ctx.article.id(), src.get(), s.token(0).text(), "in", s.token(0).begin(), Stance.REPORTED,
        containsQuote(ctx, begin, end) ? QuoteType.MIXED : QuoteType.INDIRECT, begin, end, ctx.slice(begin, end), List.of(), Optional.empty(), 0.7));
  }

  /**
   * "According to exit polls conducted for the AP and television networks, …": the source runs
   * to the comma that ends the phrase, through the participles and prepositions that modify it.
   * Unchanged when a finite verb or a mark comes first (then the comma is not the phrase's).
   */
  private static Sources.Span throughModifiers(Sentence s, Sources.Span x) {
    for (int i = x.last() + 1; i < s.size(); i++) {
      Token t = s.token(i);
      if (t.text().equals(",")) {
        return i - 1 > x.last() ? new Sources.Span(x.first(), i - 1) : x;
      }
      if (Spans.isFinite(t) || !Character.isLetterOrDigit(t.text().charAt(0))) {
        return x;
      }
    }
    return x;
  }

  // ---- allegedly, reportedly ---------------------------------------------------------------

  private void adverbs(Context ctx, Sentence s) {
    for (int k = 0; k < s.size(); k++) {
      Token t = s.token(k);
      if (!CueLexicon.ADVERBS.contains(t.lemma().toLowerCase(java.util.Locale.ROOT)) || s.head(k) < 0) {
        continue;
      }
      int clause = s.head(k);
      int[] span = s.span(clause);
      int first = span[0];
      while (first < span[1] && (s.relation(first).equals("mark") || s.token(first).text().equals(","))) {
        first++;
      }
      int last = Spans.trimEnd(s, first, span[1]);
      if (last <= first) {
        continue;
      }
      int begin = s.token(first).begin();
      int end = s.token(last).end();
      Stance stance = t.lemma().equalsIgnoreCase("allegedly") ? Stance.ALLEGED : Stance.REPORTED;
      Claim host = null;
      for (int i = 0; i < ctx.claims.size(); i++) {
        Claim c = ctx.claims.get(i);
        if (c.start() <= begin && c.end() >= end && c.end() > c.start()) {
          host = c;
          // The allegation is its own claim: the host's content ends before it.
          int cut = begin;
          String trimmed = ctx.slice(c.start(), cut).replaceAll("[\\s,;]+(?:with|and|while)?[\\s,;]*$", "");
          if (trimmed.length() > 0 && trimmed.length() < c.content().length()) {
            ctx.claims.set(i, c.withContent(c.start(), c.start() + trimmed.length(), trimmed));
          }
          break;
        }
      }
      ClaimSource source = host != null ? host.source()
          : new ClaimSource(stance == Stance.ALLEGED ? "unnamed sources" : "reports", EntityType.OTHER, Optional.empty(), Optional.empty(), t.text(), t.begin(), t.end());
      ctx.claims.add(new Claim(ctx.article.id(), source, t.text(), t.lemma().toLowerCase(java.util.Locale.ROOT), t.begin(), stance, QuoteType.INDIRECT,
          begin, end, ctx.slice(begin, end), host != null ? host.via() : List.of(), host != null ? host.saidWhen() : Optional.empty(), host != null ? 0.7 : 0.5));
    }
  }

}
