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
  private static final int PAGE = 50;
  private final Services s;

  ArticlePages(Services s) {
    this.s = s;
  }

  void list(Context ctx) {
    Optional<String> publisher = Params.text(ctx, "publisher");
    int offset = Params.integer(ctx, "offset", 0, 0, 10_000_000);
    List<ArticleQueries.ArticleSummary> rows = s.articles().list(publisher, PAGE, offset);
    Html h = new Html().raw("<h1>Articles</h1><form class=\"filters\" action=\"/articles\"><input name=\"publisher\" placeholder=\"Publisher\" aria-label=\"Publisher\" value=\"")
        .text(publisher.orElse("")).raw("\"><button>Filter</button></form><table><thead><tr><th>Published</th><th>Title</th><th>Publisher</th><th>Claims</th></tr></thead><tbody>");
    for (ArticleQueries.ArticleSummary a : rows) {
      h.raw("<tr><td>").text(Html.day(a.published())).raw("</td><td><a href=\"/articles/" + a.id() + "\">").text(a.title() == null ? "(untitled)" : a.title())
          .raw("</a>" + (a.revision() > 1 ? " <span class=\"muted\">revision " + a.revision() + "</span>" : "") + "</td><td>")
          .raw(a.publisher() == null ? "" : "<a href=\"/articles?publisher=" + Html.escape(Html.q(a.publisher())) + "\">").text(a.publisher())
          .raw(a.publisher() == null ? "" : "</a>").raw("</td><td>" + a.claims() + "</td></tr>");
    }
    h.raw("</tbody></table>");
    ctx.html(Html.page("Articles", h.raw(Html.pager("/articles?publisher=" + Html.q(publisher.orElse("")), offset, PAGE, rows.size())).toString()));
  }

  void article(Context ctx) {
    long id = Params.id(ctx, "id");
    Optional<ArticleQueries.ArticleView> found = s.articles().article(id);
    if (found.isEmpty()) {
      ctx.status(404).html(Html.page("Not found", "<h1>No such article</h1><p>Article " + id + " does not exist.</p>"));
      return;
    }
    ArticleQueries.ArticleView a = found.get();
    ArticleQueries.ArticleSummary m = a.summary();
    Html h = new Html().raw("<p class=\"muted\">").text(m.publisher() == null ? "" : m.publisher() + " · ").text(Html.day(m.published()))
        .text(a.authors() == null || a.authors().isBlank() ? "" : " · " + a.authors()).text(a.language() == null ? "" : " · " + a.language())
        .text(m.revision() > 1 ? " · revision " + m.revision() : "").raw("</p><h1>").text(m.title() == null ? "(untitled)" : m.title()).raw("</h1>");
    if (m.url() != null && (m.url().startsWith("http://") || m.url().startsWith("https://"))) {
      h.raw("<p class=\"muted\"><a rel=\"noopener noreferrer nofollow\" href=\"").text(m.url()).raw("\">").text(Html.cut(m.url(), 100)).raw("</a></p>");
    }
    h.raw("<p class=\"legend\">Claims are marked by stance: ");
    for (String st : List.of("confirmed", "asserted", "claimed", "alleged", "hedged", "denied", "reported")) {
      h.raw("<mark class=\"claim " + st + "\">" + st + "</mark> ");
    }
    h.raw("</p><div class=\"columns\"><article class=\"body\">").raw(highlighted(a.body(), a.claims())).raw("</article><aside><h2>Claims (" + a.claims().size() + ")</h2><ol class=\"claims\">");
    for (ArticleQueries.PlacedClaim c : a.claims()) {
      h.raw("<li id=\"claim-" + c.id() + "\"><span class=\"stance " + Html.escape(c.stance()) + "\">").text(c.stance()).raw("</span> <strong>").text(c.source())
          .raw("</strong> <span class=\"muted\">").text(c.cue()).raw("</span>");
      if (!c.via().isEmpty()) {
        h.raw("<div class=\"muted\">via ").text(String.join(" → ", c.via())).raw("</div>");
      }
      h.raw("<div>").text(Html.cut(c.content(), 200)).raw("</div>");
      c.cluster().ifPresent(k -> h.raw("<a href=\"/clusters/" + k + "\">cluster →</a>"));
      h.raw("</li>");
    }
    h.raw("</ol></aside></div>");
    a.syndicationGroup().ifPresent(g -> {
      List<ArticleQueries.ArticleSummary> copies = s.articles().copies(g, id);
      if (!copies.isEmpty()) {
        h.raw("<section><h2>Near-duplicate copies</h2><ul>");
        copies.forEach(c -> h.raw("<li><a href=\"/articles/" + c.id() + "\">").text(c.title() == null ? "article " + c.id() : c.title()).raw("</a> ")
            .text(c.publisher() == null ? "" : c.publisher()).raw("</li>"));
        h.raw("</ul></section>");
      }
    });
    h.raw("<details class=\"removed\"><summary>Removed boilerplate (" + a.removed().size() + " blocks)</summary><ol>");
    a.removed().forEach(r -> h.raw("<li><span class=\"kind\">").text(r.filter()).raw("</span> ").text(Html.cut(r.text(), 400)).raw("</li>"));
    h.raw("</ol></details><p class=\"muted\">Origin: ").text(a.origin()).raw("</p>");
    ctx.html(Html.page(m.title() == null ? "Article" : m.title(), h.toString()));
  }

  /**
   * The body as paragraphs, each claim's content span wrapped in a mark with its stance, linked to
   * its entry in the list. Overlapping spans keep the first; every piece of text is escaped.
   */
  static String highlighted(String body, List<ArticleQueries.PlacedClaim> claims) {
    List<ArticleQueries.PlacedClaim> spans = new ArrayList<>(claims);
    spans.sort(Comparator.comparingInt(ArticleQueries.PlacedClaim::start).thenComparingInt(c -> -c.end()));
    StringBuilder out = new StringBuilder("<p>");
    int at = 0;
    for (ArticleQueries.PlacedClaim c : spans) {
      if (c.start() < at || c.start() < 0 || c.end() > body.length() || c.end() <= c.start()) {
        continue;
      }
      out.append(paragraphs(body.substring(at, c.start())));
      String open = "<a class=\"claim-link\" href=\"#claim-" + c.id() + "\"><mark class=\"claim " + Html.escape(c.stance()) + "\" title=\""
          + Html.escape(c.source() + " · " + c.stance()) + "\">";
      // A span over several paragraphs is closed and reopened at each break, so the tags nest.
      out.append(open).append(paragraphs(body.substring(c.start(), c.end())).replace("</p><p>", "</mark></a></p><p>" + open)).append("</mark></a>");
      at = c.end();
    }
    out.append(paragraphs(body.substring(at)));
    return out.append("</p>").toString();
  }

  private static String paragraphs(String text) {
    return Html.escape(text).replace("\n\n", "</p><p>").replace("\n", "<br>");
  }
}
