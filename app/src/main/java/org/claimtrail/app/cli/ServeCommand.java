package org.claimtrail.app.cli;

import io.javalin.Javalin;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.UnaryOperator;
import org.claimtrail.app.check.StoreChecker;
import org.claimtrail.app.jobs.UploadWorker;
import org.claimtrail.pipeline.Claimtrail;
import org.claimtrail.pipeline.PipelineConfig;
import org.claimtrail.server.ClaimtrailServer;
import org.claimtrail.server.ServerOptions;
import org.claimtrail.server.progress.BackgroundIngest;
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
  static void serve(StoreOptions where, Settings settings, UnaryOperator<PipelineConfig> configure) throws InterruptedException, IOException {
    Store store = Store.open(Store.closedByOwner(where.url()));
    SearchIndex index = SearchIndex.open(where.indexDir());
    Server server = start(store, index, where, settings, configure, Optional.empty());
    awaitStop(() -> {
      server.close();
      index.close();
      store.close();
    });
  }

  /** A running server and the worker that ingests its uploads (none with --no-ingest). */
  record Server(Javalin app, String host, UploadWorker worker, StoreChecker checker) implements AutoCloseable {
    String url() {
      return "http://" + host + ":" + app.port();
    }

    @Override
    public void close() {
      app.stop();
      if (worker != null) {
        worker.close();
      }
      checker.close();
    }
  }

  /**
   * Starts the server over an open store and index (catching the index up first) and returns at
   * once; {@code background} is an ingest running beside it, whose progress the pages show.
   */
  static Server start(Store store, SearchIndex index, StoreOptions where, Settings settings, UnaryOperator<PipelineConfig> configure,
      Optional<BackgroundIngest> background) throws IOException {
    if (settings.maxUploadMb < 1) {
      throw new IllegalArgumentException("--max-upload-mb must be at least 1");
    }
    String token = token(settings);
    if (org.claimtrail.store.search.Indexer.catchUp(store, index)) {
      System.err.println("claimtrail: the search index was behind the store (an interrupted run, or an older version of Claimtrail); rebuilt it from the store");
    }
    UploadWorker worker = settings.noIngest ? null : new UploadWorker(store, index, Claimtrail.pipeline(configure), where.uploadDir());
    ServerOptions options = new ServerOptions(Optional.of(token), settings.closed, settings.maxUploadMb * 1024L * 1024L, where.uploadDir(),
        Optional.ofNullable(worker), background, Optional.empty());
    StoreChecker checker = new StoreChecker(store, index, where.indexDir()).warmUp();
    Javalin app = ClaimtrailServer.create(store, index, options.withChecker(checker)).start(settings.host, settings.port);
    if (worker != null) {
      int resumed = worker.resumeUnfinished();
      if (resumed > 0) {
        System.err.println("claimtrail: resuming " + resumed + " upload job(s) left unfinished by the last run");
      }
    }
    Server server = new Server(app, settings.host, worker, checker);
    System.err.println("claimtrail: serving " + server.url() + "/  (API: " + server.url() + "/api/v1/openapi.json)");
    return server;
  }

  /** Blocks until the process is stopped (Ctrl+C), then runs {@code close}. */
  static void awaitStop(Runnable close) throws InterruptedException {
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      close.run();
      stopped.countDown();
    }, "claimtrail-shutdown"));
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
