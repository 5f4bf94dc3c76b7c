package org.claimtrail.store.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * Unit vectors of stretches of stored text (an article's sentences, a claim's content) in a
 * Lucene index of their own, searched by HNSW nearest neighbours ({@link KnnFloatVectorField},
 * dot product). Entries are grouped by kind ({@code sentence}, {@code claim}) and owner (the
 * article's or claim's id), with their character offsets. The index remembers which encoder made
 * its vectors and empties itself when opened for another. Derived data: rebuilt from the store
 * whenever lost. Thread-safe.
 */
public final class VectorIndex implements AutoCloseable {
  private static final String VECTOR = "vector";
  private static final String ENCODER = "encoder";
  private final FSDirectory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final int dimensions;

  /** An entry: what kind of text, whose, where in it, and its vector. */
  public record Entry(String kind, long owner, int start, int end, float[] vector) {}

  /** A nearest neighbour: the entry without its vector, and its dot product with the query. */
  public record Hit(String kind, long owner, int start, int end, float score) {}

  private VectorIndex(FSDirectory directory, IndexWriter writer, int dimensions) throws IOException {
    this.directory = directory;
    this.writer = writer;
    this.dimensions = dimensions;
    this.searchers = new SearcherManager(writer, null);
  }

  /** Opens the index at {@code dir} for vectors of {@code encoder} with {@code dimensions} floats. */
  public static VectorIndex open(Path dir, String encoder, int dimensions) {
    try {
      FSDirectory d = FSDirectory.open(dir);
      IndexWriter w = new IndexWriter(d, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
      String made = DirectoryReader.indexExists(d) ? SegmentInfos.readLatestCommit(d).getUserData().get(ENCODER) : null;
      if (made != null && !made.equals(encoder)) {
        w.deleteAll();
      }
      w.setLiveCommitData(Map.of(ENCODER, encoder).entrySet());
      return new VectorIndex(d, w, dimensions);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open the vector index at " + dir, e);
    }
  }

  /** Replaces what the index holds of one owner; an owner with no entries is still recorded as done. */
  public void put(String kind, long owner, List<Entry> entries) {
    try {
      Term key = new Term("owner_key", kind + ":" + owner);
      List<Document> docs = new ArrayList<>();
      Document marker = new Document();
      marker.add(new StringField("owner_key", key.text(), Field.Store.NO));
      marker.add(new StringField("marker", kind, Field.Store.NO));
      marker.add(new StoredField("owner", owner));
      docs.add(marker);
      for (Entry e : entries) {
        if (e.vector().length != dimensions || !e.kind().equals(kind) || e.owner() != owner) {
          throw new IllegalArgumentException("Not an entry of " + kind + " " + owner + " with " + dimensions + " floats: " + e);
        }
        Document d = new Document();
        d.add(new StringField("owner_key", key.text(), Field.Store.NO));
        d.add(new StringField("kind", kind, Field.Store.NO));
        d.add(new StoredField("owner", owner));
        d.add(new StoredField("start", e.start()));
        d.add(new StoredField("end", e.end()));
        d.add(new KnnFloatVectorField(VECTOR, e.vector(), VectorSimilarityFunction.DOT_PRODUCT));
        d.add(new StoredField("floats", new BytesRef(bytes(e.vector()))));
        docs.add(d);
      }
      writer.updateDocuments(key, docs);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot index the vectors of " + kind + " " + owner, e);
    }
  }

  /** The owners of a kind the index holds (those put, with or without entries). */
  public Set<Long> owners(String kind) {
    return withSearcher(s -> {
      Set<Long> owners = new HashSet<>();
      TermQuery q = new TermQuery(new Term("marker", kind));
      for (ScoreDoc sd : s.search(q, Math.max(1, s.count(q))).scoreDocs) {
        owners.add(s.storedFields().document(sd.doc).getField("owner").numericValue().longValue());
      }
      return owners;
    });
  }

  /** An owner's entries, in order of their start. */
  public List<Entry> entries(String kind, long owner) {
    return withSearcher(s -> {
      BooleanQuery q = new BooleanQuery.Builder()
          .add(new TermQuery(new Term("owner_key", kind + ":" + owner)), BooleanClause.Occur.FILTER)
          .add(new TermQuery(new Term("kind", kind)), BooleanClause.Occur.FILTER).build();
      List<Entry> out = new ArrayList<>();
      for (ScoreDoc sd : s.search(q, Math.max(1, s.count(q))).scoreDocs) {
        Document d = s.storedFields().document(sd.doc);
        out.add(new Entry(kind, owner, d.getField("start").numericValue().intValue(), d.getField("end").numericValue().intValue(),
            floats(d.getBinaryValue("floats"))));
      }
      out.sort(Comparator.comparingInt(Entry::start));
      return out;
    });
  }

  /** The {@code k} entries of a kind nearest to the query vector (approximate: HNSW). */
  public List<Hit> nearest(String kind, float[] query, int k) {
    return withSearcher(s -> {
      List<Hit> out = new ArrayList<>();
      for (ScoreDoc sd : s.search(new KnnFloatVectorQuery(VECTOR, query, k, new TermQuery(new Term("kind", kind))), k).scoreDocs) {
        Document d = s.storedFields().document(sd.doc);
        // Lucene scores a dot product d as (1 + d) / 2; give back the cosine.
        out.add(new Hit(kind, d.getField("owner").numericValue().longValue(), d.getField("start").numericValue().intValue(),
            d.getField("end").numericValue().intValue(), 2 * sd.score - 1));
      }
      return out;
    });
  }

  /** Makes what was put durable. */
  public void commit() {
    try {
      writer.commit();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot commit the vector index", e);
    }
  }

  private interface Search<T> {
    T run(IndexSearcher s) throws IOException;
  }

  private <T> T withSearcher(Search<T> search) {
    try {
      searchers.maybeRefreshBlocking();
      IndexSearcher s = searchers.acquire();
      try {
        return search.run(s);
      } finally {
        searchers.release(s);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Vector index search failed", e);
    }
  }

  private static byte[] bytes(float[] v) {
    ByteBuffer b = ByteBuffer.allocate(4 * v.length);
    b.asFloatBuffer().put(v);
    return b.array();
  }

  private static float[] floats(BytesRef r) {
    float[] v = new float[r.length / 4];
    ByteBuffer.wrap(r.bytes, r.offset, r.length).asFloatBuffer().get(v);
    return v;
  }

  @Override
  public void close() {
    try {
      searchers.close();
      writer.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot close the vector index", e);
    }
  }
}
