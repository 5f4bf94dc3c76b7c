package org.claimtrail.extract.html;

import org.jsoup.nodes.Element;

/**
 * What an element's class, id and role say about whether it holds article text. A word counts
 * where it stands between separators ({@code share-bar}, {@code post_content}), never inside
 * another word ({@code shared} is no {@code share}).
 */
final class Hints {
  /** Names of page furniture. */
  private static final NameWords NEGATIVE =
      new NameWords(
          "comment", "comments", "disqus", "share", "sharing", "social", "sociable", "related", "recommend", "recommended", "promo",
          "promotion", "sponsor", "sponsored", "advert", "advertisement", "ad", "ads", "adv", "banner", "newsletter", "subscribe",
          "subscription", "signup", "sidebar", "widget", "breadcrumb", "breadcrumbs", "menu", "nav", "navbar", "navigation", "masthead",
          "popup", "modal", "cookie", "consent", "outbrain", "taboola", "zergnet", "footer", "foot", "header", "topbar", "toolbar", "skip",
          "print", "rss", "tags", "tag-list", "taglist", "author-bio", "bio", "meta", "byline", "dateline", "timestamp", "caption",
          "credit", "login", "paywall", "more-stories", "most-popular", "trending", "read-more", "readmore", "next-article", "prev",
          "pagination", "pager", "hidden", "hide", "jump", "tools", "utility", "ribbon", "rail", "teaser", "card", "video-player",
          "gallery", "slideshow", "carousel");

  /** Names of article containers. */
  private static final NameWords POSITIVE =
      new NameWords(
          "article", "articlebody", "article-body", "article-content", "articletext", "body", "content", "entry", "entry-content", "main",
          "main-content", "page", "post", "post-content", "post-body", "story", "story-body", "storytext", "text", "blog", "hentry",
          "permalink", "prose", "richtext", "rich-text");

  private Hints() {}

  static String names(Element e) {
    return e.className() + " " + e.id() + " " + e.attr("role") + " " + e.attr("itemprop");
  }

  static boolean negative(Element e) {
    return NEGATIVE.in(names(e));
  }

  static boolean positive(Element e) {
    String n = names(e);
    return POSITIVE.in(n) || n.contains("articleBody") || "article".equals(e.tagName()) || "main".equals(e.tagName());
  }

  /** A factor for a container's score: above 1 for article-like names, below for furniture. */
  static double weight(Element e) {
    double w = 1.0;
    if (positive(e)) {
      w *= 1.35;
    }
    if (negative(e)) {
      w *= 0.55;
    }
    return w;
  }
}
