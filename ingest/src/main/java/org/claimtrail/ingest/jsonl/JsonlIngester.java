package org.claimtrail.ingest.jsonl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.claimtrail.ingest.DocumentSource;
import org.claimtrail.ingest.Head;
import org.claimtrail.ingest.IngestListener;
import org.claimtrail.ingest.IngestOptions;
import org.claimtrail.ingest.Ingester;
import org.claimtrail.ingest.RecordReader;
import org.claimtrail.model.RawDocument;
import org.claimtrail.model.SourceHints;
import org.claimtrail.model.Timestamps;

/**
 * JSON Lines, one article per line (field names in the package documentation). A line that is not
 * JSON, not an object, or has no body is reported with its line number and skipped; the rest of
 * the file is read.
 */
public final class JsonlIngester implements Ingester {
  public static final String NAME = "jsonl";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<String> mediaTypes() {
    return Set.of("application/jsonl", "application/x-ndjson");
  }

  @Override
  public Match sniff(Head head) {
    if (head.text().startsWith("{")) {
      return Match.BY_CONTENT;
    }
    return head.nameEndsWith(".jsonl", ".ndjson", ".json") ? Match.BY_NAME : Match.NONE;
  }

  @Override
  public DocumentSource open(InputStream in, String origin, IngestOptions options, IngestListener listener) {
    return new Lines(new LineReader(in, options.maxDocumentBytes()), origin, listener);
  }

  private static final class Lines extends RecordReader {
    private final LineReader lines;

    Lines(LineReader lines, String origin, IngestListener listener) {
      super(origin, listener);
      this.lines = lines;
    }

    @Override
    protected RawDocument readNext() throws IOException {
      while (true) {
        LineReader.Line line = lines.next();
        if (line == null) {
          return null;
        }
        String lineOrigin = origin + "#line " + line.number();
        if (line.tooLong()) {
          listener.failed(lineOrigin, "line longer than the limit of " + lines.limit() + " bytes");
          continue;
        }
        String text = new String(line.bytes(), StandardCharsets.UTF_8);
        if (text.isBlank()) {
          continue;
        }
        RawDocument doc = parse(text, lineOrigin);
        if (doc != null) {
          return doc;
        }
      }
    }

    private RawDocument parse(String text, String lineOrigin) {
      JsonNode node;
      try {
        node = JSON.readTree(text);
      } catch (JsonProcessingException e) {
        listener.failed(lineOrigin, "invalid JSON: " + e.getOriginalMessage());
        return null;
      }
      if (node == null || !node.isObject()) {
        listener.failed(lineOrigin, "expected a JSON object, found " + (node == null ? "nothing" : node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT)));
        return null;
      }
      String id = string(node, "id");
      String docOrigin = id == null ? lineOrigin : lineOrigin + " (id " + id + ")";
      SourceHints hints =
          SourceHints.NONE
              .withUrl(string(node, "url", "link", "canonical_url"))
              .withTitle(string(node, "title", "headline"))
              .withPublisher(string(node, "publisher", "site_name", "source_domain", "site", "outlet", "source"))
              .withAuthors(authors(node))
              .withLanguage(string(node, "language", "lang"));
      String published = string(node, "published", "published_at", "date_publish", "datePublished", "date", "pubdate");
      if (published != null) {
        var when = Timestamps.parse(published);
        if (when.isPresent()) {
          hints = hints.withPublished(when.get());
        } else {
          listener.warning(docOrigin, "ignored unreadable date '" + published + "'");
        }
      }
      String html = string(node, "html", "raw_html", "content_html");
      if (html != null) {
        return RawDocument.html(docOrigin, html, hints);
      }
      String body = string(node, "text", "body", "content", "article", "maintext");
      if (body == null) {
        listener.failed(docOrigin, "no text or html field");
        return null;
      }
      return RawDocument.text(docOrigin, body, hints);
    }

    @Override
    public void close() throws IOException {
      lines.close();
    }
  }

  /** The first of the fields that is a non-blank string (numbers are turned into strings). */
  static String string(JsonNode node, String... names) {
    for (String name : names) {
      JsonNode v = node.get(name);
      if (v != null && (v.isTextual() || v.isNumber()) && !v.asText().isBlank()) {
        return v.asText().strip();
      }
    }
    return null;
  }

  private static List<String> authors(JsonNode node) {
    List<String> out = new ArrayList<>();
    for (String name : new String[] {"authors", "author", "byline"}) {
      JsonNode v = node.get(name);
      if (v == null) {
        continue;
      }
      if (v.isArray()) {
        for (JsonNode a : v) {
          String s = a.isTextual() ? a.asText() : a.path("name").asText(null);
          if (s != null && !s.isBlank()) {
            out.add(s.strip());
          }
        }
      } else if (v.isTextual() && !v.asText().isBlank()) {
        out.add(v.asText().strip());
      } else if (v.isObject() && v.hasNonNull("name")) {
        out.add(v.get("name").asText().strip());
      }
      if (!out.isEmpty()) {
        break;
      }
    }
    return out;
  }
}
