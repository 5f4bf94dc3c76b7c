package org.claimtrail.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.claimtrail.model.Article;

/** The JSON shape of an extracted article, one object per line. */
final class ArticleJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ArticleJson() {}

  static ObjectNode of(Article a) {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", a.id());
    o.put("source", a.origin());
    put(o, "url", a.url());
    put(o, "title", a.title());
    put(o, "publisher", a.publisher());
    o.put("publisher_inferred", a.publisherInferred());
    ArrayNode authors = o.putArray("authors");
    a.authors().forEach(authors::add);
    put(o, "published", a.published().map(Object::toString));
    put(o, "modified", a.modified().map(Object::toString));
    put(o, "language", a.language());
    o.put("text", a.text());
    ArrayNode paragraphs = o.putArray("paragraphs");
    a.paragraphs().forEach(paragraphs::add);
    o.put("content_hash", a.contentHash());
    return o;
  }

  static ObjectNode withRemoved(ObjectNode o, Article a) {
    ArrayNode removed = o.putArray("removed");
    for (Article.RemovedBlock b : a.removed()) {
      removed.addObject().put("filter", b.filter()).put("text", b.text());
    }
    return o;
  }

  private static void put(ObjectNode o, String field, Optional<String> value) {
    if (value.isPresent()) {
      o.put(field, value.get());
    } else {
      o.putNull(field);
    }
  }

  static String write(ObjectNode o) {
    try {
      return JSON.writeValueAsString(o);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("Cannot serialise a tree of plain values", e);
    }
  }
}
