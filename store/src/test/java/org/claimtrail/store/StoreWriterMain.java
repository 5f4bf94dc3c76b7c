package org.claimtrail.store;

import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A process that only writes: two threads saving articles (each with claims, entities and
 * mentions, one transaction each) as fast as they can, printing each committed key and the time
 * its commit returned. StoreCrashIT
 * kills it with SIGKILL. Usage: StoreWriterMain JDBC_URL RUN_TAG
 */
public final class StoreWriterMain {
  private StoreWriterMain() {}

  public static void main(String[] args) throws Exception {
    Store store = Store.open(args[0]);
    ExecutorService pool = Executors.newFixedThreadPool(2, r -> new Thread(r, "store-writer"));
    for (int t = 0; t < 2; t++) {
      int thread = t;
      pool.submit(() -> {
        for (int i = 0; ; i++) {
          String key = "https://crash.example/" + args[1] + "/" + thread + "/" + i;
          store.save(StoreTest.article(key, "text of " + key + " " + "words ".repeat(300), 1 + i % 7), Optional.empty());
          synchronized (System.out) {
            System.out.println(key + "\t" + System.currentTimeMillis());
            System.out.flush();
          }
        }
      });
    }
    pool.awaitTermination(1, TimeUnit.DAYS);
  }
}
