package org.claimtrail.spark;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.claimtrail.ingest.DocumentSource;
import org.claimtrail.ingest.IngestListener;
import org.claimtrail.model.ArticleClaims;
import org.claimtrail.model.RawDocument;
import org.claimtrail.model.StageResult;
import org.claimtrail.pipeline.Claimtrail;
import org.claimtrail.pipeline.Pipeline;

/**
 * The per-partition work: the CLI's own pipeline (ingest → extract → nlp → claims), created once
 * per executor JVM; CoreNLP inside it keeps one annotation pipeline per executor thread. Every
 * document read becomes one result row (a record the reader skips or cannot read too): an article,
 * a skip, or a reject with its origin, stage and reason; a bad one never fails the task.
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
  public static Iterator<Row> process(Iterator<Split> splits, ClaimFiles files, Configuration conf) {
    return new Rows(splits, pipeline(files), conf);
  }

  /** The rows of a partition's splits, a split opened when the one before is read to its end. */
  private static final class Rows implements Iterator<Row> {
    private final Iterator<Split> splits;
    private final Pipeline p;
    private final Configuration conf;
    private final ArrayDeque<Row> pending = new ArrayDeque<>();
    private DocumentSource docs;
    private Iterator<RawDocument> current;
    private Split split;

    Rows(Iterator<Split> splits, Pipeline p, Configuration conf) {
      this.splits = splits;
      this.p = p;
      this.conf = conf;
    }

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

    @Override
    public Row next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
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
        // A record the reader skips is a document of the run too, as on one machine.
        @Override
        public void skipped(String origin, String reason) {
          pending.add(Stages.skipped(origin, "ingest", reason));
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
      } catch (IOException e) {
        pending.add(reject(split.origin(), "ingest", "cannot close: " + e.getMessage()));
      }
      docs = null;
      current = null;
    }
  }

  /** One document's row: the pipeline's own {@link Pipeline#process}, as the CLI and uploads run it. */
  static Row one(Pipeline p, RawDocument doc) {
    try {
      StageResult<ArticleClaims> r = p.process(doc);
      if (r instanceof StageResult.Skipped<ArticleClaims> skipped) {
        return skipped(doc.origin(), "extract", skipped.reason());
      }
      if (r instanceof StageResult.Failed<ArticleClaims> f) {
        return reject(doc.origin(), f.stage().isEmpty() ? "pipeline" : f.stage(), describe(f));
      }
      ArticleClaims ac = ((StageResult.Ok<ArticleClaims>) r).value();
      return RowFactory.create("article", ArticleCodec.key(ac), ac.article().contentHash(), doc.origin(), "", ArticleCodec.encode(ac));
    } catch (RuntimeException e) {
      return reject(doc.origin(), "internal", e.toString());
    }
  }

  private static Row reject(String origin, String stage, String reason) {
    return RowFactory.create("reject", origin, "", origin, stage, reason);
  }

  private static Row skipped(String origin, String stage, String reason) {
    return RowFactory.create("skipped", origin, "", origin, stage, reason);
  }

  private static String describe(StageResult<?> r) {
    return r instanceof StageResult.Failed<?> f ? f.category().name().toLowerCase(java.util.Locale.ROOT) + ": " + f.message() : String.valueOf(r);
  }
}
