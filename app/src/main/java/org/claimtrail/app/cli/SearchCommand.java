package org.claimtrail.app.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.claimtrail.model.ArticleLabel;
import org.claimtrail.store.search.SearchHit;
import org.claimtrail.store.search.SearchIndex;
import org.claimtrail.store.search.SearchQuery;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code claimtrail search}: full-text search over stored claims and articles. */
@Command(name = "search", mixinStandardHelpOptions = true, description = "Searches stored claims and articles (Lucene syntax, BM25).")
final class SearchCommand implements Callable<Integer> {
  enum OutputFormat {
    table,
    json
  }

  @Parameters(index = "0", arity = "0..1", paramLabel = "QUERY", description = "Words or a Lucene query; empty lists everything.")
  String query = "";

  @picocli.CommandLine.Mixin StoreOptions where;

  @Option(names = "--type", description = "claim or article.")
  String type;

  @Option(names = "--stance", description = "confirmed, asserted, claimed, alleged, hedged, denied, reported.")
  String stance;

  @Option(names = "--source", description = "A claim source's canonical name.")
  String source;

  @Option(names = "--entity", description = "An entity named in the article or as the source.")
  String entity;

  @Option(names = "--publisher", description = "The publisher's name.")
  String publisher;

  @picocli.CommandLine.Mixin DateRange dates;

  @Option(names = "--limit", description = "At most this many results (default ${DEFAULT-VALUE}).", defaultValue = "20")
  int limit;

  @Option(names = "--format", description = "table or json (default ${DEFAULT-VALUE}).", defaultValue = "table")
  OutputFormat format;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Path dir = where.indexDir();
    if (!dir.toFile().isDirectory()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "No search index at " + dir + ": run 'claimtrail ingest' first, or give --index");
    }
    SearchQuery q;
    try {
      q = new SearchQuery(query, Optional.ofNullable(type), Optional.ofNullable(stance), Optional.ofNullable(source), Optional.ofNullable(entity),
          Optional.ofNullable(publisher), dates.start(), dates.end(), limit);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    try (SearchIndex search = SearchIndex.open(dir)) {
      List<SearchHit> hits;
      try {
        hits = search.search(q);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
      }
      for (SearchHit h : hits) {
        if (format == OutputFormat.json) {
          var o = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
          o.put("type", h.type()).put("id", h.id()).put("article_id", h.articleId()).put("score", h.score()).put("snippet", h.snippet());
          h.title().ifPresent(t -> o.put("title", t));
          o.put("label", h.label());
          h.publisher().ifPresent(t -> o.put("publisher", t));
          h.source().ifPresent(t -> o.put("source", t));
          h.stance().ifPresent(t -> o.put("stance", t));
          h.published().ifPresent(t -> o.put("published", t));
          out.println(ArticleJson.write(o));
        } else {
          String plain = h.snippet().replace("<b>", "\u001b[1m").replace("</b>", "\u001b[0m").replace("&lt;", "<").replace("&gt;", ">")
              .replace("&quot;", "\"").replace("&#x27;", "'").replace("&#39;", "'").replace("&#x2F;", "/").replace("&amp;", "&").replace('\n', ' ');
          String article = ArticleLabel.withPublisher(h.label(), h.publisher().orElse(null));
          out.println(String.format(Locale.ROOT, "%-7s %6d  %-10s %-22s %-9s %s%n%58s— %s", h.type(), h.id(), h.published().orElse(""),
              h.source().orElse("").replaceAll("(.{22}).+", "$1"), h.stance().orElse(""), plain, "", article));
        }
      }
      if (format == OutputFormat.table) {
        out.println(hits.size() + " result" + (hits.size() == 1 ? "" : "s"));
      }
    }
    return 0;
  }
}
