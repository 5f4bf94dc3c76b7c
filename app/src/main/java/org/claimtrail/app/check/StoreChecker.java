package org.claimtrail.app.check;

import java.nio.file.Path;
import org.claimtrail.embed.SentenceEncoder;
import org.claimtrail.model.CheckReport;
import org.claimtrail.server.check.ClaimChecker;
import org.claimtrail.stance.StanceModel;
import org.claimtrail.store.Store;
import org.claimtrail.store.search.SearchIndex;
import org.claimtrail.store.search.VectorIndex;

/**
 * The server's claim checker over its store and index: the vector index beside the search index,
 * the shipped stance model and the shared encoder, loaded on the first check or by {@link #warmUp}.
 * Each check first encodes the articles stored since the last one (an ingest may run beside the
 * server), so checks are serialised: one at a time, each well under a second on a store whose
 * vectors are in place.
 */
public final class StoreChecker implements ClaimChecker, AutoCloseable {
  private final Store store;
  private final SearchIndex search;
  private final Path vectorDir;
  private VectorIndex vectors;
  private ClaimCheck check;

  public StoreChecker(Store store, SearchIndex search, Path indexDir) {
    this.store = store;
    this.search = search;
    this.vectorDir = ArticleVectors.dirBeside(indexDir);
  }

  /** Loads the model and encodes what the store holds, on a thread of its own, so the first check is quick. */
  public StoreChecker warmUp() {
    Thread t = new Thread(() -> {
      try {
        ready();
      } catch (RuntimeException e) {
        System.err.println("claimtrail: claim checks could not be prepared: " + e);
      }
    }, "claim-check-warm-up");
    t.setDaemon(true);
    t.start();
    return this;
  }

  @Override
  public synchronized CheckReport check(String claim, int limit) {
    return ready().check(claim, limit);
  }

  private synchronized ClaimCheck ready() {
    if (check == null) {
      SentenceEncoder encoder = SentenceEncoder.shared();
      vectors = VectorIndex.open(vectorDir, encoder.version(), SentenceEncoder.DIMENSIONS);
      check = new ClaimCheck(store, search, vectors, encoder, StanceModel.loadDefault());
    }
    ArticleVectors.fill(store, vectors, SentenceEncoder.shared(), n -> { });
    return check;
  }

  @Override
  public synchronized void close() {
    if (vectors != null) {
      vectors.close();
    }
  }
}
