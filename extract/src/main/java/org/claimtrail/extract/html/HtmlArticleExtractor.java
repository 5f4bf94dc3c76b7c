package org.claimtrail.extract.html;

import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The DOM side of extraction: prune the page, then locate the article's text blocks. */
public final class HtmlArticleExtractor {

  /** The article text blocks of a page and the text blocks that were dropped. */
  public record Content(List<String> paragraphs, List<String> dropped) {}

  /**
   * Extracts the article text of {@code doc}. Mutates {@code doc} (pruning): read its metadata
   * first.
   */
  public Content extract(Document doc, Optional<String> title) {
    Element body = doc.body();
    if (body == null) {
      return new Content(List.of(), List.of());
    }
    PagePruner.prune(body);
    ContentLocator.Result r = ContentLocator.locate(body, title);
    return new Content(r.kept(), r.dropped());
  }
}
