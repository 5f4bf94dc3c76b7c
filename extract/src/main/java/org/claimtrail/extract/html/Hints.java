package org.claimtrail.extract.html;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** What an element's class, id and role say about whether it holds article text. */
final class Hints {
  /** Names of page furniture. */
  static final Pattern NEGATIVE =
      Pattern.compile(
          "(?i)(?:^|[\\s_-])(?:comment|comments|disqus|share|sharing|social|sociable|related|recommend|recommended|promo|promotion|sponsor|sponsored|advert|advertisement|ad|ads|adv|banner|newsletter|subscribe|subscription|signup|sidebar|widget|breadcrumbs?|menu|nav|navbar|navigation|masthead|popup|modal|cookie|consent|outbrain|taboola|zergnet|footer|foot|header|topbar|toolbar|skip|print|rss|tags|tag-list|taglist|author-bio|bio|meta|byline|dateline|timestamp|caption|credit|login|paywall|more-stories|most-popular|trending|read-more|readmore|next-article|prev|pagination|pager|hidden|hide|jump|tools|utility|ribbon|rail|teaser|card|video-player|gallery|slideshow|carousel)(?:$|[\\s_-])");

  /** Names of article containers. */
  static final Pattern POSITIVE =
      Pattern.compile(
          "(?i)(?:^|[\\s_-])(?:article|articlebody|article-body|article-content|articletext|body|content|entry|entry-content|main|main-content|page|post|post-content|post-body|story|story-body|storytext|text|blog|hentry|permalink|prose|richtext|rich-text)(?:$|[\\s_-])");

  private Hints() {}

  static String names(Element e) {
    return e.className() + " " + e.id() + " " + e.attr("role") + " " + e.attr("itemprop");
  }

  static boolean negative(Element e) {
    return NEGATIVE.matcher(names(e)).find();
  }

  static boolean positive(Element e) {
    String n = names(e);
    return POSITIVE.matcher(n).find() || n.contains("articleBody") || "article".equals(e.tagName()) || "main".equals(e.tagName());
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
