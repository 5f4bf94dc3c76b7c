package org.claimtrail.pipeline;

import java.util.List;
import java.util.Optional;
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
 * <p>Stages so far: ingest (sources to raw documents) and extract (raw documents to articles).
 */
public final class Pipeline {
  private final PipelineConfig config;
  private final Extractor extractor;

  Pipeline(PipelineConfig config) {
    this.config = config;
    this.extractor = new Extractor(config.extract());
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
    return new Learned(new Pipeline(config.withExtract(config.extract().withRepeatedLines(learner.build()))), n);
  }
}
