package org.claimtrail.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.claimtrail.app.jobs.UploadWorker;
import org.claimtrail.pipeline.Claimtrail;
import org.claimtrail.server.ClaimtrailServer;
import org.claimtrail.server.ServerOptions;
import org.claimtrail.store.Store;
import org.claimtrail.store.search.SearchIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code claimtrail serve}: the JSON API and the web UI over a store, with uploads ingested in the background. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = {"Serves the JSON API (/api/v1) and the web UI until stopped (Ctrl+C).",
    "Write endpoints (uploads, status overrides, aliases) need the API token: from --token-file, else $CLAIMTRAIL_API_TOKEN, "
        + "else a random one printed at start."})
final class ServeCommand implements Callable<Integer> {
  @Mixin StoreOptions where;

  @Mixin Settings settings;

  @Mixin ModelOption model;

  @Mixin NlpTimeLimitOption nlpTime;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  /** The server options shared with {@code demo}. */
  static final class Settings {
    @Option(names = "--port", defaultValue = "7070", description = "Port (default ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--token-file", paramLabel = "FILE", description = "File holding the API token (its first line).")
    Path tokenFile;

    @Option(names = "--closed", description = "Reads need the token too (the browser signs in once).")
    boolean closed;

    @Option(names = "--max-upload-mb", defaultValue = "64", description = "Largest upload request in MB (default ${DEFAULT-VALUE}).")
    int maxUploadMb;

    @Option(names = "--no-ingest", description = "Do not accept uploads.")
    boolean noIngest;
  }

  @Override
  public Integer call() throws InterruptedException, IOException {
    serve(where, settings, model.configure(spec.commandLine()).andThen(nlpTime.configure(spec.commandLine()))::apply);
    return 0;
  }

  /** Starts the server and blocks until the process is stopped. */
  static void serve(StoreOptions where, Settings settings, java.util.function.UnaryOperator<org.claimtrail.pipeline.PipelineConfig> configure)
      throws InterruptedException, IOException {
    if (settings.maxUploadMb < 1) {
      throw new IllegalArgumentException("--max-upload-mb must be at least 1");
    }
    String token = token(settings);
    Store store = Store.open(where.url());
    SearchIndex index = SearchIndex.open(where.indexDir());
    if (org.claimtrail.store.search.Indexer.catchUp(store, index)) {
      System.err.println("claimtrail: the search index was behind the store (an interrupted run, or an older version of Claimtrail); rebuilt it from the store");
    }
    UploadWorker worker = settings.noIngest ? null : new UploadWorker(store, index, Claimtrail.pipeline(configure), where.uploadDir());
    ServerOptions options = new ServerOptions(Optional.of(token), settings.closed, settings.maxUploadMb * 1024L * 1024L, where.uploadDir(),
        Optional.ofNullable(worker));
    var app = ClaimtrailServer.create(store, index, options).start(settings.host, settings.port);
    if (worker != null) {
      int resumed = worker.resumeUnfinished();
      if (resumed > 0) {
        System.err.println("claimtrail: resuming " + resumed + " upload job(s) left unfinished by the last run");
      }
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      app.stop();
      if (worker != null) {
        worker.close();
      }
      index.close();
      store.close();
      stopped.countDown();
    }, "claimtrail-shutdown"));
    String base = "http://" + settings.host + ":" + app.port();
    System.err.println("claimtrail: serving " + base + "/  (API: " + base + "/api/v1/openapi.json)");
    System.out.flush();
    stopped.await();
  }

  private static String token(Settings settings) throws IOException {
    if (settings.tokenFile != null) {
      String t = Files.readAllLines(settings.tokenFile, StandardCharsets.UTF_8).stream().findFirst().orElse("").strip();
      if (t.length() < 16) {
        throw new IllegalArgumentException(settings.tokenFile + ": the API token must be at least 16 characters");
      }
      return t;
    }
    String env = System.getenv("CLAIMTRAIL_API_TOKEN");
    if (env != null && !env.isBlank()) {
      return env.strip();
    }
    byte[] bytes = new byte[20];
    new SecureRandom().nextBytes(bytes);
    String t = HexFormat.of().formatHex(bytes);
    System.err.println("claimtrail: API token for uploads and edits (this run only): " + t);
    return t;
  }
}
