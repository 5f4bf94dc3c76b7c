package org.claimtrail.ingest.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Date;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimtrail.ingest.BoundedInputStream;
import org.claimtrail.ingest.DocumentSource;
import org.claimtrail.ingest.Head;
import org.claimtrail.ingest.IngestException;
import org.claimtrail.ingest.IngestListener;
import org.claimtrail.ingest.IngestOptions;
import org.claimtrail.ingest.Ingester;
import org.claimtrail.ingest.RecordReader;
import org.claimtrail.model.RawDocument;
import org.claimtrail.model.SourceHints;

/**
 * RSS and Atom feeds. Each item becomes a document with its link, date, title, authors and its
 * full content when the feed carries it, else its summary. Rome refuses DOCTYPE declarations by
 * default, which shuts out XXE and entity-expansion payloads; this class never turns that on.
 */
public final class FeedIngester implements Ingester {
  public static final String NAME = "feed";
  private static final Pattern MARKUP = Pattern.compile("<\\s*/?\\s*[a-zA-Z][a-zA-Z0-9]*[\\s>/]");

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<String> mediaTypes() {
    return Set.of("application/rss+xml", "application/atom+xml", "application/rdf+xml");
  }

  @Override
  public Match sniff(Head head) {
    String t = head.text();
    if (t.startsWith("<rss") || t.startsWith("<feed") || t.startsWith("<rdf:rdf")) {
      return Match.BY_CONTENT;
    }
    if (t.startsWith("<?xml") && (t.contains("<rss") || t.contains("<feed") || t.contains("<rdf:rdf"))) {
      return Match.BY_CONTENT;
    }
    return head.nameEndsWith(".rss", ".atom") ? Match.BY_NAME : Match.NONE;
  }

  @Override
  public DocumentSource open(InputStream in, String origin, IngestOptions options, IngestListener listener)
      throws IOException {
    SyndFeed feed;
    try (in) {
      byte[] bytes = BoundedInputStream.readAll(in, options.maxDocumentBytes(), origin);
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      feed = input.build(new XmlReader(new ByteArrayInputStream(bytes)));
    } catch (FeedException | IllegalArgumentException e) {
      throw new IngestException(origin, "not a readable RSS/Atom feed: " + e.getMessage(), e);
    }
    return new Items(feed, origin, listener);
  }

  /** Walks the parsed feed's entries; the feed is small enough to hold, its items are not copied. */
  private static final class Items extends RecordReader {
    private final Iterator<SyndEntry> entries;
    private final String feedTitle;
    private final String language;
    private int index;

    Items(SyndFeed feed, String origin, IngestListener listener) {
      super(origin, listener);
      this.entries = feed.getEntries().iterator();
      this.feedTitle = blankToNull(feed.getTitle());
      this.language = blankToNull(feed.getLanguage());
    }

    @Override
    protected RawDocument readNext() {
      while (entries.hasNext()) {
        SyndEntry entry = entries.next();
        index++;
        String itemOrigin = origin + "#item " + index;
        String body = body(entry);
        if (body == null || body.isBlank()) {
          listener.skipped(itemOrigin, "feed item has neither content nor summary");
          continue;
        }
        SourceHints hints =
            SourceHints.NONE
                .withUrl(blankToNull(entry.getLink() != null ? entry.getLink() : entry.getUri()))
                .withTitle(blankToNull(entry.getTitle()))
                .withPublisher(feedTitle)
                .withAuthors(authors(entry))
                .withPublished(date(entry.getPublishedDate(), entry.getUpdatedDate()))
                .withLanguage(language);
        return MARKUP.matcher(body).find()
            ? RawDocument.html(itemOrigin, body, hints)
            : RawDocument.text(itemOrigin, body, hints);
      }
      return null;
    }

    private static String body(SyndEntry entry) {
      StringBuilder sb = new StringBuilder();
      for (SyndContent c : entry.getContents()) {
        if (c.getValue() != null) {
          sb.append(c.getValue()).append('\n');
        }
      }
      if (sb.length() == 0 && entry.getDescription() != null) {
        return entry.getDescription().getValue();
      }
      return sb.toString();
    }

    private static List<String> authors(SyndEntry entry) {
      List<String> out = new ArrayList<>();
      for (SyndPerson p : entry.getAuthors()) {
        if (p.getName() != null && !p.getName().isBlank()) {
          out.add(p.getName().strip());
        }
      }
      if (out.isEmpty() && entry.getAuthor() != null && !entry.getAuthor().isBlank()) {
        out.add(entry.getAuthor().strip());
      }
      return out;
    }

    private static java.time.Instant date(Date published, Date updated) {
      Date d = published != null ? published : updated;
      return d == null ? null : d.toInstant();
    }

    @Override
    public void close() {}
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
