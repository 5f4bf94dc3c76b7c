package org.claimtrail.store;

import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * A process that owns its store the way {@code claimtrail serve} does: on SIGTERM its shutdown
 * hook lets the job in progress write once more (the ledger's "done"), then closes the store.
 * Prints "ready" once the store is open. Usage: StoppingWriterMain JDBC_URL KEY
 */
public final class StoppingWriterMain {
  private StoppingWriterMain() {}

  public static void main(String[] args) throws Exception {
    Store store = Store.open(Store.closedByOwner(args[0]));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        // the job finishing after the stop signal: by now H2's own hook has run, unless the URL
        // told it that the owner closes
        Thread.sleep(500);
        store.save(StoreTest.article(args[1], "written after the stop signal " + "words ".repeat(50), 2), Optional.empty());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        store.close();
        stopped.countDown();
      }
    }));
    // a first write leaves a pooled connection behind, the one the hook's write takes again
    store.save(StoreTest.article(args[1] + "/first", "written before the stop signal " + "words ".repeat(50), 2), Optional.empty());
    System.out.println("ready");
    System.out.flush();
    stopped.await();
  }
}
