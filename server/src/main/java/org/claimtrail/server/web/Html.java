package org.claimtrail.server.web;

/** Builds HTML with every text escaped: article text may contain markup or script. */
final class Html {
  private final StringBuilder sb = new StringBuilder();

  static String escape(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** Appends trusted markup (a literal of ours). */
  Html raw(String markup) {
    sb.append(markup);
    return this;
  }

  /** Appends text, escaped. */
  Html text(String text) {
    sb.append(escape(text));
    return this;
  }

  @Override
  public String toString() {
    return sb.toString();
  }

  /** A date as YYYY-MM-DD, or empty. */
  static String day(java.util.Optional<java.time.Instant> t) {
    return t.map(i -> i.toString().substring(0, 10)).orElse("");
  }

  static String cut(String s, int n) {
    return s == null ? "" : s.length() <= n ? s : s.substring(0, n - 1) + "…";
  }

  /** A query-string value, encoded. */
  static String q(String s) {
    return java.net.URLEncoder.encode(s == null ? "" : s, java.nio.charset.StandardCharsets.UTF_8);
  }

  /** Previous/next links for a paged list; {@code base} already has its other parameters. */
  static String pager(String base, int offset, int size, int shown) {
    String sep = base.contains("?") ? "&" : "?";
    StringBuilder sb = new StringBuilder("<nav class=\"pager\">");
    if (offset > 0) {
      sb.append("<a href=\"").append(escape(base + sep + "offset=" + Math.max(0, offset - size))).append("\">← Previous</a>");
    }
    if (shown == size) {
      sb.append("<a href=\"").append(escape(base + sep + "offset=" + (offset + size))).append("\">Next →</a>");
    }
    return sb.append("</nav>").toString();
  }

  /** The page frame: header with search, the body, a footer. */
  static String page(String title, String body) {
    return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>" + escape(title) + " · Claimtrail</title><link rel=\"stylesheet\" href=\"/static/claimtrail.css\">"
        + "<script src=\"/webjars/htmx.org/2.0.4/dist/htmx.min.js\"></script></head><body>"
        + "<header><a class=\"brand\" href=\"/\">Claimtrail</a><nav><a href=\"/\">Clusters</a><a href=\"/timeline\">Timeline</a><a href=\"/entities\">Entities</a>"
        + "<a href=\"/articles\">Articles</a><a href=\"/sources\">Sources</a><a href=\"/ingest\">Ingest</a></nav>"
        + "<form action=\"/search\" method=\"get\"><input type=\"search\" name=\"q\" placeholder=\"Search claims and articles\" aria-label=\"Search\">"
        + "<button>Search</button></form></header><main>" + body + "</main>"
        + "<footer>Claimtrail · who claimed what, when, and how sure · GPL-3.0-or-later</footer></body></html>";
  }
}
