package org.claimtrail.app.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.claimtrail.server.ClaimtrailServer;
import org.claimtrail.store.Store;
import org.claimtrail.store.search.SearchIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code claimtrail serve}: the JSON API and the web UI over a store. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serves the JSON API (/api/v1) and the web UI until stopped (Ctrl+C).")
final class ServeCommand implements Callable<Integer> {
  @Mixin StoreOptions where;

  @Option(names = "--port", defaultValue = "7070", description = "Port (default ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default ${DEFAULT-VALUE}).")
  String host;

  @Override
  public Integer call() throws InterruptedException {
    serve(where, host, port);
    return 0;
  }

  /** Starts the server and blocks until the process is stopped. */
  static void serve(StoreOptions where, String host, int port) throws InterruptedException {
    Store store = Store.open(where.url());
    SearchIndex index = SearchIndex.open(where.indexDir());
    var app = ClaimtrailServer.create(store, index).start(host, port);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      app.stop();
      index.close();
      store.close();
      stopped.countDown();
    }, "claimtrail-shutdown"));
    System.err.println("claimtrail: serving http://" + host + ":" + app.port() + "/  (API: http://" + host + ":" + app.port() + "/api/v1/openapi.json)");
    stopped.await();
  }
}
