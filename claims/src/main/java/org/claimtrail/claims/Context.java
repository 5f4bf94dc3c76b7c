package org.claimtrail.claims;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimtrail.claims.cue.CueLexicon;
import org.claimtrail.claims.entity.Entities;
import org.claimtrail.claims.entity.NameGender;
import org.claimtrail.claims.quote.ArticleQuotes;
import org.claimtrail.claims.span.Tokens;
import org.claimtrail.model.Article;
import org.claimtrail.model.Claim;
import org.claimtrail.model.ClaimSource;
import org.claimtrail.model.QuoteType;
import org.claimtrail.model.Stance;
import org.claimtrail.nlp.AnnotatedText;

/**
 * Everything the claim rules need about one article while they run: the article, its annotation,
 * entities and quotes, the cue lexicon, the claims found so far, and its paragraphs and transcript
 * labels. One per article and thread; the passes add to it, and a pass that fails on a sentence
 * is rolled back ({@link #savepoint()}, {@link #rollBack}).
 */
public final class Context {
  private final Article article;
  private final AnnotatedText text;
  private final Entities entities;
  private final ArticleQuotes quotes;
  private final CueLexicon cues;
  private final boolean openCues;
  private final Optional<LocalDate> published;
  private final List<Claim> claims = new ArrayList<>();
  /** Quotations a saying introduces ("sent an email saying, “done.”"), kept for the quotes no other pass attributes. */
  private final List<Claim> quotedBySaying = new ArrayList<>();
  private final List<Integer> paragraphStarts = new ArrayList<>();
  /** Transcript paragraphs' speaker labels, by paragraph index. */
  private final TreeMap<Integer, SpeakerLabel> speakerLabels = new TreeMap<>();
  /** Who each label names, worked out once and asked for every pronoun under it (see {@code source.Transcripts}). */
  private final Map<SpeakerLabel, Optional<ClaimSource>> labelSpeakers = new HashMap<>();
  /** Each person's gender as far as the article tells, by entity id: worked out once, asked for every pronoun. */
  private final Map<String, Optional<NameGender.Gender>> genders = new HashMap<>();

  /**
   * @param openCues whether every verb is tried as a cue (for the claim model to judge)
   */
  public Context(Article article, AnnotatedText text, Entities entities, CueLexicon cues, boolean openCues) {
    this.article = article;
    this.text = text;
    this.entities = entities;
    this.quotes = new ArticleQuotes(text.text());
    this.cues = cues;
    this.openCues = openCues;
    this.published = article.published().map(p -> p.atOffset(ZoneOffset.UTC).toLocalDate());
    paragraphStarts.add(0);
    String t = text.text();
    int lineStart = 0;
    for (int i = t.indexOf('\n'); i >= 0; i = t.indexOf('\n', i + 1)) {
      // A blank line ends a paragraph; so does a single line break after a line too long to have
      // been wrapped by hand (scraped text often puts one paragraph per line; wire copy such as
      // Reuters wraps its paragraphs at about 70 columns).
      boolean blank = i + 1 < t.length() && t.charAt(i + 1) == '\n';
      if ((blank || i - lineStart > LONGEST_WRAPPED_LINE) && i + 1 < t.length()) {
        int start = blank ? i + 2 : i + 1;
        if (paragraphStarts.get(paragraphStarts.size() - 1) < start) {
          paragraphStarts.add(start);
        }
      }
      lineStart = i + 1;
    }
    findSpeakerLabels();
  }

  public Article article() {
    return article;
  }

  public AnnotatedText text() {
    return text;
  }

  public Entities entities() {
    return entities;
  }

  public ArticleQuotes quotes() {
    return quotes;
  }

  public CueLexicon cues() {
    return cues;
  }

  /** Whether every verb is tried as a cue, for the claim model to judge. */
  public boolean openCues() {
    return openCues;
  }

  /** The claims the passes have found so far, in the order found; passes add to it and may amend it. */
  public List<Claim> claims() {
    return claims;
  }

  /** Quotations a saying introduces, attributed to it only if the quote pass finds no speaker for them. */
  public List<Claim> quotedBySaying() {
    return quotedBySaying;
  }

  public Map<SpeakerLabel, Optional<ClaimSource>> labelSpeakers() {
    return labelSpeakers;
  }

  public Map<String, Optional<NameGender.Gender>> genders() {
    return genders;
  }

  /** What the passes have added so far: a pass that fails on a sentence is rolled back to it. */
  public record Savepoint(List<Claim> claims, int quotedBySaying, int mentions) {}

  public Savepoint savepoint() {
    return new Savepoint(List.copyOf(claims), quotedBySaying.size(), entities.mentionCount());
  }

  /** Undoes what was added or changed since {@code p}: the claims, the quotations, the mentions of pronouns. */
  public void rollBack(Savepoint p) {
    claims.clear();
    claims.addAll(p.claims());
    quotedBySaying.subList(p.quotedBySaying(), quotedBySaying.size()).clear();
    entities.dropMentionsFrom(p.mentions());
  }

  /** A claim of this article; its content is the text at {@code [start, end)}. */
  public Claim claim(ClaimSource source, String cue, String cueLemma, int cueStart, Stance stance, QuoteType quote, int start, int end,
      List<String> via, Optional<String> saidWhen, double confidence) {
    return new Claim(article.id(), source, cue, cueLemma, cueStart, stance, quote, start, end, slice(start, end), via, saidWhen, confidence);
  }

  private static final int LONGEST_WRAPPED_LINE = 100;

  /**
   * A speaker label at the start of a transcript paragraph: "((Dorsa Derakhshani)) I got
   * interested…" (Wikinews interviews, whose bold names come through as double parentheses) or
   * "SANDERS: We will…", "Jo Jorgensen: I…". Capitalised, so that a language mark such as "((fa))"
   * is not one; up to five words before a colon, so that a sentence with a colon is not one.
   */
  private static final Pattern SPEAKER_LABEL = Pattern.compile(
      "\\(\\((\\p{Lu}[^()\\n]{0,58})\\)\\)|(\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,4}):\\s");

  /** How many labelled paragraphs make an article a transcript. */
  private static final int TRANSCRIPT_LABELS = 3;

  /** How many words a paragraph needs after a "Name:" label: "Bill Hammons: Image credit." is a caption. */
  private static final int LABELLED_WORDS = 4;

  /**
   * A transcript's speaker label: where its name is in the text, whether the paragraphs under
   * that name are mostly questions (the interviewer's: "((WN)) What interested you …?"), and
   * whether it is written "((Name))" rather than "Name:".
   */
  public record SpeakerLabel(int begin, int end, String name, boolean asks, boolean bracketed) {}

  private record Found(int begin, int end, String name, boolean bracketed) {}

  private void findSpeakerLabels() {
    String t = text.text();
    Map<Integer, Found> found = new TreeMap<>(); // by paragraph
    Map<String, int[]> questions = new HashMap<>(); // name -> {paragraphs ending in "?", paragraphs}
    for (int p = 0; p < paragraphStarts.size(); p++) {
      int from = paragraphStarts.get(p);
      int to = p + 1 < paragraphStarts.size() ? paragraphStarts.get(p + 1) : t.length();
      while (from < to && Character.isWhitespace(t.charAt(from))) {
        from++;
      }
      Matcher m = SPEAKER_LABEL.matcher(t).region(from, to);
      if (!m.lookingAt()) {
        continue;
      }
      String rest = Tokens.strip(t.substring(m.end(), to));
      int g = m.group(1) != null ? 1 : 2;
      if (g == 2 && rest.split("\\s+").length < LABELLED_WORDS) {
        continue; // "Bill Hammons: Image credit." under a photo; "((Name)) Yes." is an answer
      }
      String name = Tokens.strip(m.group(g));
      found.put(p, new Found(m.start(g), m.end(g), name, g == 1));
      int[] q = questions.computeIfAbsent(name, k -> new int[2]);
      q[0] += rest.endsWith("?") ? 1 : 0;
      q[1]++;
    }
    if (found.size() < TRANSCRIPT_LABELS) {
      return; // a headline-style "Name: statement" or a list, not a transcript: a column's "I" after it is still its writer
    }
    found.forEach((p, f) -> {
      int[] q = questions.get(f.name());
      speakerLabels.put(p, new SpeakerLabel(f.begin(), f.end(), f.name(), 2 * q[0] > q[1], f.bracketed()));
    });
  }

  /**
   * The speaker label that governs {@code offset} in a transcript: its own paragraph's, or else
   * the nearest earlier paragraph's (an answer often runs over several paragraphs, only the first
   * labelled). Empty before the first label, and in articles that have none.
   */
  public Optional<SpeakerLabel> speakerLabel(int offset) {
    Map.Entry<Integer, SpeakerLabel> e = speakerLabels.floorEntry(paragraphOf(offset));
    return e == null ? Optional.empty() : Optional.of(e.getValue());
  }

  public int paragraphOf(int offset) {
    int p = 0;
    for (int i = 0; i < paragraphStarts.size() && paragraphStarts.get(i) <= offset; i++) {
      p = i;
    }
    return p;
  }

  /** Where the paragraph holding {@code offset} starts. */
  public int paragraphStart(int offset) {
    return paragraphStarts.get(paragraphOf(offset));
  }

  public Optional<Integer> year() {
    return published.map(LocalDate::getYear);
  }

  public String slice(int begin, int end) {
    return text.text().substring(begin, end);
  }
}
