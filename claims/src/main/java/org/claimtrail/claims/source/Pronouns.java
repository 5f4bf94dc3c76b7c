package org.claimtrail.claims.source;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimtrail.claims.Context;
import org.claimtrail.claims.cue.DataFile;
import org.claimtrail.claims.entity.Entities;
import org.claimtrail.claims.entity.NameGender;
import org.claimtrail.claims.span.Tokens;
import org.claimtrail.model.Claim;
import org.claimtrail.model.ClaimSource;
import org.claimtrail.model.Entity;
import org.claimtrail.model.EntityType;
import org.claimtrail.model.Mention;
import org.claimtrail.nlp.Sentence;
import org.claimtrail.nlp.Token;

/**
 * Who a pronoun source is. "I" and "we": the writer, or a transcript's speaker. "It": the last
 * organisation. "He", "she": the speaker of the nearest earlier claim by a person of the pronoun's
 * gender, or a person who was a clause's subject since, or the nearest person named. "They": the
 * last group that spoke, or a plural subject since.
 */
final class Pronouns {
  /** Each pronoun a source can be, and what it stands for: person, group, first ({@code pronouns.tsv}). */
  private static final Map<String, String> KINDS = DataFile.pairs(Pronouns.class, "pronouns.tsv");

  /** How a noun phrase resolves, for "they" that stands for a plural subject ("Researchers … They found"). */
  interface Phrases {
    Optional<ClaimSource> resolve(Context ctx, Sentence s, Span span);
  }

  /** The latest earlier claim whose speaker the pronoun can stand for, and where its cue is. */
  private record Speaker(ClaimSource source, Claim claim, int at) {}

  private Pronouns() {}

  /** The source a pronoun at {@code begin..end} stands for; empty when it stands for none. */
  static Optional<ClaimSource> resolve(Context ctx, Token t, int begin, int end, Phrases phrases) {
    String p = t.text().toLowerCase(Locale.ROOT);
    if ("first".equals(KINDS.get(p))) {
      // Outside quotes the writer speaks (a column, an op-ed), except in a transcript, where the
      // person whose label heads the answer does ("((Dorsa Derakhshani)) I got interested …").
      return Optional.of(Transcripts.speaker(ctx, begin).map(src -> standsFor(ctx, src, t, begin, end)).orElseGet(() -> Transcripts.author(ctx, t, begin, end)));
    }
    if (p.equals("it")) {
      // "It said …": an organisation spoken of before (a report, an agency, a campaign).
      return Antecedents.organisationBefore(ctx, begin).map(a -> a.writtenAs(t.text(), begin, end));
    }
    boolean person = "person".equals(KINDS.get(p));
    boolean group = "group".equals(KINDS.get(p));
    if (!person && !group) {
      return Optional.empty();
    }
    return thirdPerson(ctx, t, begin, end, person, phrases);
  }

  /** "He", "she" ({@code person}) or "they": an earlier speaker, a subject since, or the nearest person. */
  private static Optional<ClaimSource> thirdPerson(Context ctx, Token t, int begin, int end, boolean person, Phrases phrases) {
    String p = t.text().toLowerCase(Locale.ROOT);
    int paragraph = ctx.paragraphOf(begin);
    // In a transcript's answer, "he" or "she" is someone the one answering speaks of: never the
    // name in the answer's label, the nearest person mentioned.
    Optional<String> answering = Transcripts.speaker(ctx, begin).flatMap(ClaimSource::entityId);
    // Candidates: the speaker of the latest earlier claim, and the latest person who was a
    // clause's subject; the more recent one wins ("Honcharuk filed … He said …").
    Speaker last = lastSpeaker(ctx, t, begin, paragraph, person);
    int speakerAt = last == null ? -1 : last.at();
    if (person) {
      Optional<ClaimSource> subject = subjectSince(ctx, t, begin, end, paragraph, speakerAt, answering);
      if (subject.isPresent()) {
        return subject;
      }
    }
    ClaimSource speaker = last == null ? null : last.source();
    if (!person && speaker != null) {
      // "Researchers tested samples … They found": a plural subject more recent than the last
      // group that spoke (before, "they" went to the last organisation or country that spoke).
      // Only against a speaker: in interviews a "they" with no group speaker before is mostly
      // talk about people, and the nearest plural subject there is as often a thing ("the ideas
      // … do exist. Because they are not informed").
      speaker = pluralSubjectBefore(ctx, begin, paragraph, speakerAt, phrases).orElse(speaker);
    }
    if (speaker != null && !(person && oneUnnamedPerson(speaker, p) && personSince(ctx, t, last.claim(), begin, answering))) {
      return Optional.of(standsFor(ctx, speaker, t, begin, end));
    }
    // No earlier speaker (or an unnamed one, with a person named since): the nearest person
    // mentioned before.
    return person ? nearestPerson(ctx, t, begin, end, answering) : Optional.empty();
  }

  /** The speaker of the latest earlier claim, within three paragraphs, that the pronoun can stand for; null if none. */
  private static Speaker lastSpeaker(Context ctx, Token t, int begin, int paragraph, boolean person) {
    String p = t.text().toLowerCase(Locale.ROOT);
    for (int i = ctx.claims().size() - 1; i >= 0; i--) {
      Claim c = ctx.claims().get(i);
      if (c.cueStart() >= begin || ctx.paragraphOf(c.cueStart()) < paragraph - 3 || "first".equals(KINDS.get(c.source().text().toLowerCase(Locale.ROOT)))) {
        continue; // nor is "he" whoever says "I": the writer, or in a transcript the one answering
      }
      EntityType type = c.source().type();
      boolean agrees = c.source().entityId().map(id -> agrees(ctx, t, id)).orElse(true);
      boolean persons = person && ((type == EntityType.PERSON && agrees) || oneUnnamedPerson(c.source(), p));
      if (persons || (!person && type != EntityType.PERSON)) {
        return new Speaker(c.source(), c, c.cueStart());
      }
    }
    return null;
  }

  /**
   * The latest person of the pronoun's gender who was a clause's subject after the last speaker
   * ({@code speakerAt}), within three paragraphs; in the pronoun's own sentence only the subject of
   * a clause the pronoun sits in: "Limbaugh used his platform to discuss what he described", not
   * "Trump met Cruz, and he said".
   */
  private static Optional<ClaimSource> subjectSince(Context ctx, Token t, int begin, int end, int paragraph, int speakerAt, Optional<String> answering) {
    for (int i = ctx.entities().tokenMentions().size() - 1; i >= 0; i--) {
      Entities.TokenMention m = ctx.entities().tokenMentions().get(i);
      Sentence ms = ctx.text().sentences().get(m.sentence());
      int at = ms.token(m.first()).begin();
      if (at >= begin || ctx.paragraphOf(at) < paragraph - 3 || !canBe(ctx, t, m, answering)) {
        continue;
      }
      int subjectToken = -1;
      for (int k = m.first(); k <= m.last(); k++) {
        subjectToken = ms.relation(k).startsWith("nsubj") ? k : subjectToken;
      }
      boolean subject = subjectToken >= 0;
      boolean sameSentence = ms.index() == Antecedents.sentenceOf(ctx, begin);
      if (!subject || at <= speakerAt || (sameSentence && !Antecedents.dominates(ms, ms.head(subjectToken), begin))) {
        if (at <= speakerAt) {
          break;
        }
        continue;
      }
      return Optional.of(mentioned(ctx, m.entity(), t, begin, end));
    }
    return Optional.empty();
  }

  /** The nearest person mentioned before the pronoun that it can stand for, else "she (unresolved)". */
  private static Optional<ClaimSource> nearestPerson(Context ctx, Token t, int begin, int end, Optional<String> answering) {
    for (int i = ctx.entities().tokenMentions().size() - 1; i >= 0; i--) {
      Entities.TokenMention m = ctx.entities().tokenMentions().get(i);
      Sentence ms = ctx.text().sentences().get(m.sentence());
      if (ms.token(m.first()).begin() < begin && canBe(ctx, t, m, answering)) {
        return Optional.of(mentioned(ctx, m.entity(), t, begin, end));
      }
    }
    if (NameGender.ofPronoun(t.text()).isPresent()) {
      // "She said …" with no woman named before: someone, unresolved, rather than a wrong name or no claim.
      return Optional.of(new ClaimSource(t.text().toLowerCase(Locale.ROOT) + ClaimSource.UNRESOLVED, EntityType.PERSON, Optional.empty(), Optional.empty(),
          t.text(), begin, end));
    }
    return Optional.empty();
  }

  /** The person {@code e} written as the pronoun, which becomes a mention of them. */
  private static ClaimSource mentioned(Context ctx, Entity e, Token t, int begin, int end) {
    ctx.entities().addMention(new Mention(begin, end, t.text(), e.id()));
    return new ClaimSource(e.canonical(), e.type(), e.role(), Optional.of(e.id()), t.text(), begin, end);
  }

  /**
   * Whether a person the pronoun can stand for is mentioned after the claim {@code since} was
   * made (outside what it said, and outside quotation marks) and before {@code to}: after "a
   * family spokesperson said …", "Vice President Rebecca Nyandeng … commented. She said" is about
   * her, though she is no clause's subject and made no claim.
   */
  private static boolean personSince(Context ctx, Token t, Claim since, int to, Optional<String> answering) {
    for (Entities.TokenMention m : ctx.entities().tokenMentions()) {
      int at = ctx.text().sentences().get(m.sentence()).token(m.first()).begin();
      boolean said = (at >= since.start() && at < since.end()) || ctx.quotes().at(at).isPresent();
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

  /** Nouns for one unnamed person ("a company official said. … He said"), by gender: {@code person-nouns.tsv}. */
  private static final Map<String, String> PERSON_NOUNS = DataFile.pairs(Pronouns.class, "person-nouns.tsv");

  /**
   * Whether a source is one unnamed person ("parliamentary official", "another dealer") whom the
   * pronoun {@code p} ("he", "her", …) can stand for: "she" not for a "spokesman".
   */
  private static boolean oneUnnamedPerson(ClaimSource src, String p) {
    if (src.named() || src.type() != EntityType.OTHER || src.name().endsWith(ClaimSource.UNRESOLVED)) {
      return false;
    }
    String head = Antecedents.lastWord(src.name()).toLowerCase(Locale.ROOT);
    String gender = PERSON_NOUNS.get(head);
    if ("male".equals(gender)) {
      return !p.equals("she") && !p.equals("her");
    }
    if ("female".equals(gender)) {
      return !p.equals("he") && !p.equals("him") && !p.equals("his");
    }
    return "any".equals(gender);
  }

  /**
   * The latest plural noun subject ("researchers", "the ministers"; not an amount of some unit,
   * "600,000 tonnes", though "15,000 miners" can be) of a clause that starts after {@code after}
   * and before the pronoun at {@code offset}, within three paragraphs; in the pronoun's own
   * sentence, only one whose clause holds the pronoun ("Police said they …"). A subject of several
   * conjoined names ("Shoukry and Dendias met … They said") is a group this source type cannot
   * name: "they (unresolved)", rather than whoever spoke last.
   */
  private static Optional<ClaimSource> pluralSubjectBefore(Context ctx, int offset, int paragraph, int after, Phrases phrases) {
    int own = Antecedents.sentenceOf(ctx, offset);
    for (int si = own; si >= 0; si--) {
      Sentence ms = ctx.text().sentences().get(si);
      if (ms.size() == 0 || ctx.paragraphOf(ms.begin()) < paragraph - 3 || ms.end() <= after) {
        break;
      }
      for (int k = ms.size() - 1; k >= 0; k--) {
        Token t = ms.token(k);
        String rel = ms.relation(k);
        if (t.begin() >= offset || t.begin() <= after || !(rel.equals("nsubj") || rel.equals("nsubj:pass")) || t.isTime()
            || countedUnits(ms, k) || (si == own && !Antecedents.dominates(ms, ms.head(k), offset))) {
          continue;
        }
        boolean conjoined = ms.children(k).stream().anyMatch(j -> ms.relation(j).equals("conj") && ms.token(j).isNoun());
        if (conjoined) {
          return Optional.of(new ClaimSource("they" + ClaimSource.UNRESOLVED, EntityType.OTHER, Optional.empty(), Optional.empty(), "they", 0, 0));
        }
        if (t.pos().equals("NNS") || t.pos().equals("NNPS")) {
          int[] span = ms.span(k);
          return phrases.resolve(ctx, ms, new Span(span[0], Math.min(span[1], k)));
        }
      }
    }
    return Optional.empty();
  }

  /** Whether token {@code k} counts units ("600,000 tonnes", "300 billion yen"): never "they" who speak. */
  private static boolean countedUnits(Sentence s, int k) {
    return UNITS.contains(s.token(k).lemma().toLowerCase(Locale.ROOT)) && Tokens.amount(s, k);
  }

  private static final Set<String> UNITS = DataFile.words(Pronouns.class, "units.txt");

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
    Optional<NameGender.Gender> is = ctx.genders().computeIfAbsent(personId,
        id -> ctx.entities().byId(id).flatMap(e -> genderFromMentions(ctx, e)));
    return is.isEmpty() || said.equals(is);
  }

  private static Optional<NameGender.Gender> genderFromMentions(Context ctx, Entity person) {
    for (Entities.TokenMention m : ctx.entities().tokenMentions()) {
      if (m.entity().id().equals(person.id())) {
        Sentence ms = ctx.text().sentences().get(m.sentence());
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

  /** A pronoun standing for {@code src}: the source written as the pronoun, which becomes a mention of its entity. */
  private static ClaimSource standsFor(Context ctx, ClaimSource src, Token t, int begin, int end) {
    src.entityId().ifPresent(id -> ctx.entities().addMention(new Mention(begin, end, t.text(), id)));
    return src.writtenAs(t.text(), begin, end);
  }
}
