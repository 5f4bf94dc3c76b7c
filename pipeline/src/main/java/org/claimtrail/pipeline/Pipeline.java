package org.claimtrail.pipeline;

import java.util.List;
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

  /**
   * A copy of this pipeline whose cleaning also removes the lines that recur across the given
   * corpus (see {@link RepeatedLines} for the thresholds). Reads the inputs once; only plain-text
   * documents are learned from, since HTML pages are cleaned on their DOM.
   */
  public Pipeline learnBoilerplate(List<String> inputs, IngestListener listener) {
    RepeatedLines.Learner learner = new RepeatedLines.Learner();
    try (Inputs in = open(inputs, listener)) {
      for (RawDocument d : in) {
        if (d.kind() == ContentKind.TEXT) {
          learner.add(Extractor.publisherKey(d), Blocks.ofText(d.decodedText(), java.util.Optional.empty(), java.util.Optional.empty()).kept());
        }
      }
    }
    return new Pipeline(config.withExtract(config.extract().withRepeatedLines(learner.build())));
  }
}
