package org.claimtrail.spark;

import java.util.Iterator;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.claimtrail.ingest.DocumentSource;
import org.claimtrail.ingest.IngestListener;
import org.claimtrail.model.Article;
import org.claimtrail.model.ArticleClaims;
import org.claimtrail.model.RawDocument;
import org.claimtrail.model.StageResult;
import org.claimtrail.pipeline.Claimtrail;
import org.claimtrail.pipeline.Pipeline;

/**
 * The per-partition work: the CLI's own pipeline (ingest → extract → nlp → claims), created once
 * per executor JVM; CoreNLP inside it keeps one annotation pipeline per executor thread. Every
 * document becomes one result row; a bad one becomes a reject row with its origin and reason, and
 * never fails the task.
 */
public final class Stages {
  private Stages() {}

  /** One pipeline per executor JVM and set of claim files (tests run jobs with different ones in one JVM). */
  private static final java.util.concurrent.ConcurrentHashMap<ClaimFiles, Pipeline> PIPELINES = new java.util.concurrent.ConcurrentHashMap<>();

  static Pipeline pipeline(ClaimFiles files) {
    return PIPELINES.computeIfAbsent(files, f -> f.equals(ClaimFiles.NONE) ? Claimtrail.pipeline() : Claimtrail.pipeline(f::configure));
  }

  /**
   * Result rows, produced lazily (a WARC of thousands of pages never sits in memory): (kind
   * "article", "skipped" or "reject"; the article key or the origin; the content hash; the origin;
   * the stage; the article as JSON, or the reason; the input file). See {@link Tables#RESULTS}.
   */
  public static Iterator<Row> process(Iterator<Split> splits, ClaimFiles files, org.apache.hadoop.conf.Configuration conf) {
    Pipeline p = pipeline(files);
    java.util.ArrayDeque<Row> pending = new java.util.ArrayDeque<>();
    return new Iterator<>() {
      private DocumentSource docs;
      private Iterator<RawDocument> current;
      private Split split;

      @Override
      public boolean hasNext() {
        while (pending.isEmpty()) {
          if (current != null && advance()) {
            continue;
          }
          if (!splits.hasNext()) {
            return false;
          }
          openNext();
        }
        return true;
      }

      /** Adds the next document's row; false when this split is finished. */
      private boolean advance() {
        try {
          if (current.hasNext()) {
            pending.add(one(p, current.next()));
            return true;
          }
        } catch (RuntimeException e) {
          pending.add(reject(split.origin(), "ingest", String.valueOf(e.getMessage())));
        }
        closeCurrent();
        return !pending.isEmpty();
      }

      private void openNext() {
        split = splits.next();
        IngestListener listener = new IngestListener() {
          @Override
          public void skipped(String origin, String reason) {
            // A record that is not a page on purpose (a WARC request, an image): counted, not an error.
            pending.add(RowFactory.create("skipped", origin, "", origin, "ingest", reason));
          }

          @Override
          public void failed(String origin, String reason) {
            pending.add(reject(origin, "ingest", reason));
          }
        };
        try {
          docs = SplitReader.open(split, p.config().ingest(), listener, conf);
          current = docs.iterator();
        } catch (Exception e) {
          pending.add(reject(split.origin(), "ingest", String.valueOf(e.getMessage())));
          current = null;
        }
      }

      private void closeCurrent() {
        try {
          if (docs != null) {
            docs.close();
          }
        } catch (java.io.IOException e) {
          pending.add(reject(split.origin(), "ingest", "cannot close: " + e.getMessage()));
        }
        docs = null;
        current = null;
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        // Every pending row is of the current split (the next opens only once they are out): name its input file.
        Row r = pending.poll();
        Object[] values = new Object[r.size() + 1];
        for (int i = 0; i < r.size(); i++) {
          values[i] = r.get(i);
        }
        values[r.size()] = split.name();
        return RowFactory.create(values);
      }
    };
  }

  static Row one(Pipeline p, RawDocument doc) {
    try {
      StageResult<Article> a = p.extract(doc);
      if (a instanceof StageResult.Skipped<Article> skipped) {
        return RowFactory.create("skipped", doc.origin(), "", doc.origin(), "extract", skipped.reason());
      }
      if (!(a instanceof StageResult.Ok<Article> article)) {
        return reject(doc.origin(), "extract", describe(a));
      }
      StageResult<ArticleClaims> c = p.claims(article.value());
      if (!(c instanceof StageResult.Ok<ArticleClaims> ok)) {
        return reject(doc.origin(), "claims", describe(c));
      }
      return RowFactory.create("article", ArticleCodec.key(ok.value()), ok.value().article().contentHash(), doc.origin(), "", ArticleCodec.encode(ok.value()));
    } catch (RuntimeException e) {
      return reject(doc.origin(), "internal", e.toString());
    }
  }

  private static Row reject(String origin, String stage, String reason) {
    return RowFactory.create("reject", origin, "", origin, stage, reason);
  }

  private static String describe(StageResult<?> r) {
    return r instanceof StageResult.Failed<?> f ? f.category().name().toLowerCase(java.util.Locale.ROOT) + ": " + f.message() : String.valueOf(r);
  }
}
