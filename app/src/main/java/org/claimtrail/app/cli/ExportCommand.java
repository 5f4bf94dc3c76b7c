package org.claimtrail.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.claimtrail.store.Queries;
import org.claimtrail.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code claimtrail export}: every stored claim, as JSON lines, a JSON array or CSV. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Exports the stored claims with their cluster (jsonl, json or csv) to stdout.")
final class ExportCommand implements Callable<Integer> {
  enum Format {
    jsonl,
    json,
    csv
  }

  @Mixin StoreOptions where;

  @Option(names = "--format", defaultValue = "jsonl", description = "jsonl, json or csv (default ${DEFAULT-VALUE}).")
  Format format;

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public Integer call() {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
    try (Store store = Store.open(where.url())) {
      Queries q = new Queries(store);
      boolean[] first = {true};
      if (format == Format.csv) {
        out.println("claim_id,article_id,published,publisher,source,source_type,stance,quote,cue,content,via,said_when,cluster_id");
      } else if (format == Format.json) {
        out.println("[");
      }
      q.forEachClaimBatch(batch -> {
        java.util.Map<Long, Long> clusters = q.clustersOfClaims(batch.stream().map(Queries.ClaimRow::id).toList());
        batch.forEach(r -> write(out, r, clusters.get(r.id()), first));
      });
      if (format == Format.json) {
        out.println("\n]");
      }
    }
    out.flush();
    return 0;
  }

  /** One claim in the chosen format; {@code first} says whether a JSON array still has no element. */
  private void write(PrintWriter out, Queries.ClaimRow r, Long cluster, boolean[] first) {
    if (format == Format.csv) {
      out.println(String.join(",", Long.toString(r.id()), Long.toString(r.articleId()), r.published().map(Object::toString).orElse(""),
          csv(r.publisher()), csv(r.source()), r.sourceType(), r.stance(), r.quote(), csv(r.cue()), csv(r.content()), csv(String.join(" > ", r.via())),
          r.saidWhen().orElse(""), cluster == null ? "" : cluster.toString()));
      return;
    }
    ObjectNode o = JSON.createObjectNode();
    o.put("claim_id", r.id()).put("article_id", r.articleId()).put("origin", r.origin()).put("published", r.published().map(Object::toString).orElse(null))
        .put("publisher", r.publisher()).put("title", r.title()).put("source", r.source()).put("source_type", r.sourceType())
        .put("stance", r.stance()).put("quote", r.quote()).put("cue", r.cue()).put("content", r.content())
        .put("said_when", r.saidWhen().orElse(null));
    r.via().forEach(o.putArray("via")::add);
    if (cluster != null) {
      o.put("cluster_id", cluster);
    }
    if (format == Format.json && !first[0]) {
      out.println(",");
    }
    first[0] = false;
    out.print(ArticleJson.write(o));
    if (format == Format.jsonl) {
      out.println();
    }
  }

  /** RFC 4180 quoting. */
  static String csv(String s) {
    if (s == null) {
      return "";
    }
    return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }
}
