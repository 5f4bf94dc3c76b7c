package org.claimtrail.app.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;
import org.claimtrail.embed.SentenceSplitter;
import org.claimtrail.embed.TextEncoder;
import org.claimtrail.embed.TextSpan;
import org.claimtrail.store.ArticleIds;
import org.claimtrail.store.ArticleQueries;
import org.claimtrail.store.Store;
import org.claimtrail.store.search.VectorIndex;

/**
 * Puts the sentence vectors of the stored articles the vector index lacks into it: each article's
 * body cut by the same {@link SentenceSplitter} the stance model was trained on, encoded in
 * batches. Run before a check (the first over a large store takes a while; later ones only see
 * new articles).
 */
public final class ArticleVectors {
  public static final String KIND = "sentence";
  private static final int SENTENCES_PER_BATCH = 1_000;

  private ArticleVectors() {}

  /** Where the vector index of the search index at {@code indexDir} lives: beside it, as {@code <index>-vectors}. */
  public static java.nio.file.Path dirBeside(java.nio.file.Path indexDir) {
    return indexDir.resolveSibling(indexDir.getFileName() + "-vectors");
  }

  /** Adds what is missing and returns how many articles were added; {@code done} hears the count as it grows. */
  public static int fill(Store store, VectorIndex index, TextEncoder encoder, IntConsumer done) {
    Set<Long> have = index.owners(KIND);
    List<Long> missing = new ArrayList<>(new ArticleIds(store).all());
    missing.removeIf(have::contains);
    ArticleQueries articles = new ArticleQueries(store);
    int added = 0;
    List<Long> batch = new ArrayList<>();
    List<String> bodies = new ArrayList<>();
    int sentences = 0;
    for (int i = 0; i < missing.size(); i++) {
      String body = articles.article(missing.get(i)).map(ArticleQueries.ArticleView::body).orElse("");
      batch.add(missing.get(i));
      bodies.add(body);
      sentences += SentenceSplitter.split(body).size();
      if (sentences >= SENTENCES_PER_BATCH || i == missing.size() - 1) {
        put(index, encoder, batch, bodies);
        added += batch.size();
        done.accept(added);
        batch.clear();
        bodies.clear();
        sentences = 0;
      }
    }
    if (added > 0) {
      index.commit();
    }
    return added;
  }

  private static void put(VectorIndex index, TextEncoder encoder, List<Long> ids, List<String> bodies) {
    List<List<TextSpan>> spans = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (String body : bodies) {
      List<TextSpan> s = SentenceSplitter.split(body);
      spans.add(s);
      s.forEach(span -> texts.add(span.of(body)));
    }
    List<float[]> vectors = encoder.encode(texts);
    int k = 0;
    for (int a = 0; a < ids.size(); a++) {
      List<VectorIndex.Entry> entries = new ArrayList<>();
      for (TextSpan s : spans.get(a)) {
        entries.add(new VectorIndex.Entry(KIND, ids.get(a), s.start(), s.end(), vectors.get(k++)));
      }
      index.put(KIND, ids.get(a), entries);
    }
  }

  /** Whether every stored article has its vectors (for tests and status lines). */
  static boolean complete(Store store, VectorIndex index) {
    return new HashSet<>(index.owners(KIND)).containsAll(new ArticleIds(store).all());
  }
}
