package org.claimtrail.app.jobs;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.claimtrail.server.progress.BackgroundIngest;
import org.claimtrail.store.Store;

/**
 * Links the store now and then while an ingest fills it, so that clusters show before the ingest
 * ends: once {@code everyDocuments} more documents are done, or {@link #SECONDS} after the last run
 * when any are; never sooner after a run than four times its length, since a run reads the whole
 * store (41 s at 50,000 claims) and should take at most a fifth of the time. Runs happen on a
 * thread of their own, so the ingest does not wait for them.
 *
 * <p>A run and the ingest's writes do not conflict: {@link StoreLinker} reads committed articles
 * and claims (each article is saved in one transaction, and an ingest deletes nothing) and writes
 * only the link tables (near-duplicate groups, clusters, their members, origins and status), which
 * an ingest never touches, in one transaction; what is saved while a run reads waits for the next
 * run. Runs are one at a time by {@link StoreLinker}'s lock, which the upload worker's linking
 * shares.
 */
public final class RollingLinker implements AutoCloseable {
  /** The longest wait for a new run while documents keep arriving, whatever their number. */
  public static final long SECONDS = 30;

  private final Store store;
  private final int everyDocuments;
  private final BackgroundIngest progress;
  private final ExecutorService runs = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "claimtrail-link");
    t.setDaemon(true);
    return t;
  });
  private boolean busy;
  private boolean finishing;
  private long linkedDocuments;
  private long lastEnd = System.nanoTime();
  private long lastLength;

  public RollingLinker(Store store, int everyDocuments, BackgroundIngest progress) {
    if (everyDocuments < 1) {
      throw new IllegalArgumentException("Link every 1 or more documents, not " + everyDocuments);
    }
    this.store = store;
    this.everyDocuments = everyDocuments;
    this.progress = progress;
  }

  /** {@code done} documents of the ingest are finished: starts a run when one is due (returns at once). */
  public synchronized void documentsDone(long done) {
    long fresh = done - linkedDocuments;
    long now = System.nanoTime();
    boolean due = fresh >= everyDocuments || (fresh > 0 && now - lastEnd >= TimeUnit.SECONDS.toNanos(SECONDS));
    if (busy || finishing || !due || now - lastEnd < 4 * lastLength) {
      return;
    }
    busy = true;
    runs.execute(() -> {
      try {
        run(done);
      } catch (RuntimeException e) {
        // The clusters shown stay the last run's; the next run, or the final one, tries again.
        progress.linkFailed(e.toString());
      }
    });
  }

  /** The ingest has ended with {@code done} documents: links everything once more, after any run under way, and waits for it. */
  public StoreLinker.Result finish(long done) throws InterruptedException {
    synchronized (this) {
      finishing = true;
    }
    Future<StoreLinker.Result> last = runs.submit(() -> run(done));
    try {
      return last.get();
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException("Linking failed", e.getCause());
    }
  }

  private StoreLinker.Result run(long documents) {
    long start = System.nanoTime();
    progress.linking();
    try {
      StoreLinker.Result r = StoreLinker.link(store, StoreLinker.THRESHOLD);
      progress.linked(r.clusters().size(), documents);
      return r;
    } finally {
      synchronized (this) {
        busy = false;
        linkedDocuments = documents;
        lastEnd = System.nanoTime();
        lastLength = lastEnd - start;
      }
    }
  }

  @Override
  public void close() {
    runs.shutdownNow();
  }
}
