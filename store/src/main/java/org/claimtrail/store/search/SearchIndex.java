package org.claimtrail.store.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;

/**
 * The Lucene index of articles and claims. Thread-safe (one writer, searchers reopened when it has
 * changed). Keyword fields are lower-cased so filters match regardless of case.
 */
public final class SearchIndex implements AutoCloseable {
  static final String TEXT = "text";
  /**
   * Which stored fields a document has, recorded with each commit; raised when a rebuild from the
   * database is needed to fill a new one (2: the article's label and publisher on every hit).
   */
  static final String LAYOUT = "2";
  private final Analyzer analyzer = new EnglishAnalyzer();
  private final FSDirectory directory;
  private final IndexWriter writer;

  private SearchIndex(FSDirectory directory, IndexWriter writer) {
    this.directory = directory;
    this.writer = writer;
  }

  public static SearchIndex open(Path dir) {
    try {
      FSDirectory d = FSDirectory.open(dir);
      IndexWriterConfig cfg = new IndexWriterConfig(new EnglishAnalyzer());
      cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      return new SearchIndex(d, new IndexWriter(d, cfg));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open the search index at " + dir, e);
    }
  }

  /**
   * An article as stored: its database id and the fields to index.
   *
   * @param label what to call the article ({@link org.claimtrail.model.ArticleLabel}), shown with each hit
   */
  public record ArticleDoc(long id, String title, String label, String publisher, Optional<Instant> published, String body, List<String> entities) {}

  /** A claim as stored, with its article's title, label and publisher. */
  public record ClaimDoc(long id, long articleId, String title, String label, String publisher, Optional<Instant> published, String source,
      String sourceType, String stance, String cue, String content, List<String> entities) {}

  public void add(ArticleDoc a) {
    Document d = common("article", a.id(), a.id(), a.title(), a.label(), a.publisher(), a.published(), a.entities());
    d.add(new TextField(TEXT, (a.title() == null ? "" : a.title() + "\n") + a.body(), Field.Store.YES));
    update("article:" + a.id(), d);
  }

  public void add(ClaimDoc c) {
    Document d = common("claim", c.id(), c.articleId(), c.title(), c.label(), c.publisher(), c.published(), c.entities());
    d.add(new TextField(TEXT, c.content(), Field.Store.YES));
    d.add(new TextField("source_text", c.source(), Field.Store.NO));
    d.add(new StringField("source", key(c.source()), Field.Store.NO));
    d.add(new StoredField("source_name", c.source()));
    d.add(new StringField("stance", key(c.stance()), Field.Store.YES));
    d.add(new StringField("cue", key(c.cue()), Field.Store.NO));
    update("claim:" + c.id(), d);
  }

  private Document common(String type, long id, long articleId, String title, String label, String publisher, Optional<Instant> published,
      List<String> entities) {
    Document d = new Document();
    d.add(new StringField("uid", type + ":" + id, Field.Store.NO));
    d.add(new StringField("type", type, Field.Store.YES));
    d.add(new StoredField("id", id));
    d.add(new StoredField("article_id", articleId));
    if (title != null) {
      d.add(new StoredField("title", title));
    }
    d.add(new StoredField("label", label));
    if (publisher != null) {
      d.add(new StringField("publisher", key(publisher), Field.Store.NO));
      d.add(new StoredField("publisher_name", publisher));
    }
    published.ifPresent(p -> {
      d.add(new LongPoint("published", p.toEpochMilli()));
      d.add(new StoredField("published_ms", p.toEpochMilli()));
    });
    for (String e : entities) {
      d.add(new StringField("entity", key(e), Field.Store.NO));
    }
    return d;
  }

  private void update(String uid, Document d) {
    try {
      writer.updateDocument(new Term("uid", uid), d);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot index " + uid, e);
    }
  }

  /** Makes what was added visible to searches and durable. */
  public void commit() {
    try {
      writer.setLiveCommitData(Map.of("layout", LAYOUT).entrySet());
      writer.commit();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot commit the search index", e);
    }
  }

  /** Whether the last commit wrote documents as this version does (else a rebuild fills the fields it lacks). */
  public boolean currentLayout() {
    Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
    if (data != null) {
      for (Map.Entry<String, String> e : data) {
        if (e.getKey().equals("layout")) {
          return e.getValue().equals(LAYOUT);
        }
      }
    }
    return false;
  }

  /** Documents in the index (articles and claims), as of the last commit or this writer's changes. */
  public long documentCount() {
    return writer.getDocStats().numDocs;
  }

  /** Removes everything (before a rebuild from the database). */
  public void clear() {
    try {
      writer.deleteAll();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot clear the search index", e);
    }
  }

  /** Searches; a malformed query is an {@link IllegalArgumentException} naming the problem. */
  public List<SearchHit> search(SearchQuery q) {
    Query query = build(q);
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      TopDocs top = searcher.search(query, q.limit());
      UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
          .withFormatter(new DefaultPassageFormatter("<b>", "</b>", " … ", true))
          .withMaxLength(100_000)
          .build();
      String[] snippets = q.text().isBlank() ? new String[top.scoreDocs.length] : highlighter.highlight(TEXT, query, top, 1);
      List<SearchHit> out = new ArrayList<>();
      for (int i = 0; i < top.scoreDocs.length; i++) {
        ScoreDoc sd = top.scoreDocs[i];
        Document d = searcher.storedFields().document(sd.doc);
        String snippet = snippets[i] != null ? snippets[i] : escape(first(d.get(TEXT), 240));
        Long ms = d.getField("published_ms") == null ? null : d.getField("published_ms").numericValue().longValue();
        long articleId = d.getField("article_id").numericValue().longValue();
        Optional<String> title = Optional.ofNullable(d.get("title"));
        // An index written before labels were stored names the article by its title or its id, until 'claimtrail reindex'.
        String label = d.get("label") != null ? d.get("label") : title.orElse("article " + articleId);
        out.add(new SearchHit(d.get("type"), d.getField("id").numericValue().longValue(), articleId, title, label,
            Optional.ofNullable(d.get("publisher_name")), Optional.ofNullable(d.get("source_name")), Optional.ofNullable(d.get("stance")),
            Optional.ofNullable(ms).map(m -> Instant.ofEpochMilli(m).toString().substring(0, 10)), snippet, sd.score));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("Search failed", e);
    }
  }

  /**
   * The articles whose text best matches {@code text} read as plain words, any of them (BM25; no
   * query syntax, nothing required): the candidates for checking a claim. Ids with their scores,
   * best first.
   */
  public List<Map.Entry<Long, Float>> articlesLike(String text, int limit) {
    String words = QueryParser.escape(text).strip();
    if (words.isEmpty()) {
      return List.of();
    }
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      QueryParser parser = new QueryParser(TEXT, analyzer);
      Query query = new BooleanQuery.Builder()
          .add(parser.parse(words), BooleanClause.Occur.MUST)
          .add(new TermQuery(new Term("type", "article")), BooleanClause.Occur.FILTER).build();
      IndexSearcher searcher = new IndexSearcher(reader);
      List<Map.Entry<Long, Float>> out = new ArrayList<>();
      for (ScoreDoc sd : searcher.search(query, limit).scoreDocs) {
        out.add(Map.entry(searcher.storedFields().document(sd.doc).getField("id").numericValue().longValue(), sd.score));
      }
      return out;
    } catch (ParseException e) {
      return List.of();
    } catch (IOException e) {
      throw new UncheckedIOException("Search failed", e);
    }
  }

  private Query build(SearchQuery q) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    if (q.text().isBlank()) {
      b.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
    } else {
      try {
        QueryParser parser = new QueryParser(TEXT, analyzer);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        b.add(parser.parse(q.text()), BooleanClause.Occur.MUST);
      } catch (ParseException e) {
        throw new IllegalArgumentException("Cannot read the query '" + q.text() + "': " + e.getMessage().lines().findFirst().orElse(""), e);
      }
    }
    q.type().ifPresent(t -> b.add(new TermQuery(new Term("type", key(t))), BooleanClause.Occur.FILTER));
    q.stance().ifPresent(s -> b.add(new TermQuery(new Term("stance", key(s))), BooleanClause.Occur.FILTER));
    q.source().ifPresent(s -> b.add(new TermQuery(new Term("source", key(s))), BooleanClause.Occur.FILTER));
    q.entity().ifPresent(s -> b.add(new TermQuery(new Term("entity", key(s))), BooleanClause.Occur.FILTER));
    q.publisher().ifPresent(s -> b.add(new TermQuery(new Term("publisher", key(s))), BooleanClause.Occur.FILTER));
    if (q.from().isPresent() || q.to().isPresent()) {
      long lo = q.from().map(Instant::toEpochMilli).orElse(Long.MIN_VALUE);
      long hi = q.to().map(Instant::toEpochMilli).orElse(Long.MAX_VALUE);
      b.add(LongPoint.newRangeQuery("published", lo, hi), BooleanClause.Occur.FILTER);
    }
    return b.build();
  }

  static String key(String s) {
    return s.strip().toLowerCase(Locale.ROOT);
  }

  private static String first(String s, int n) {
    return s == null ? "" : s.length() <= n ? s : s.substring(0, n) + "…";
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  @Override
  public void close() {
    try {
      writer.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot close the search index", e);
    }
  }
}
