package org.claimtrail.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code claimtrail demo}: ingests a sample corpus into the embedded store, links it, and serves
 * the UI. Reads the real corpora from ../shared/corpora when they are there (the seed article and
 * Wikinews 2020), else three sample articles written for Claimtrail and shipped in the jar.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "Ingests a sample corpus into ./claimtrail-data, links it and serves the UI.")
final class DemoCommand implements Callable<Integer> {
  @picocli.CommandLine.Mixin ServeCommand.Settings settings;

  @Option(names = "--corpora", defaultValue = "../shared/corpora", description = "Where the shared corpora are (default ${DEFAULT-VALUE}).")
  Path corpora;

  @Option(names = "--no-serve", description = "Ingest and link only.")
  boolean noServe;

  @Override
  public Integer call() throws IOException, InterruptedException {
    List<String> inputs = new ArrayList<>();
    Path seed = corpora.resolve("seed/kyivpost-2024-10-23.txt");
    Path wikinews = corpora.resolve("wikinews/wikinews-2020.jsonl");
    if (Files.exists(seed)) {
      inputs.add(seed.toString());
    }
    if (Files.exists(wikinews)) {
      inputs.add(wikinews.toString());
    }
    if (inputs.isEmpty()) {
      Path samples = Files.createTempFile("claimtrail-samples", ".jsonl");
      try (InputStream in = DemoCommand.class.getResourceAsStream("/samples/samples.jsonl")) {
        Files.copy(in, samples, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
      inputs.add(samples.toString());
      System.err.println("demo: no corpora at " + corpora + "; using the bundled sample articles");
    }
    System.err.println("demo: ingesting " + String.join(", ", inputs));
    CommandLine cli = new CommandLine(new Main());
    List<String> ingest = new ArrayList<>(List.of("ingest"));
    ingest.addAll(inputs);
    int code = cli.execute(ingest.toArray(String[]::new));
    if (code != 0) {
      return code;
    }
    code = new CommandLine(new Main()).execute("link");
    if (code != 0 || noServe) {
      return code;
    }
    ServeCommand.serve(new StoreOptions(), settings, cfg -> cfg);
    return 0;
  }
}
