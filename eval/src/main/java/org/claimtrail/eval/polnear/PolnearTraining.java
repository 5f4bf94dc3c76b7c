package org.claimtrail.eval.polnear;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.claimtrail.claims.learned.ModelTraining;
import org.claimtrail.eval.SpanScorer.Span;
import org.claimtrail.model.Claim;
import org.claimtrail.pipeline.Pipeline;

/**
 * PolNeAR as training examples for {@link ModelTraining}: the rules find candidate claims; a claim
 * whose cue overlaps an annotated cue is that attribution (the one whose content it overlaps most),
 * the others are false finds; an attribution's boundaries are where PolNeAR's annotators put them,
 * with its conventions ({@link PolnearConventions}) counted as right.
 */
public final class PolnearTraining {
  private PolnearTraining() {}

  /** Each article's examples, in article order. */
  public static List<List<ModelTraining.Example>> examples(Pipeline pipeline, PolnearCorpus corpus, List<String> docs, int threads, IntConsumer done)
      throws IOException, InterruptedException {
    return ArticleWork.map(docs, threads, doc -> examples(pipeline, corpus, doc), done);
  }

  private static List<ModelTraining.Example> examples(Pipeline pipeline, PolnearCorpus corpus, String doc) throws IOException {
    List<ModelTraining.Example> out = new ArrayList<>();
    Optional<PolnearCorpus.Found> found = corpus.found(pipeline, doc);
    if (found.isEmpty()) {
      return out;
    }
    List<Claim> claims = found.get().claims();
    String text = found.get().text().text();
    for (Claim c : claims) {
      Optional<PolnearCorpus.Gold> gold = attribution(c, corpus.gold(doc));
      out.add(new ModelTraining.Example(c, found.get().text(), claims, gold.map(g -> annotated(text, c, g))));
    }
    return out;
  }

  /** The annotated attribution whose cue overlaps the claim's and whose content it overlaps most. */
  private static Optional<PolnearCorpus.Gold> attribution(Claim c, List<PolnearCorpus.Gold> gold) {
    Span cue = new Span(c.cueStart(), c.cueStart() + c.cue().length());
    PolnearCorpus.Gold best = null;
    int bestOverlap = 0;
    for (PolnearCorpus.Gold g : gold) {
      if (g.cue().isEmpty() || g.content().isEmpty() || !g.cue().get().overlaps(cue)) {
        continue;
      }
      int overlap = Math.min(c.end(), g.content().get().end()) - Math.max(c.start(), g.content().get().begin());
      if (best == null || overlap > bestOverlap) {
        bestOverlap = overlap;
        best = g;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The attribution's boundaries as offsets the model may choose: PolNeAR's own, or ours that its conventions turn into them. */
  private static ModelTraining.Annotated annotated(String text, Claim c, PolnearCorpus.Gold g) {
    Optional<ModelTraining.Boundaries> content = g.content().map(span -> new ModelTraining.Boundaries(
        b -> b == span.begin() || PolnearConventions.content(text, b, b).begin() == span.begin(),
        e -> e == span.end() || PolnearConventions.contentEnd(text, e) == span.end()));
    Span ours = PolnearConventions.content(text, c.start(), c.end());
    int cueEnd = c.cueStart() + c.cue().length();
    Optional<ModelTraining.Boundaries> cue = g.cue().map(span -> new ModelTraining.Boundaries(
        b -> b == span.begin() || PolnearConventions.cue(text, b, cueEnd, ours).begin() == span.begin(),
        e -> e == span.end() || PolnearConventions.cue(text, c.cueStart(), e, ours).end() == span.end()));
    Optional<ModelTraining.Boundaries> source = g.source().map(span -> new ModelTraining.Boundaries(b -> b == span.begin(),
        e -> e == span.end() || PolnearConventions.source(text, c.source().begin(), e).end() == span.end()));
    return new ModelTraining.Annotated(content, cue, source);
  }
}
