package org.claimtrail.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimtrail.model.Article;
import org.claimtrail.model.Claim;

/** The JSON shape of one claim, one object per line. */
final class ClaimJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ClaimJson() {}

  static ObjectNode of(Article a, Claim c) {
    ObjectNode o = JSON.createObjectNode();
    o.put("document", a.origin());
    o.put("article_id", a.id());
    ObjectNode src = o.putObject("source");
    src.put("name", c.source().name());
    src.put("type", c.source().type().name());
    if (c.source().role().isPresent()) {
      src.put("role", c.source().role().get());
    } else {
      src.putNull("role");
    }
    src.put("text", c.source().text());
    o.put("cue", c.cue());
    o.put("cue_lemma", c.cueLemma());
    o.put("stance", c.stance().label());
    o.put("quote", c.quote().label());
    o.put("content", c.content());
    o.put("start", c.start());
    o.put("end", c.end());
    var via = o.putArray("via");
    c.via().forEach(via::add);
    if (c.saidWhen().isPresent()) {
      o.put("said_when", c.saidWhen().get());
    } else {
      o.putNull("said_when");
    }
    o.put("confidence", c.confidence());
    return o;
  }

  static String write(ObjectNode o) {
    return ArticleJson.write(o);
  }
}
