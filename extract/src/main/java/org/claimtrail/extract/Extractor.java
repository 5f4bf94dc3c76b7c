package org.claimtrail.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.claimtrail.extract.html.HtmlArticleExtractor;
import org.claimtrail.extract.language.LanguageGuesser;
import org.claimtrail.extract.metadata.MetadataExtractor;
import org.claimtrail.extract.metadata.PageMetadata;
import org.claimtrail.extract.metadata.PromotedPublisher;
import org.claimtrail.extract.text.Blocks;
import org.claimtrail.extract.text.CleaningChain;
import org.claimtrail.model.Article;
import org.claimtrail.model.Article.RemovedBlock;
import org.claimtrail.model.ContentKind;
import org.claimtrail.model.RawDocument;
import org.claimtrail.model.SourceHints;
import org.claimtrail.model.StageResult;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The extract stage: {@link RawDocument} in, {@link Article} out. HTML goes through the DOM
 * extractor and then the text cleaning chain; plain text goes through the chain alone. Metadata
 * found in the page wins over the container's hints. A pure function of its input and options:
 * immutable and thread-safe.
 */
public final class Extractor {
  private final ExtractOptions options;
  private final CleaningChain chain;
  private final MetadataExtractor metadata = new MetadataExtractor();
  private final HtmlArticleExtractor html = new HtmlArticleExtractor();

  public Extractor(ExtractOptions options) {
    this.options = options;
    this.chain = CleaningChain.standard(options.repeatedLines(), options.disabledFilters());
  }

  public Extractor() {
    this(ExtractOptions.DEFAULTS);
  }

  /** Extracts one document; never throws for bad input. */
  public StageResult<Article> extract(RawDocument doc) {
    try {
      return doc.kind() == ContentKind.HTML ? fromHtml(doc) : fromText(doc);
    } catch (StackOverflowError | OutOfMemoryError e) {
      return new StageResult.Failed<>(doc.origin(), StageResult.Category.LIMIT, "document too complex: " + e);
    } catch (RuntimeException e) {
      return new StageResult.Failed<>(doc.origin(), StageResult.Category.INTERNAL, "extract failed: " + e);
    }
  }

  private StageResult<Article> fromHtml(RawDocument doc) {
    Document page;
    try {
      page =
          Jsoup.parse(
              new ByteArrayInputStream(doc.content()),
              org.claimtrail.extract.html.PageCharset.override(doc.content(), doc.charset()).or(doc::charset).map(c -> c.name()).orElse(null),
              doc.hints().url().orElse(""));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    PageMetadata meta = metadata.extract(page, doc.hints().url());
    SourceHints h = doc.hints();
    Optional<String> title = meta.title().or(h::title);
    HtmlArticleExtractor.Content content = html.extract(page, title);
    Optional<String> url = meta.canonicalUrl().or(h::url);
    Optional<String> publisher = meta.publisher().or(h::publisher);
    Blocks blocks = new Blocks(content.paragraphs(), Optional.of(publisherKey(publisher, url, doc.origin())), title);
    chain.apply(blocks);
    List<RemovedBlock> removed = new ArrayList<>();
    if (options.keepRemoved()) {
      content.dropped().forEach(t -> removed.add(new RemovedBlock(t, "dom")));
      removed.addAll(blocks.removedBlocks());
    }
    Optional<String> inferred = publisher.isPresent() ? Optional.empty() : PromotedPublisher.find(lines(blocks, content.dropped()));
    return article(
        doc,
        url,
        title,
        publisher.or(() -> inferred),
        inferred.isPresent(),
        meta.authors().isEmpty() ? h.authors() : meta.authors(),
        meta.published().or(h::published),
        meta.modified(),
        meta.language().or(h::language),
        blocks.kept(),
        removed);
  }

  private StageResult<Article> fromText(RawDocument doc) {
    SourceHints h = doc.hints();
    Blocks blocks = Blocks.ofText(doc.decodedText(), Optional.of(publisherKey(h.publisher(), h.url(), doc.origin())), h.title());
    chain.apply(blocks);
    Optional<String> inferred = h.publisher().isPresent() ? Optional.empty() : PromotedPublisher.find(lines(blocks, List.of()));
    return article(
        doc,
        h.url(),
        h.title(),
        h.publisher().or(() -> inferred),
        inferred.isPresent(),
        h.authors(),
        h.published(),
        Optional.empty(),
        h.language(),
        blocks.kept(),
        options.keepRemoved() ? blocks.removedBlocks() : List.of());
  }

  /** Every block of the document, kept or removed, for what the page says about itself. */
  private static List<String> lines(Blocks blocks, List<String> dropped) {
    List<String> all = new ArrayList<>(dropped);
    for (int i = 0; i < blocks.size(); i++) {
      all.add(blocks.text(i));
    }
    return all;
  }

  private StageResult<Article> article(
      RawDocument doc, Optional<String> url, Optional<String> title, Optional<String> publisher, boolean publisherInferred, List<String> authors,
      Optional<java.time.Instant> published, Optional<java.time.Instant> modified, Optional<String> language,
      List<String> paragraphs, List<RemovedBlock> removed) {
    if (paragraphs.isEmpty()) {
      return new StageResult.Skipped<>(doc.origin(), "no article text found");
    }
    String text = String.join("\n\n", paragraphs);
    if (language.isEmpty() && options.detectLanguage()) {
      language = LanguageGuesser.guess(text);
    }
    String hash = sha256(text);
    String id = url.map(u -> sha256("url:" + u.toLowerCase(Locale.ROOT)).substring(0, 20)).orElse(hash.substring(0, 20));
    Article a = new Article(id, doc.origin(), url, title, publisher, authors, published, modified, language, paragraphs, removed, hash, publisherInferred);
    return new StageResult.Ok<>(doc.origin(), a, List.of());
  }

  /**
   * Whose boilerplate a document shares: the publisher's name, else the URL's host, else the
   * folder the file came from (a scrape of one site usually sits in one folder).
   */
  static String publisherKey(Optional<String> publisher, Optional<String> url, String origin) {
    if (publisher.isPresent()) {
      return "publisher:" + publisher.get().toLowerCase(Locale.ROOT);
    }
    if (url.isPresent()) {
      try {
        String host = URI.create(url.get().strip()).getHost();
        if (host != null) {
          return "host:" + host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        }
      } catch (IllegalArgumentException e) {
        // not a URI: fall through to the folder
      }
    }
    String file = origin.replaceFirst("#.*$", "");
    Path parent;
    try {
      parent = Path.of(file).toAbsolutePath().getParent();
    } catch (java.nio.file.InvalidPathException e) {
      parent = null;
    }
    return "folder:" + (parent == null ? "" : parent.toString());
  }

  /** The key under which {@link org.claimtrail.extract.text.RepeatedLines} learns a document. */
  public static String publisherKey(RawDocument doc) {
    return publisherKey(doc.hints().publisher(), doc.hints().url(), doc.origin());
  }

  static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
