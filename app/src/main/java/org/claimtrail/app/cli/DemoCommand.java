package org.claimtrail.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.claimtrail.app.jobs.RollingLinker;
import org.claimtrail.app.jobs.StoreLinker;
import org.claimtrail.server.progress.BackgroundIngest;
import org.claimtrail.store.Store;
import org.claimtrail.store.search.SearchIndex;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code claimtrail demo}: serves the UI at once and ingests a sample corpus behind it, linking as
 * it goes, so the dashboard fills in while the page shows the progress. Reads the real corpora from
 * ../shared/corpora when they are there (the seed article and Wikinews 2020), else three sample
 * articles written for Claimtrail and shipped in the jar, or the files it is given.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Serves the UI at once and ingests a sample corpus (or PATHs) into ./claimtrail-data behind it,",
        "linking the claims as they land; the dashboard shows the progress and fills in."})
final class DemoCommand implements Callable<Integer> {
  @Mixin ServeCommand.Settings settings;

  @Mixin StoreOptions where;

  @Option(names = "--corpora", defaultValue = "../shared/corpora", description = "Where the shared corpora are (default ${DEFAULT-VALUE}).")
  Path corpora;

  @Option(names = "--no-serve", description = "Ingest and link only, in the foreground.")
  boolean noServe;

  @Option(names = "--link-every", paramLabel = "N", defaultValue = "25",
      description = "Link the claims after every N documents (and at least every " + RollingLinker.SECONDS + " s) while ingesting (default ${DEFAULT-VALUE}).")
  int linkEvery;

  @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or folders to ingest instead of the sample corpus.")
  List<String> paths = new ArrayList<>();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (linkEvery < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--link-every must be at least 1");
    }
    Corpus corpus = corpus();
    System.err.println("demo: ingesting " + String.join(", ", corpus.inputs()));
    if (noServe) {
      try (Store store = Store.open(where.url());
          SearchIndex index = SearchIndex.open(where.indexDir())) {
        int code = ingest(corpus).into(store, index, ArticleRun.Watcher.NONE);
        StoreLinker.Result r = StoreLinker.link(store, StoreLinker.THRESHOLD);
        System.err.printf(Locale.ROOT, "demo: %d articles, %d claims, %d clusters%n", r.articles(), r.claims(), r.clusters().size());
        return code;
      }
    }
    Running running = start(corpus);
    ServeCommand.awaitStop(running::close);
    return 0;
  }

  /** What the demo reads: the files, and how the page names them. */
  record Corpus(List<String> inputs, String what) {}

  Corpus corpus() throws IOException {
    if (!paths.isEmpty()) {
      return new Corpus(paths, paths.stream().map(p -> String.valueOf(Path.of(p).getFileName())).collect(java.util.stream.Collectors.joining(", ")));
    }
    List<String> inputs = new ArrayList<>();
    List<String> names = new ArrayList<>();
    Path seed = corpora.resolve("seed/kyivpost-2024-10-23.txt");
    Path wikinews = corpora.resolve("wikinews/wikinews-2020.jsonl");
    if (Files.exists(seed)) {
      inputs.add(seed.toString());
      names.add("the seed article");
    }
    if (Files.exists(wikinews)) {
      inputs.add(wikinews.toString());
      names.add("Wikinews 2020");
    }
    if (inputs.isEmpty()) {
      Path samples = Files.createTempFile("claimtrail-samples", ".jsonl");
      try (InputStream in = DemoCommand.class.getResourceAsStream("/samples/samples.jsonl")) {
        Files.copy(in, samples, StandardCopyOption.REPLACE_EXISTING);
      }
      System.err.println("demo: no corpora at " + corpora + "; using the bundled sample articles");
      return new Corpus(List.of(samples.toString()), "the bundled sample articles");
    }
    return new Corpus(inputs, String.join(" and ", names));
  }

  /** {@code claimtrail ingest} over the corpus, with its defaults. */
  private static IngestCommand ingest(Corpus corpus) {
    IngestCommand ingest = new IngestCommand();
    new CommandLine(ingest).parseArgs(corpus.inputs().toArray(String[]::new));
    return ingest;
  }

  /** Starts the server over the store and the ingest behind it; returns at once. */
  Running start(Corpus corpus) throws IOException {
    Store store = Store.open(where.url());
    SearchIndex index = SearchIndex.open(where.indexDir());
    BackgroundIngest progress = new BackgroundIngest(corpus.what());
    ServeCommand.Server server = ServeCommand.start(store, index, where, settings, cfg -> cfg, Optional.of(progress));
    RollingLinker linker = new RollingLinker(store, linkEvery, progress);
    Thread ingest = new Thread(() -> ingestAndLink(ingest(corpus), store, index, progress, linker), "claimtrail-demo-ingest");
    ingest.setDaemon(true);
    ingest.start();
    return new Running(server, store, index, progress, linker, ingest);
  }

  private static void ingestAndLink(IngestCommand ingest, Store store, SearchIndex index, BackgroundIngest progress, RollingLinker linker) {
    long[] done = {0};
    try {
      ingest.into(store, index, new ArticleRun.Watcher() {
        @Override
        public void started(long total) {
          progress.started(total);
        }

        @Override
        public void progress(long documents, long failed, long claims) {
          done[0] = documents;
          progress.progress(documents, failed, claims);
          linker.documentsDone(documents);
        }
      });
      progress.ingested();
      StoreLinker.Result r = linker.finish(done[0]);
      progress.finished();
      System.err.printf(Locale.ROOT, "demo: ingest finished: %d articles, %d claims, %d clusters%n", r.articles(), r.claims(), r.clusters().size());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      progress.failed("interrupted");
    } catch (RuntimeException e) {
      progress.failed(e.toString());
      System.err.println("demo: the ingest stopped: " + e);
    }
  }

  /** The demo while it runs: the server, and the ingest behind it. */
  record Running(ServeCommand.Server server, Store store, SearchIndex index, BackgroundIngest progress, RollingLinker linker, Thread ingest)
      implements AutoCloseable {
    /** Waits up to {@code millis} for the ingest and its last linking run; returns whether they ended. */
    boolean awaitIngest(long millis) throws InterruptedException {
      ingest.join(millis);
      return !ingest.isAlive();
    }

    @Override
    public void close() {
      server.close();
      linker.close();
      index.close();
      store.close();
    }
  }
}
