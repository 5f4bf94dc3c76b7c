package org.claimtrail.app.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.claimtrail.model.Article;
import org.claimtrail.model.ContentKind;
import org.claimtrail.model.RawDocument;
import org.claimtrail.model.StageResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code claimtrail extract}: clean articles out of raw inputs. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Reads news in any supported form and prints the clean articles, one JSON object per line.",
      "Inputs: files, folders (recursive) and - for stdin; gzip is unwrapped by magic bytes.",
      "Formats are sniffed; name one with --input-format: seed, text, html, feed, warc, jsonl."
    })
final class ExtractCommand implements Callable<Integer> {

  enum OutputFormat {
    json,
    text
  }

  @Mixin InputOptions in;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--format", paramLabel = "FORMAT", description = "Output: json (one object per line) or text. Default: ${DEFAULT-VALUE}.", defaultValue = "json")
  OutputFormat output;

  @Option(names = "--with-html", description = "Add the raw HTML of HTML documents as field 'html'.")
  boolean withHtml;

  @Option(names = "--with-removed", description = "Add the removed boilerplate blocks as field 'removed'.")
  boolean withRemoved;

  @Override
  public Integer call() {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
    int code = ArticleRun.run(spec.commandLine(), in, cfg -> cfg, pipeline -> doc -> {
      StageResult<Article> r = pipeline.extract(doc);
      if (r instanceof StageResult.Ok<Article> ok) {
        synchronized (out) {
          print(out, ok.value(), doc);
        }
      }
      return r;
    }, null, () -> 0).exitCode();
    out.flush();
    return code;
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
