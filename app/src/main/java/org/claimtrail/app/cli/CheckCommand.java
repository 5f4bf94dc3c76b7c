package org.claimtrail.app.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.claimtrail.app.check.ArticleVectors;
import org.claimtrail.model.CheckReport;
import org.claimtrail.app.check.ClaimCheck;
import org.claimtrail.embed.SentenceEncoder;
import org.claimtrail.stance.StanceModel;
import org.claimtrail.store.Store;
import org.claimtrail.store.search.SearchIndex;
import org.claimtrail.store.search.VectorIndex;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code claimtrail check "CLAIM"}: which stored articles carry a claim, and whether each agrees
 * with it, refutes it or only reports it, with the sentences that decided it. The first check of
 * a store encodes its articles' sentences into the vector index beside the search index.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = {"Checks a claim against the stored articles: who agrees, who disagrees, who only reports it.",
        "The first run over a store puts the sentence vectors of its articles beside the search index (about 50-150 sentences/s on 2 cores)."})
final class CheckCommand implements Callable<Integer> {
  enum OutputFormat {
    text,
    json
  }

  @Parameters(index = "0", paramLabel = "CLAIM", description = "The claim, in plain words.")
  String claim;

  @picocli.CommandLine.Mixin StoreOptions where;

  @Option(names = "--limit", paramLabel = "N", description = "At most N related articles (default ${DEFAULT-VALUE}).", defaultValue = "10")
  int limit;

  @Option(names = "--format", description = "text or json (default ${DEFAULT-VALUE}).", defaultValue = "text")
  OutputFormat format;

  @Option(names = "--model", paramLabel = "FILE", description = "A stance model from 'claimtrail train fnc1' (default: the one shipped).")
  Path model;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws java.io.IOException {
    Path dir = where.indexDir();
    if (!dir.toFile().isDirectory()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "No search index at " + dir + ": run 'claimtrail ingest' first, or give --index");
    }
    if (limit < 1 || claim.isBlank()) {
      throw new CommandLine.ParameterException(spec.commandLine(), claim.isBlank() ? "The claim is empty" : "--limit must be at least 1");
    }
    StanceModel stance = model == null ? StanceModel.loadDefault() : StanceModel.load(model);
    SentenceEncoder encoder = SentenceEncoder.shared();
    Path vectorDir = ArticleVectors.dirBeside(dir);
    try (Store store = Store.open(where.url()); SearchIndex search = SearchIndex.open(dir);
        VectorIndex vectors = VectorIndex.open(vectorDir, encoder.version(), SentenceEncoder.DIMENSIONS)) {
      Progress progress = new Progress(System.err, Progress.terminal(), -1);
      int added = ArticleVectors.fill(store, vectors, encoder, n -> progress.update(n, "articles' sentences encoded"));
      if (added > 0) {
        progress.finish(added, "articles' sentences encoded into " + vectorDir);
      }
      CheckReport report = new ClaimCheck(store, search, vectors, encoder, stance).check(claim, limit);
      PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
      out.print(format == OutputFormat.json ? CheckOutput.json(report) + "\n" : CheckOutput.text(report));
      out.flush();
    }
    return 0;
  }

  static String seconds(double s) {
    return String.format(Locale.ROOT, "%.2f s", s);
  }
}
