package org.claimtrail.pipeline;

import java.util.List;
import java.util.Optional;
import java.time.ZoneOffset;
import java.util.function.Supplier;
import org.claimtrail.claims.ClaimExtractor;
import org.claimtrail.claims.learned.ClaimModel;
import org.claimtrail.claims.entity.AliasTable;
import org.claimtrail.model.ArticleClaims;
import org.claimtrail.nlp.AnnotatedText;
import org.claimtrail.nlp.Annotator;
import org.claimtrail.nlp.corenlp.CoreNlpAnnotator;
import org.claimtrail.extract.Extractor;
import org.claimtrail.extract.text.Blocks;
import org.claimtrail.extract.text.RepeatedLines;
import org.claimtrail.ingest.IngestListener;
import org.claimtrail.ingest.Inputs;
import org.claimtrail.model.Article;
import org.claimtrail.model.ContentKind;
import org.claimtrail.model.RawDocument;
import org.claimtrail.model.StageResult;

/**
 * The stages wired together. Immutable and thread-safe: build one and share it.
 *
 * <p>Stages so far: ingest (sources to raw documents), extract (raw documents to articles), nlp and
 * claims (articles to entities and attributed claims).
 */
public final class Pipeline {
  private final PipelineConfig config;
  private final Extractor extractor;
  private final Supplier<Annotator> annotator;
  private final Supplier<ClaimExtractor> claims;
  private final Optional<AnnotationCache> cache;

  Pipeline(PipelineConfig config) {
    this(config, null);
  }

  private Pipeline(PipelineConfig config, Pipeline sharing) {
    this(config, sharing, true);
  }

  private Pipeline(PipelineConfig config, Pipeline sharing, boolean shareClaims) {
    this.config = config;
    this.extractor = new Extractor(config.extract());
    // CoreNLP takes seconds and gigabytes to load: only when claims are asked for, and once.
    this.annotator = sharing != null ? sharing.annotator : memoize(() -> new CoreNlpAnnotator(config.claims().annotators()));
    this.claims = sharing != null && shareClaims ? sharing.claims : memoize(() -> claimExtractor(config.claims()));
    this.cache = config.claims().annotationCache().map(AnnotationCache::new);
  }

  /**
   * This pipeline with another alias file: the loaded CoreNLP models are shared, only the claim
   * rules are rebuilt (a server picks up analysts' aliases without reloading gigabytes).
   */
  public Pipeline withUserAliases(java.nio.file.Path aliasFile) {
    return new Pipeline(config.withClaims(config.claims().withUserAliases(aliasFile)), this, false);
  }

  private static ClaimExtractor claimExtractor(ClaimsOptions options) {
    java.util.Optional<ClaimModel> model = java.util.Optional.empty();
    if (options.model().isPresent()) {
      try {
        model = java.util.Optional.of(ClaimModel.read(options.model().get()));
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException("Cannot read claim model " + options.model().get() + ": " + e.getMessage(), e);
      }
    }
    return new ClaimExtractor(aliases(options), model, options.openCues() || model.map(ClaimModel::openCues).orElse(false));
  }

  private static AliasTable aliases(ClaimsOptions options) {
    if (options.userAliases().isEmpty()) {
      return AliasTable.standard();
    }
    try {
      return AliasTable.withUserFile(options.userAliases().get());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("Cannot read alias file " + options.userAliases().get(), e);
    }
  }

  private static <T> Supplier<T> memoize(Supplier<T> s) {
    return new Supplier<>() {
      private volatile T value;

      @Override
      public T get() {
        T v = value;
        if (v == null) {
          synchronized (this) {
            v = value;
            if (v == null) {
              value = v = s.get();
            }
          }
        }
        return v;
      }
    };
  }

  /** The annotator (CoreNLP), loaded on first use. */
  public Annotator annotator() {
    return annotator.get();
  }

  /** The first frame of our own code in a stack trace: enough to report a bug without a dump. */
  static String where(Throwable e) {
    for (StackTraceElement f : e.getStackTrace()) {
      if (f.getClassName().startsWith("org.claimtrail.")) {
        return " at " + f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1) + "." + f.getMethodName() + ":" + f.getLineNumber();
      }
    }
    return "";
  }

  /**
   * Finds the entities and attributed claims of an article. CoreNLP gets the configured time
   * ({@link ClaimsOptions#nlpTimeLimit}); an article that takes longer fails with the reason.
   */
  public StageResult<ArticleClaims> claims(Article article) {
    try {
      // The models load before the clock starts: their seconds are not the article's.
      if (cache.isEmpty() || !cache.get().holds(annotator.get(), article.text(), date(article))) {
        annotator.get().warmUp();
      }
      AnnotatedText text;
      try {
        text = TimeLimit.run(config.claims().nlpTimeLimit(), () -> annotate(article));
      } catch (TimeLimit.Exceeded e) {
        return new StageResult.Failed<>(article.origin(), StageResult.Category.LIMIT, "NLP " + e.getMessage() + " (the time limit, --nlp-time-limit) on "
            + article.text().length() + " characters");
      }
      return claims(article, text);
    } catch (RuntimeException e) {
      return new StageResult.Failed<>(article.origin(), StageResult.Category.INTERNAL, "claims failed: " + e + where(e));
    }
  }

  /** The nlp stage alone: the article's text annotated by CoreNLP (or read from the annotation cache). */
  public AnnotatedText annotate(Article article) {
    Optional<java.time.LocalDate> date = date(article);
    return cache.isPresent() ? cache.get().annotated(annotator.get(), article.text(), date) : annotator.get().annotate(article.text(), date);
  }

  private static Optional<java.time.LocalDate> date(Article article) {
    return article.published().map(p -> p.atOffset(ZoneOffset.UTC).toLocalDate());
  }

  /**
   * The claims stage on text annotated earlier ({@link #annotate}); evaluations cache the
   * annotations, which take a hundred times longer than the claim rules.
   */
  public StageResult<ArticleClaims> claims(Article article, AnnotatedText text) {
    try {
      // A pass that failed on a sentence lost its claims there: a warning naming article and sentence.
      var extraction = claims.get().extractWithWarnings(article, text);
      return new StageResult.Ok<>(article.origin(), extraction.claims(), extraction.warnings());
    } catch (RuntimeException e) {
      return new StageResult.Failed<>(article.origin(), StageResult.Category.INTERNAL, "claims failed: " + e + where(e));
    }
  }

  public PipelineConfig config() {
    return config;
  }

  /** Opens the named inputs (files, folders, {@code -}) as a stream of raw documents. */
  public Inputs open(List<String> inputs, IngestListener listener) {
    return Inputs.open(inputs, config.ingest(), listener);
  }

  /** Cleans one raw document into an article. */
  public StageResult<Article> extract(RawDocument doc) {
    return extractor.extract(doc);
  }

  /** A pipeline that learned the corpus's repeated lines, and how many documents it read. */
  public record Learned(Pipeline pipeline, long documents) {}

  /**
   * A copy of this pipeline whose cleaning also removes the lines that recur across the given
   * corpus (see {@link RepeatedLines} for the thresholds). Reads the inputs once; only plain-text
   * documents are learned from, since HTML pages are cleaned on their DOM. The document count
   * lets a runner show an ETA for the real pass.
   */
  public Learned learnBoilerplate(List<String> inputs, IngestListener listener) {
    RepeatedLines.Learner learner = new RepeatedLines.Learner();
    long n = 0;
    try (Inputs in = open(inputs, listener)) {
      for (RawDocument d : in) {
        n++;
        if (d.kind() == ContentKind.TEXT) {
          learner.add(Extractor.publisherKey(d), Blocks.ofText(d.decodedText(), Optional.empty(), Optional.empty()).kept());
        }
      }
    }
    return new Learned(new Pipeline(config.withExtract(config.extract().withRepeatedLines(learner.build())), this), n);
  }
}
