package org.claimtrail.app.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimtrail.ingest.Formats;
import org.claimtrail.ingest.IngestOptions;
import org.claimtrail.ingest.Inputs;
import org.claimtrail.model.Article;
import org.claimtrail.model.ContentKind;
import org.claimtrail.model.RawDocument;
import org.claimtrail.model.StageResult;
import org.claimtrail.pipeline.Claimtrail;
import org.claimtrail.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code claimtrail extract}: clean articles out of raw inputs. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Reads news in any supported form and prints the clean articles, one JSON object per line.",
      "Inputs: files, folders (recursive) and - for stdin; gzip is unwrapped by magic bytes.",
      "Formats are sniffed; name one with --format: seed, text, html, feed, warc, jsonl."
    })
final class ExtractCommand implements Callable<Integer> {

  enum OutputFormat {
    json,
    text
  }

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders, or - for stdin.")
  List<String> inputs;

  @Option(names = "--format", paramLabel = "FORMAT", description = "Output: json (one object per line) or text. Default: ${DEFAULT-VALUE}.", defaultValue = "json")
  OutputFormat output;

  @Option(names = "--input-format", paramLabel = "NAME", description = "Read every input as this format instead of sniffing it.")
  String inputFormat;

  @Option(names = "--with-html", description = "Add the raw HTML of HTML documents as field 'html'.")
  boolean withHtml;

  @Option(names = "--with-removed", description = "Add the removed boilerplate blocks as field 'removed'.")
  boolean withRemoved;

  @Option(names = "--no-learn", negatable = true, description = "Do not learn repeated boilerplate lines from the inputs first (a second read of the inputs).")
  boolean noLearn;

  @Option(names = {"-v", "--verbose"}, description = "Also print skipped records and warnings.")
  boolean verbose;

  @Override
  public Integer call() {
    if (inputFormat != null && Formats.byName(inputFormat).isEmpty()) {
      throw new picocli.CommandLine.ParameterException(
          new picocli.CommandLine(this), "Unknown input format '" + inputFormat + "'; known: " + Formats.names());
    }
    PrintStream err = System.err;
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
    RunReport report = new RunReport(err, verbose);
    IngestOptions ingest = inputFormat == null ? IngestOptions.DEFAULTS : IngestOptions.DEFAULTS.withFormat(inputFormat);
    Pipeline pipeline = Claimtrail.pipeline(cfg -> cfg.withIngest(ingest));
    boolean stdin = inputs.contains(Inputs.STDIN);
    long total = -1;
    if (!noLearn && !stdin) {
      Pipeline.Learned learned = pipeline.learnBoilerplate(inputs, org.claimtrail.ingest.IngestListener.IGNORE);
      pipeline = learned.pipeline();
      total = learned.documents();
    }
    Progress progress = new Progress(err, Progress.terminal(), total);
    long n = 0;
    try (Inputs in = pipeline.open(inputs, report)) {
      for (RawDocument doc : in) {
        StageResult<Article> r = pipeline.extract(doc);
        report.count(r);
        if (r instanceof StageResult.Ok<Article> ok) {
          print(out, ok.value(), doc);
        }
        progress.update(++n, report.summary());
      }
    }
    out.flush();
    progress.finish(n, report.summary());
    if (verbose || report.failed.get() > 0) {
      err.println("extract: " + report.summary());
    }
    return report.exitCode();
  }

  private void print(PrintWriter out, Article a, RawDocument doc) {
    if (output == OutputFormat.text) {
      out.println("# " + a.title().orElse("(untitled)") + "  [" + a.origin() + "]");
      a.published().ifPresent(p -> out.println("# published " + p));
      out.println();
      out.println(a.text());
      out.println();
      return;
    }
    var o = ArticleJson.of(a);
    if (withHtml && doc.kind() == ContentKind.HTML) {
      o.put("html", doc.decodedText());
    }
    if (withRemoved) {
      ArticleJson.withRemoved(o, a);
    }
    out.println(ArticleJson.write(o));
  }
}
