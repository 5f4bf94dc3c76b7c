package org.claimtrail.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.claimtrail.model.Article;
import org.claimtrail.model.ArticleClaims;
import org.claimtrail.model.Claim;
import org.claimtrail.store.SavedArticles;
import org.claimtrail.store.Store;
import org.claimtrail.store.search.SearchIndex;
import org.claimtrail.store.search.SearchQuery;

/**
 * Store and search speed on real claims. Reads the articles and claims that 'claimtrail ingest'
 * stored in a source database, then (1) saves copies of them (new URLs, so every copy is a new
 * article) into a fresh H2 file and into PostgreSQL in the same run: articles/s and claims/s;
 * (2) grows an H2 store to N claims with copies of the real articles, rebuilds the search index
 * from it, and times searches drawn from the claims' own words (with and without filters) and a
 * timeline query: p50/p95. The copies are synthetic and said so in the output.
 *
 * <p>Usage: {@code StoreBench SOURCE_JDBC_URL COPIES [POSTGRES_URL] [INDEX_CLAIMS]}
 */
public final class StoreBench {
  public static void main(String[] args) throws Exception {
    String sourceUrl = args[0];
    int copies = Integer.parseInt(args[1]);
    String pg = args.length > 2 && !args[2].equals("-") ? args[2] : null;
    int indexClaims = args.length > 3 ? Integer.parseInt(args[3]) : 1_000_000;
    List<ArticleClaims> real = load(sourceUrl);
    long realClaims = real.stream().mapToLong(a -> a.claims().size()).sum();
    System.out.printf(Locale.ROOT, "store bench: %d real articles with %d claims from %s; %d synthetic copies of each%n", real.size(), realClaims, sourceUrl, copies);
    Path tmp = Files.createTempDirectory("claimtrail-bench");
    save("H2 (embedded file)", Store.h2Url(tmp.resolve("h2")), real, copies);
    if (pg != null) {
      save("PostgreSQL", pg, real, copies);
    }
    grow(tmp, real, indexClaims);
  }

  /**
   * Grows an H2 store to {@code target} claims with copies of the real articles, rebuilds the
   * search index from it (the path 'claimtrail reindex' takes), and times searches and a timeline
   * query against that store.
   */
  private static void grow(Path tmp, List<ArticleClaims> real, int target) {
    try (Store store = Store.open(Store.h2Url(tmp.resolve("grown")));
        SearchIndex index = SearchIndex.open(tmp.resolve("grown-index"))) {
      fill(store, index, real, target);
      timeSearches(index, real);
      org.claimtrail.store.Queries q = new org.claimtrail.store.Queries(store);
      long[] ns = new long[50];
      List<String> entities = List.of("North Korea", "Iran", "United States", "Donald Trump", "World Health Organization");
      for (int i = 0; i < ns.length; i++) {
        long s0 = System.nanoTime();
        q.timeline(Optional.of(entities.get(i % entities.size())), Optional.empty(), Optional.empty(), 50);
        ns[i] = System.nanoTime() - s0;
      }
      Arrays.sort(ns);
      System.out.printf(Locale.ROOT, "  %-22s p50 %6.2f ms   p95 %6.2f ms   (50 queries, first 50 claims, database)%n", "timeline by entity", ns[25] / 1e6, ns[47] / 1e6);
    }
  }

  /** Saves copies of the real articles until the store holds {@code target} claims, then rebuilds the index from it. */
  static void fill(Store store, SearchIndex index, List<ArticleClaims> real, int target) {
    long t0 = System.nanoTime();
    long claims = 0;
    int copy = 0;
    while (claims < target) {
      for (ArticleClaims ac : real) {
        store.save(copy(ac, "grow" + copy + "-" + claims), Optional.empty());
        claims += ac.claims().size();
        if (claims >= target) {
          break;
        }
      }
      copy++;
    }
    double saveSeconds = (System.nanoTime() - t0) / 1e9;
    long r0 = System.nanoTime();
    long docs = org.claimtrail.store.search.Indexer.rebuild(store, index);
    double indexSeconds = (System.nanoTime() - r0) / 1e9;
    System.out.printf(Locale.ROOT, "grown store: %d claims (real claims copied under new article URLs) saved in %.0f s; index rebuilt from it (%d documents) in %.0f s%n",
        claims, saveSeconds, docs, indexSeconds);
  }

  private static void save(String name, String url, List<ArticleClaims> real, int copies) {
    try (Store store = Store.open(url)) {
      long t0 = System.nanoTime();
      long articles = 0;
      long claims = 0;
      for (int c = 0; c < copies; c++) {
        for (ArticleClaims ac : real) {
          store.save(copy(ac, "copy" + c + "-" + System.nanoTime()), Optional.empty());
          articles++;
          claims += ac.claims().size();
        }
      }
      double s = (System.nanoTime() - t0) / 1e9;
      System.out.printf(Locale.ROOT, "%-20s %8d articles %9d claims in %6.1f s: %7.1f articles/s %8.0f claims/s%n", name, articles, claims, s, articles / s, claims / s);
    }
  }

  private static ArticleClaims copy(ArticleClaims ac, String tag) {
    Article a = ac.article();
    Article b = new Article(a.id() + tag, a.origin(), Optional.of("https://bench.example/" + tag), a.title(), a.publisher(), a.authors(), a.published(),
        a.modified(), a.language(), a.paragraphs(), List.of(), a.contentHash());
    return new ArticleClaims(b, ac.entities(), ac.mentions(), ac.claims());
  }

  private static void timeSearches(SearchIndex index, List<ArticleClaims> real) {
    List<Claim> claims = new ArrayList<>();
    real.forEach(ac -> claims.addAll(ac.claims()));
    {
      Random random = new Random(7);
      List<String> words = new ArrayList<>();
      for (Claim c : claims) {
        for (String w : c.content().split("[^\\p{L}]+")) {
          if (w.length() > 5) {
            words.add(w.toLowerCase(Locale.ROOT));
          }
        }
      }
      for (int i = 0; i < 50; i++) { // warm-up
        index.search(SearchQuery.of(words.get(random.nextInt(words.size()))));
      }
      System.out.printf(Locale.ROOT, "  heap in use %.0f MB%n", (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1e6);
      for (String kind : List.of("one word", "two words", "word + stance filter", "word + date range")) {
        long[] ns = new long[300];
        for (int i = 0; i < ns.length; i++) {
          String w1 = words.get(random.nextInt(words.size()));
          String w2 = words.get(random.nextInt(words.size()));
          SearchQuery q = switch (kind) {
            case "one word" -> SearchQuery.of(w1);
            case "two words" -> SearchQuery.of(w1 + " OR " + w2);
            case "word + stance filter" -> new SearchQuery(w1, Optional.of("claim"), Optional.of("claimed"), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), 20);
            default -> new SearchQuery(w1, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(Instant.parse("2020-03-01T00:00:00Z")), Optional.of(Instant.parse("2020-06-30T00:00:00Z")), 20);
          };
          long s = System.nanoTime();
          index.search(q);
          ns[i] = System.nanoTime() - s;
        }
        Arrays.sort(ns);
        System.out.printf(Locale.ROOT, "  %-22s p50 %6.2f ms   p95 %6.2f ms   (300 queries, top 20 with highlights)%n", kind, ns[150] / 1e6, ns[284] / 1e6);
      }
    }
  }

  /** The stored articles and claims, rebuilt as the claims stage's records (enough to save again). */
  static List<ArticleClaims> load(String url) {
    try (Store store = Store.open(url)) {
      return SavedArticles.read(store);
    }
  }
}
