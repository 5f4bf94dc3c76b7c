package org.claimtrail.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.claimtrail.claims.cue.CueLexicon;
import org.claimtrail.claims.entity.AliasTable;
import org.claimtrail.claims.entity.Entities;
import org.claimtrail.claims.entity.EntityResolver;
import org.claimtrail.claims.learned.ClaimModel;
import org.claimtrail.claims.phrase.AccordingTo;
import org.claimtrail.claims.phrase.Allegedly;
import org.claimtrail.claims.phrase.InAPoll;
import org.claimtrail.claims.phrase.NameColon;
import org.claimtrail.claims.phrase.OwnedNouns;
import org.claimtrail.claims.provenance.ProvenanceSpread;
import org.claimtrail.claims.quote.DirectQuotes;
import org.claimtrail.claims.reported.AsClauses;
import org.claimtrail.claims.reported.ReportedSpeech;
import org.claimtrail.claims.stance.QuestionHedging;
import org.claimtrail.model.Article;
import org.claimtrail.model.ArticleClaims;
import org.claimtrail.model.Claim;
import org.claimtrail.nlp.AnnotatedText;
import org.claimtrail.nlp.Sentence;

/**
 * The claims stage: article plus annotation in, entities and attributed claims out. Each sentence
 * goes through the {@link ClaimPass}es in order (reported speech, as-clauses, "Name: …", direct
 * quotes, "according to", polls, "allegedly", owned nouns); then the {@link ArticleStep}s run over
 * all of the article's claims (quotations left to their sayings, provenance spread, overlaps, the
 * optional model, questions). A pass that fails on a sentence loses its claims there and nothing
 * else; a step that fails is skipped; both are reported ({@link #extractWithWarnings}).
 * Immutable and thread-safe; the per-article state lives in a {@link Context}.
 */
public final class ClaimExtractor {
  /** Longest source phrase taken as a source. */
  static final int MAX_SOURCE_CHARS = 200;

  private static final List<ClaimPass> PASSES = List.of(new ReportedSpeech(), new AsClauses(), new NameColon(), new DirectQuotes(),
      new AccordingTo(), new InAPoll(), new Allegedly(), new OwnedNouns());

  private final CueLexicon cues;
  private final EntityResolver resolver;
  private final List<ClaimPass> passes;
  private final List<ArticleStep> steps;
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
    this(aliases, model, openCues, PASSES);
  }

  /** With passes of one's own, in order (a test's, to see what a failing pass costs). */
  ClaimExtractor(AliasTable aliases, Optional<ClaimModel> model, boolean openCues, List<ClaimPass> passes) {
    this.cues = CueLexicon.standard();
    this.resolver = new EntityResolver(aliases);
    this.passes = List.copyOf(passes);
    this.steps = steps(model);
    this.openCues = openCues;
  }

  public ClaimExtractor() {
    this(AliasTable.standard());
  }

  /** The standard passes, in the order they run on each sentence. */
  static List<ClaimPass> standardPasses() {
    return PASSES;
  }

  private static List<ArticleStep> steps(Optional<ClaimModel> model) {
    List<ArticleStep> steps = new ArrayList<>();
    steps.add(ArticleStep.of("quotations left to their sayings", ClaimExtractor::quotationsLeftToTheirSayings));
    steps.add(new ProvenanceSpread());
    // A source is a noun phrase: a "source" hundreds of characters long is a misparse of text with no
    // sentence breaks (a run-on page), not somebody who said something.
    steps.add(ArticleStep.of("overlong sources", (ctx, claims) -> claims.stream().filter(c -> c.source().text().length() <= MAX_SOURCE_CHARS).toList()));
    steps.add(ArticleStep.of("nested beliefs", Overlaps::withoutNestedStances));
    steps.add(ArticleStep.of("quotes inside their content", Overlaps::withoutQuotesInsideTheirContent));
    steps.add(ArticleStep.of("duplicates", Overlaps::dedupe));
    // Drops the false finds, then moves content boundaries.
    model.ifPresent(m -> steps.add(ArticleStep.of("claim model", (ctx, claims) -> m.apply(claims, ctx.text()))));
    steps.add(ArticleStep.of("contents closing their quotes", Overlaps::closingTheirQuotes));
    steps.add(new QuestionHedging());
    return List.copyOf(steps);
  }

  public ArticleClaims extract(Article article, AnnotatedText text) {
    return extractWithWarnings(article, text).claims();
  }

  /** The article's claims, and a warning for each pass that failed on a sentence and each step that failed. */
  public Extraction extractWithWarnings(Article article, AnnotatedText text) {
    Entities entities = resolver.resolve(text);
    Context ctx = new Context(article, text, entities, cues, openCues);
    List<String> warnings = new ArrayList<>();
    for (Sentence s : text.sentences()) {
      for (ClaimPass pass : passes) {
        Context.Savepoint before = ctx.savepoint();
        try {
          pass.find(ctx, s);
        } catch (RuntimeException e) {
          ctx.rollBack(before);
          warnings.add(Failures.ofPass(article, s, pass, e));
        }
      }
    }
    List<Claim> claims = ctx.claims();
    for (ArticleStep step : steps) {
      try {
        claims = step.apply(ctx, claims);
      } catch (RuntimeException e) {
        warnings.add(Failures.ofStep(article, step, e));
      }
    }
    return new Extraction(new ArticleClaims(article, entities.entities(), entities.mentions(), claims), warnings);
  }

  /** Quotations a saying introduced that the quote pass found no speaker for: the saying's after all. */
  private static List<Claim> quotationsLeftToTheirSayings(Context ctx, List<Claim> claims) {
    List<Claim> out = new ArrayList<>(claims);
    for (Claim q : ctx.quotedBySaying()) {
      if (out.stream().noneMatch(c -> c.start() <= q.start() && q.end() <= c.end())) {
        out.add(q);
      }
    }
    return out;
  }
}
