package org.claimtrail.extract.metadata;

import java.util.regex.Pattern;

/**
 * What an element's class and id (lower case) say it holds: a comment section, a byline, a date.
 * Matched on whole name parts ({@code post-byline}, {@code entry_date}), so {@code validate} is
 * no date and {@code authority} no author.
 */
final class ClassNames {
  private static final Pattern COMMENTS =
      Pattern.compile("(?:^|[\\s_-])(?:comments?|commentlist|comment-list|disqus|respond|replies|reply|talkback)(?:$|[\\s_-])");
  private static final Pattern BYLINE =
      Pattern.compile("(?:^|[\\s_-])(?:byline|bylines|by-line|author|authors|author-name|authorname|byl|writer|contributor|contributors|creator|reporter)(?:$|[\\s_-]|name)");
  /** Parts of an author box that are not the name: the title, the bio, the photo, a follow button. */
  private static final Pattern NOT_NAME =
      Pattern.compile("(?:author|byline|writer)s?[-_](?:title|bio|desc|description|follow|image|img|avatar|photo|pic|picture|thumb|social|twitter|email|mail|job|position|role|about|info|date|time)");
  private static final Pattern DATE =
      Pattern.compile("(?:^|[\\s_-])(?:date|dates|dateline|datetime|time|timestamp|published|publish|pubdate|posted|postdate|entry-date|post-date|article-date|story-date)(?:$|[\\s_-])");

  private ClassNames() {}

  static boolean isComments(String names) {
    return !names.isEmpty() && (names.contains("comment") || names.contains("disqus") || names.contains("repl") || names.contains("respond"))
        && COMMENTS.matcher(names).find();
  }

  static boolean isByline(String names) {
    return (names.contains("by") || names.contains("auth") || names.contains("writ") || names.contains("contrib") || names.contains("creat")
        || names.contains("report")) && BYLINE.matcher(names).find() && !NOT_NAME.matcher(names).find();
  }

  static boolean isDate(String names) {
    return (names.contains("date") || names.contains("time") || names.contains("publ") || names.contains("post")) && DATE.matcher(names).find();
  }
}
