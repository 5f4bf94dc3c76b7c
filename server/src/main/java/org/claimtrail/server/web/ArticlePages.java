package org.claimtrail.server.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.claimtrail.server.Params;
import org.claimtrail.server.Services;
import org.claimtrail.store.ArticleQueries;

/** The article list and the article view: clean text with its claims highlighted by stance. */
final class ArticlePages {
  static final List<String> STANCES = List.of("confirmed", "asserted", "claimed", "alleged", "hedged", "denied", "reported");
  private static final int PAGE = 50;
  private final Services s;

  ArticlePages(Services s) {
    this.s = s;
  }

  record ListModel(String publisher, List<ArticleQueries.ArticleSummary> rows, Pager pager) {}

  /**
   * One article: its body as paragraphs of pieces, the claims' spans among them; a link to the
   * original when it is a web address; its near-duplicate copies.
   */
  record ArticleModel(ArticleQueries.ArticleView view, List<List<Piece>> body, Optional<String> link, List<ArticleQueries.ArticleSummary> copies) {}

  /** A run of text inside one paragraph, split at its line breaks, and the claim whose span it is (or null). */
  record Piece(List<String> lines, ArticleQueries.PlacedClaim claim) {}

  void list(Context ctx) {
    Optional<String> publisher = Params.text(ctx, "publisher");
    int offset = Params.integer(ctx, "offset", 0, 0, 10_000_000);
    List<ArticleQueries.ArticleSummary> rows = s.articles().list(publisher, PAGE, offset);
    Templates.render(ctx, "articles", new ListModel(publisher.orElse(""), rows,
        Pager.of("/articles?publisher=" + Format.q(publisher.orElse("")), offset, PAGE, rows.size())));
  }

  void article(Context ctx) {
    long id = Params.id(ctx, "id");
    Optional<ArticleQueries.ArticleView> found = s.articles().article(id);
    if (found.isEmpty()) {
      Templates.message(ctx, 404, Templates.Message.plain("Not found", "No such article", "Article " + id + " does not exist."));
      return;
    }
    ArticleQueries.ArticleView a = found.get();
    String url = a.summary().url();
    Optional<String> link = Optional.ofNullable(url).filter(u -> u.startsWith("http://") || u.startsWith("https://"));
    List<ArticleQueries.ArticleSummary> copies = a.syndicationGroup().map(g -> s.articles().copies(g, id)).orElse(List.of());
    Templates.render(ctx, "article", new ArticleModel(a, paragraphs(a.body(), a.claims()), link, copies));
  }

  /**
   * The body as paragraphs (split at blank lines) of pieces, each claim's content span a piece of
   * its own; overlapping spans keep the first. A span over several paragraphs becomes a piece in
   * each, so the marks nest inside the paragraphs.
   */
  static List<List<Piece>> paragraphs(String body, List<ArticleQueries.PlacedClaim> claims) {
    List<ArticleQueries.PlacedClaim> spans = new ArrayList<>(claims);
    spans.sort(Comparator.comparingInt(ArticleQueries.PlacedClaim::start).thenComparingInt(c -> -c.end()));
    List<List<Piece>> out = new ArrayList<>();
    out.add(new ArrayList<>());
    int at = 0;
    for (ArticleQueries.PlacedClaim c : spans) {
      if (c.start() < at || c.start() < 0 || c.end() > body.length() || c.end() <= c.start()) {
        continue;
      }
      add(out, body.substring(at, c.start()), null);
      add(out, body.substring(c.start(), c.end()), c);
      at = c.end();
    }
    add(out, body.substring(at), null);
    return out;
  }

  private static void add(List<List<Piece>> paragraphs, String text, ArticleQueries.PlacedClaim claim) {
    String[] parts = text.split("\n\n", -1);
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        paragraphs.add(new ArrayList<>());
      }
      if (!parts[i].isEmpty()) {
        paragraphs.get(paragraphs.size() - 1).add(new Piece(List.of(parts[i].split("\n", -1)), claim));
      }
    }
  }
}
