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
    if (head.text().startsWith("{") || head.text().startsWith("[")) {
      return Match.BY_CONTENT;
    }
    return head.nameEndsWith(".jsonl", ".ndjson", ".json") ? Match.BY_NAME : Match.NONE;
  }

  @Override
  public DocumentSource open(InputStream raw, String origin, IngestOptions options, IngestListener listener)
      throws IOException {
    InputStream in = raw.markSupported() ? raw : new java.io.BufferedInputStream(raw);
    if (isJsonLines(in)) {
      return new Lines(new LineReader(in, options.maxDocumentBytes()), origin, listener);
    }
    // Not one object per line: a JSON document holding one article or an array of them.
    return new JsonDocument(JSON.getFactory().createParser(new org.claimtrail.ingest.BoundedInputStream(in, options.maxDocumentBytes(), origin, "JSON document")), origin, listener);
  }

  /** JSON Lines when the first non-blank line is a whole JSON value on its own. */
  private static boolean isJsonLines(InputStream in) throws IOException {
    in.mark(1 << 20);
    try {
      byte[] head = in.readNBytes(1 << 20);
      String text = new String(head, StandardCharsets.UTF_8).stripLeading();
      if (text.startsWith("[")) {
        return false;
      }
      int nl = text.indexOf('\n');
      String first = nl < 0 ? text : text.substring(0, nl);
      try {
        JSON.readTree(first);
        return true;
      } catch (JsonProcessingException e) {
        return nl < 0 && head.length == (1 << 20); // one huge line: let the line reader report it
      }
    } finally {
      in.reset();
    }
  }

  /** A JSON document: one article object, or an array of them read one element at a time. */
  private static final class JsonDocument extends RecordReader {
    private final com.fasterxml.jackson.core.JsonParser parser;
    private boolean started;
    private boolean array;
    private int index;

    JsonDocument(com.fasterxml.jackson.core.JsonParser parser, String origin, IngestListener listener) {
      super(origin, listener);
      this.parser = parser;
    }

    @Override
    protected RawDocument readNext() throws IOException {
      try {
        if (!started) {
          started = true;
          com.fasterxml.jackson.core.JsonToken t = parser.nextToken();
          if (t == com.fasterxml.jackson.core.JsonToken.START_ARRAY) {
            array = true;
          } else if (t == com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
            index = 1;
            return toDocument(JSON.readTree(parser), origin, listener);
          } else {
            throw new org.claimtrail.ingest.IngestException(origin, "expected a JSON object or array");
          }
        }
        while (array) {
          com.fasterxml.jackson.core.JsonToken t = parser.nextToken();
          if (t == null || t == com.fasterxml.jackson.core.JsonToken.END_ARRAY) {
            return null;
          }
          index++;
          JsonNode node = JSON.readTree(parser);
          String itemOrigin = origin + "#item " + index;
          if (node == null || !node.isObject()) {
            listener.failed(itemOrigin, "expected a JSON object");
            continue;
          }
          RawDocument d = toDocument(node, itemOrigin, listener);
          if (d != null) {
            return d;
          }
        }
        return null;
      } catch (JsonProcessingException e) {
        throw new org.claimtrail.ingest.IngestException(origin, "invalid JSON: " + shortMessage(e), e);
      }
    }

    @Override
    public void close() throws IOException {
      parser.close();
    }
  }

  /** Jackson's message without the parser-location suffix, which names no file we know. */
  static String shortMessage(JsonProcessingException e) {
    String m = e.getOriginalMessage();
    int cut = m.indexOf(" (for ");
    if (cut < 0) {
      cut = m.indexOf(" at [Source");
    }
    return cut > 0 ? m.substring(0, cut) : m;
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
        listener.failed(lineOrigin, "invalid JSON: " + shortMessage(e));
        return null;
      }
      if (node == null || !node.isObject()) {
        listener.failed(lineOrigin, "expected a JSON object, found " + (node == null ? "nothing" : node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT)));
        return null;
      }
      return toDocument(node, lineOrigin, listener);
    }

    @Override
    public void close() throws IOException {
      lines.close();
    }
  }

  /** One article object to a document; a record without a body is reported and gives null. */
  static RawDocument toDocument(JsonNode node, String recordOrigin, IngestListener listener) {
    String id = string(node, "id");
    String docOrigin = id == null ? recordOrigin : recordOrigin + " (id " + id + ")";
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
