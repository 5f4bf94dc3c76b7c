package org.claimtrail.app.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.claimtrail.eval.SpanScorer.Span;
import org.claimtrail.model.Article;
import org.claimtrail.model.ArticleClaims;
import org.claimtrail.model.Claim;
import org.claimtrail.model.StageResult;
import org.claimtrail.nlp.AnnotatedText;
import org.claimtrail.pipeline.Pipeline;

/**
 * One split of PolNeAR as read from {@code ../shared/corpora/polnear}: its articles, their primary
 * annotations, and (optionally) a cache of their CoreNLP annotations, which take a hundred times
 * longer to make than the claim rules take to run.
 */
final class PolnearCorpus {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Records' components only: a token's isVerb() is not data. */
  private static final ObjectMapper CACHE = JsonMapper.builder()
      .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  /** An article with its annotations and the claims found in it. */
  record Found(Article article, AnnotatedText text, List<Claim> claims) {}

  /** Work on one article that may read files (the article, the cache). */
  interface PerArticle<T> {
    T apply(String doc) throws IOException;
  }

  /** One annotated attribution; a discontinuous span is joined first to last. */
  record Gold(Optional<Span> source, Optional<Span> cue, Optional<Span> content) {}

  private final Path dir;
  private final Optional<Path> cache;
  private final Map<String, List<Gold>> gold = new LinkedHashMap<>();

  PolnearCorpus(Path dir, Optional<Path> cache) throws IOException {
    this.dir = dir;
    this.cache = cache;
    Path file = dir.resolve("gold.jsonl");
    if (!Files.isRegularFile(file)) {
      throw new IOException(dir + ": not a PolNeAR split (no gold.jsonl)");
    }
    int lineNo = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode a;
      try {
        a = JSON.readTree(line);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IOException(file + ": line " + lineNo + ": not JSON: " + e.getOriginalMessage(), e);
      }
      if (a.path("primary").asBoolean()) {
        gold.computeIfAbsent(a.get("doc").asText(), k -> new ArrayList<>()).add(new Gold(span(a.get("source")), span(a.get("cue")), span(a.get("content"))));
      }
    }
  }

  /** The articles with primary annotations, in file order. */
  List<String> docs() {
    return new ArrayList<>(gold.keySet());
  }

  List<Gold> gold(String doc) {
    return gold.getOrDefault(doc, List.of());
  }

  String text(String doc) throws IOException {
    return Files.readString(dir.resolve("text").resolve(doc + ".txt"), StandardCharsets.UTF_8);
  }

  /** The article as it is: no boilerplate cleaning, so annotation offsets line up. */
  Article article(String doc) throws IOException {
    return new Article(doc, doc, Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
        Optional.empty(), Optional.of("en"), List.of(text(doc)), List.of(), doc);
  }

  /** The file in a cache folder that says what made the annotations in it. */
  static final String STAMP = "annotator.txt";

  /**
   * Makes sure the cache holds annotations by {@code annotator} (what annotates in this run, see
   * {@link org.claimtrail.nlp.Annotator#version}): a new or empty folder is stamped with it; one
   * stamped otherwise, or holding annotations but no stamp (made before caches were stamped),
   * fails with the reason. Its annotations would otherwise be read as this run's, and scores and
   * models would silently come from the old annotator.
   */
  void checkCache(String annotator) throws IOException {
    if (cache.isEmpty()) {
      return;
    }
    Path folder = cache.get();
    Path stamp = folder.resolve(STAMP);
    if (Files.isRegularFile(stamp)) {
      String madeBy = Files.readString(stamp, StandardCharsets.UTF_8).strip();
      if (!madeBy.equals(annotator)) {
        throw new IOException(folder + ": its annotations were made by " + madeBy + "; this run annotates with " + annotator
            + ": delete the folder or give another --cache");
      }
      return;
    }
    Files.createDirectories(folder);
    try (Stream<Path> files = Files.list(folder)) {
      if (files.anyMatch(f -> f.getFileName().toString().endsWith(".json.gz"))) {
        throw new IOException(folder + ": its annotations do not say what made them (the cache is older than that record); this run annotates with "
            + annotator + ": delete the folder or give another --cache");
      }
    }
    Path partial = folder.resolve(STAMP + ".partial");
    Files.writeString(partial, annotator + "\n", StandardCharsets.UTF_8);
    Files.move(partial, stamp, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** The article's annotations: from the cache if it has them, else made now (and cached). */
  AnnotatedText annotated(Pipeline pipeline, Article article) throws IOException {
    if (cache.isEmpty()) {
      return pipeline.annotate(article);
    }
    Path file = cache.get().resolve(article.id() + ".json.gz");
    if (Files.exists(file)) {
      try (var in = new GZIPInputStream(Files.newInputStream(file))) {
        return CACHE.readValue(in, AnnotatedText.class);
      } catch (IOException e) {
        // A damaged entry costs one article's annotation, not the run.
        System.err.println("warning: " + file + ": unreadable cache entry (" + e.getMessage() + "); annotating the article again");
      }
    }
    AnnotatedText text = pipeline.annotate(article);
    Files.createDirectories(cache.get());
    Path partial = cache.get().resolve(article.id() + ".json.gz.partial");
    try (var out = new GZIPOutputStream(Files.newOutputStream(partial))) {
      CACHE.writeValue(out, text);
    }
    Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return text;
  }

  /**
   * The article annotated (from the cache when it can be) and its claims; empty, with the reason
   * on stderr, when CoreNLP or the claim rules fail on it: one article must not end the run.
   */
  Optional<Found> found(Pipeline pipeline, String doc) throws IOException {
    Article article = article(doc);
    AnnotatedText text;
    try {
      text = annotated(pipeline, article);
    } catch (RuntimeException e) {
      System.err.println("error: " + doc + ": annotation failed: " + e);
      return Optional.empty();
    }
    StageResult<ArticleClaims> r = pipeline.claims(article, text);
    if (!(r instanceof StageResult.Ok<ArticleClaims> ok)) {
      System.err.println("error: " + doc + ": " + r);
      return Optional.empty();
    }
    return Optional.of(new Found(article, text, ok.value().claims()));
  }

  /** {@code work} on each article, {@code threads} at a time, with a progress line; results in article order. */
  static <T> List<T> map(List<String> docs, int threads, PerArticle<T> work) throws IOException, InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> new Thread(r, "polnear"));
    AtomicInteger done = new AtomicInteger();
    Progress progress = new Progress(System.err, Progress.terminal(), docs.size());
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (String doc : docs) {
        futures.add(pool.submit(() -> {
          T result = work.apply(doc);
          synchronized (progress) {
            progress.update(done.incrementAndGet(), "");
          }
          return result;
        }));
      }
      List<T> out = new ArrayList<>();
      for (Future<T> f : futures) {
        try {
          out.add(f.get());
        } catch (ExecutionException e) {
          if (e.getCause() instanceof IOException io) {
            throw io;
          }
          throw new IllegalStateException(e.getCause());
        }
      }
      progress.finish(docs.size(), "");
      return out;
    } finally {
      pool.shutdown();
    }
  }

  private static Optional<Span> span(JsonNode element) {
    if (element == null || element.isNull() || !element.has("spans") || element.get("spans").isEmpty()) {
      return Optional.empty();
    }
    int begin = Integer.MAX_VALUE;
    int end = -1;
    for (JsonNode s : element.get("spans")) {
      begin = Math.min(begin, s.get(0).asInt());
      end = Math.max(end, s.get(1).asInt());
    }
    return Optional.of(new Span(begin, end));
  }
}
