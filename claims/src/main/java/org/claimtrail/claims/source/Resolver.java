package org.claimtrail.claims.source;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.claimtrail.claims.Context;
import org.claimtrail.claims.cue.DataFile;
import org.claimtrail.claims.entity.Entities;
import org.claimtrail.model.ClaimSource;
import org.claimtrail.model.Entity;
import org.claimtrail.model.EntityType;
import org.claimtrail.nlp.Sentence;

/**
 * Resolves a source phrase to a {@link ClaimSource}, by the head of the phrase: a transcript's
 * label, a pronoun ({@link Pronouns}), the entity it mentions (its last mention that is not a
 * possessor: "Seoul's NIS" is NIS), "the company" for the last organisation, a representative of
 * an entity ("a spokesperson for the German government"), a name NER missed, else an unnamed
 * source as written ({@link UnnamedSources}).
 */
public final class Resolver {

  private static final Set<String> ANAPHORS = DataFile.words(Resolver.class, "anaphor-nouns.txt");

  private static final Set<String> REPRESENTATIVES = DataFile.words(Resolver.class, "representative-nouns.txt");

  private Resolver() {}

  /** Resolves a source span to a {@link ClaimSource}; empty when the span names nothing usable. */
  public static Optional<ClaimSource> resolve(Context ctx, Sentence s, Span span) {
    if (span.isEmpty()) {
      return Optional.empty();
    }
    int begin = s.token(span.first()).begin();
    int end = s.token(span.last()).end();
    Optional<Context.SpeakerLabel> label = ctx.speakerLabel(begin).filter(l -> l.bracketed() && l.begin() < end && begin < l.end());
    if (label.isPresent()) {
      int k = afterLabel(s, span, label.get());
      return k <= span.last() ? resolve(ctx, s, new Span(k, span.last())) : Optional.of(labelSpeaks(ctx, s, span));
    }
    if (span.first() == span.last() && (s.token(span.first()).pos().equals("PRP") || s.token(span.first()).pos().equals("PRP$"))) {
      return Pronouns.resolve(ctx, s.token(span.first()), begin, end, Resolver::resolve);
    }
    int head = SourcePhrases.head(s, span);
    if (s.token(head).isTime()) {
      // A time says nothing ("gathered on Wednesday to discuss"); a phrase that ends in one
      // ("according to Johns Hopkins University late today") is said by what comes before it.
      int last = span.last();
      while (last >= span.first() && (s.token(last).isTime() || s.token(last).pos().equals("IN") || s.token(last).pos().equals("DT"))) {
        last--;
      }
      return last >= span.first() && last < span.last() ? resolve(ctx, s, new Span(span.first(), last)) : Optional.empty();
    }
    return named(ctx, s, span, head).or(() -> unnamed(ctx, s, span, head));
  }

  /**
   * Where the words after a transcript's label start in a span that holds it: the parse took the
   * label for a subject ("((WN)) Tell us about …"), and what follows it speaks ("((WN)) Many users
   * say …"), if anything does ({@code span.last() + 1} when nothing does). Not a "Name:" label:
   * the colon pass reads "Name: statement" itself, and "A: I think …" is no claim by "A".
   */
  private static int afterLabel(Sentence s, Span span, Context.SpeakerLabel label) {
    int k = span.first();
    while (k <= span.last() && (s.token(k).begin() < label.end() || !Character.isLetterOrDigit(s.token(k).text().charAt(0)))) {
      k++;
    }
    return k;
  }

  /** The label alone: the transcript's speaker under it, else the writer. */
  private static ClaimSource labelSpeaks(Context ctx, Sentence s, Span span) {
    int begin = s.token(span.first()).begin();
    int end = s.token(span.last()).end();
    ClaimSource speaker = Transcripts.speaker(ctx, begin).orElseGet(() -> Transcripts.author(ctx, s.token(span.first()), begin, end));
    return speaker.writtenAs(ctx.slice(begin, end), begin, end);
  }

  /** An entity the phrase names: at its head, by "the company" after one, as a mention, by a proper name, or represented. */
  private static Optional<ClaimSource> named(Context ctx, Sentence s, Span span, int head) {
    int begin = s.token(span.first()).begin();
    int end = s.token(span.last()).end();
    String written = ctx.slice(begin, end);
    Optional<Entities.TokenMention> atHead = ctx.entities().at(s.index(), head).filter(m -> !m.possessive());
    if (atHead.isPresent()) {
      return Optional.of(Mentions.entitySource(atHead.get().entity(), written, begin, end));
    }
    String headLemma = s.token(head).lemma().toLowerCase(Locale.ROOT);
    boolean definite = s.token(span.first()).lemma().equalsIgnoreCase("the") && span.last() - span.first() == 1;
    if (definite && ANAPHORS.contains(headLemma)) {
      Optional<ClaimSource> antecedent = Antecedents.organisationBefore(ctx, begin);
      if (antecedent.isPresent()) {
        return Optional.of(antecedent.get().writtenAs(written, begin, end));
      }
    }
    Optional<Entities.TokenMention> m = Mentions.in(s, new Span(span.first(), head), ctx.entities());
    if (m.isPresent()) {
      return Optional.of(Mentions.entitySource(m.get().entity(), written, begin, end));
    }
    Optional<Entity> byName = Mentions.properName(ctx, s, span);
    if (byName.isPresent()) {
      return Optional.of(Mentions.entitySource(byName.get(), written, begin, end));
    }
    if (REPRESENTATIVES.contains(headLemma) && head < span.last()) {
      // "representatives from Iran", "a spokesperson for the German government": they speak for it.
      Optional<Entities.TokenMention> principal = Mentions.in(s, new Span(head + 1, span.last()), ctx.entities());
      if (principal.isPresent()) {
        Entity e = principal.get().entity();
        String role = ctx.slice(s.token(span.first()).begin(), s.token(head).end());
        return Optional.of(new ClaimSource(e.canonical(), e.type(), Optional.of(role), Optional.of(e.id()), written, begin, end));
      }
    }
    return Optional.empty();
  }

  /** A name NER did not know ("The Hill reported"), or an unnamed source ("media reports", "his associates"). */
  private static Optional<ClaimSource> unnamed(Context ctx, Sentence s, Span span, int head) {
    int begin = s.token(span.first()).begin();
    int end = s.token(span.last()).end();
    String written = ctx.slice(begin, end);
    if (unrecognisedName(s, span)) {
      // "The Hill reported": a name NER did not know is still a name, written as the article writes it.
      return Optional.of(new ClaimSource(written, EntityType.OTHER, Optional.empty(), Optional.empty(), written, begin, end));
    }
    String name = UnnamedSources.name(s, new Span(span.first(), unnamedEnd(s, span, head)));
    if (name.isEmpty()) {
      return Optional.empty();
    }
    // "his associates" after Navalny: "navalny's associates".
    String first = s.token(span.first()).text().toLowerCase(Locale.ROOT);
    if ((first.equals("his") || first.equals("her")) && span.last() > span.first()) {
      Optional<Entity> owner = Antecedents.lastPerson(ctx, begin);
      if (owner.isPresent()) {
        name = Antecedents.lastWord(owner.get().canonical()).toLowerCase(Locale.ROOT) + "'s" + name.substring(first.length());
      }
    }
    return Optional.of(new ClaimSource(name, EntityType.OTHER, Optional.empty(), Optional.empty(), written, begin, end));
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

  /** The entity or phrase a via-span names, as it should appear in a provenance chain. */
  public static String viaName(Context ctx, Sentence s, Span span) {
    Optional<Entities.TokenMention> m = Mentions.in(s, span, ctx.entities());
    if (m.isPresent()) {
      return m.get().entity().canonical();
    }
    return UnnamedSources.name(s, span);
  }
}
