package org.claimtrail.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.claimtrail.eval.polnear.PolnearCorpus;
import org.claimtrail.pipeline.AnnotationCache;
import org.claimtrail.pipeline.Claimtrail;
import org.claimtrail.testkit.SharedCorpora;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code claimtrail train polnear} and {@code eval polnear} on a few real PolNeAR articles, with the
 * real models: a model is learnt, written, read back and used; the annotation cache gives the
 * same scores as annotating afresh, and a damaged cache entry is annotated again; a folder an
 * earlier version wrote is read when this run's annotator made it and left as it was otherwise; a
 * file that is not a model stops a command with its reason.
 */
class PolnearCommandsIT {
  private static final Path TRAIN = SharedCorpora.corpora().resolve("polnear/train");
  private static final Path DEV = SharedCorpora.corpora().resolve("polnear/dev");

  /** Runs the command line; returns {exit code, stdout, stderr}. */
  private static Object[] run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      int code = Main.run(args);
      return new Object[] {code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  /** The score lines of an eval's output (the first line also says how long it took). */
  private static List<String> scores(String output) {
    return Stream.of(output.split("\n")).filter(l -> l.startsWith("source") || l.startsWith("cue") || l.startsWith("content")).toList();
  }

  @Test
  void trainsAModelAndScoresWithItAndFromTheCache(@TempDir Path dir) throws Exception {
    Path model = dir.resolve("model.tsv");
    Object[] train = run("train", "polnear", TRAIN.toString(), "--limit", "8", "--held-out", "2", "--cache", dir.resolve("train-cache").toString(),
        "--out", model.toString());
    assertEquals(0, train[0], () -> "train: " + train[2]);
    assertTrue(((String) train[1]).contains("held out  keep"), (String) train[1]);
    List<String> lines = Files.readAllLines(model, StandardCharsets.UTF_8);
    assertEquals("# claimtrail claim model v2", lines.get(0));
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("keep\tk.lemma=")), "the keep filter has cue-lemma weights");
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("content.end\t")), "the content end has weights");
    assertTrue(lines.contains("threshold\topenCues\t1"), "trained on every verb as a cue, so used that way");
    assertTrue(lines.stream().noneMatch(l -> l.split("\t").length != 3 && !l.startsWith("#")), "every line is part, feature, weight");

    Path cache = dir.resolve("dev-cache");
    Object[] fresh = run("eval", "polnear", DEV.toString(), "--limit", "3", "--cache", cache.toString());
    Object[] cached = run("eval", "polnear", DEV.toString(), "--limit", "3", "--cache", cache.toString());
    assertEquals(0, fresh[0], () -> (String) fresh[2]);
    assertEquals(3, scores((String) fresh[1]).size(), (String) fresh[1]);
    assertEquals(scores((String) fresh[1]), scores((String) cached[1]), "cached annotations score as fresh ones");
    assertEquals(3, entries(cache).size(), "one entry per article, in the pipeline's annotation cache");

    Path damaged = entries(cache).get(0);
    Files.writeString(damaged, "not gzip");
    Object[] repaired = run("eval", "polnear", DEV.toString(), "--limit", "3", "--cache", cache.toString());
    assertEquals(0, repaired[0], () -> (String) repaired[2]);
    assertTrue(((String) repaired[2]).contains(damaged + ": unreadable annotation cache entry"), (String) repaired[2]);
    assertEquals(scores((String) fresh[1]), scores((String) repaired[1]), "a damaged entry is annotated again");

    // The same annotations in the layout an earlier version wrote (ARTICLE.json.gz beside
    // annotator.txt): read, so nothing is annotated or added, and the scores are the same.
    Path earlier = Files.createDirectories(dir.resolve("earlier"));
    String first = firstArticle();
    Object[] one = run("eval", "polnear", DEV.toString(), "--limit", "1", "--cache", cache.toString());
    Files.copy(entryOf(cache, first), earlier.resolve(first + ".json.gz"));
    Files.writeString(earlier.resolve("annotator.txt"), Claimtrail.pipeline().annotator().version() + "\n");
    Object[] fromEarlier = run("eval", "polnear", DEV.toString(), "--limit", "1", "--cache", earlier.toString());
    assertEquals(0, fromEarlier[0], () -> (String) fromEarlier[2]);
    assertEquals(scores((String) one[1]), scores((String) fromEarlier[1]));
    assertEquals(List.of(earlier.resolve(first + ".json.gz")), entries(earlier), "read, not annotated again");

    Object[] withModel = run("eval", "polnear", DEV.toString(), "--limit", "3", "--cache", cache.toString(), "--model", model.toString());
    assertEquals(0, withModel[0], () -> (String) withModel[2]);
    assertTrue(((String) withModel[1]).contains("model model.tsv"), (String) withModel[1]);
    assertEquals(3, scores((String) withModel[1]).size(), (String) withModel[1]);
  }

  @Test
  void anEarlierFolderOfAnotherAnnotatorIsLeftAsItWasAndTheRunGoesOn(@TempDir Path dir) throws Exception {
    // Annotations an earlier version kept for another annotator: not read (they would pass for this
    // run's), not touched; this run's annotations go beside them.
    Path other = Files.createDirectories(dir.resolve("other"));
    Files.writeString(other.resolve("annotator.txt"), "CoreNLP 3.9.2, annotators tokenize,ssplit, claimtrail revision 1\n");
    Path entry = Files.writeString(other.resolve(firstArticle() + ".json.gz"), "kept as it is");
    Object[] r = run("eval", "polnear", DEV.toString(), "--limit", "1", "--cache", other.toString());
    assertEquals(0, r[0], () -> (String) r[2]);
    assertTrue(((String) r[2]).contains(other + ": its earlier annotations were made by CoreNLP 3.9.2"), (String) r[2]);
    assertEquals("kept as it is", Files.readString(entry), "the old annotations are not touched");
    assertEquals(3, scores((String) r[1]).size(), (String) r[1]);
    assertEquals(2, entries(other).size(), "this run's annotation beside the old one");

    // A folder from before annotations were recorded with what made them: not read either; here it
    // holds this run's annotation already (in the cache's own layout), so training needs no CoreNLP.
    Path unstamped = Files.createDirectories(dir.resolve("unstamped"));
    Files.writeString(unstamped.resolve("some-article.json.gz"), "old");
    Path own = entries(other).stream().filter(f -> !f.equals(entry)).findFirst().orElseThrow();
    Path copy = unstamped.resolve(other.relativize(own));
    Files.createDirectories(copy.getParent());
    Files.copy(own, copy);
    Object[] t = run("train", "polnear", DEV.toString(), "--limit", "1", "--cache", unstamped.toString(), "--out", dir.resolve("m.tsv").toString());
    assertEquals(0, t[0], () -> (String) t[2]);
    assertTrue(((String) t[2]).contains("do not say what made them"), (String) t[2]);
    assertEquals("old", Files.readString(unstamped.resolve("some-article.json.gz")));
    assertTrue(Files.exists(dir.resolve("m.tsv")), "a model was written");
  }

  /** The first article of the dev split (the one {@code --limit 1} reads). */
  private static String firstArticle() throws IOException {
    return new PolnearCorpus(DEV, w -> {}).docs().get(0);
  }

  /** The annotation cache entries under a folder, in path order. */
  private static List<Path> entries(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(f -> f.toString().endsWith(".json.gz")).sorted().toList();
    }
  }

  /** The entry under {@code folder} that annotates article {@code doc}. */
  private static Path entryOf(Path folder, String doc) throws IOException {
    String text = new PolnearCorpus(DEV, w -> {}).article(doc).text();
    for (Path f : entries(folder)) {
      if (AnnotationCache.read(f).text().equals(text)) {
        return f;
      }
    }
    throw new AssertionError("no entry for " + doc + " under " + folder);
  }

  @Test
  void aFileThatIsNotAModelStopsTheCommandWithItsReason(@TempDir Path dir) throws Exception {
    Path notModel = Files.writeString(dir.resolve("notes.tsv"), "hello\n");
    Object[] r = run("claims", "--model", notModel.toString(), SharedCorpora.seedArticle().toString());
    assertEquals(2, r[0]);
    assertTrue(((String) r[2]).contains(notModel + ": not a claim model"), (String) r[2]);
    assertEquals("", r[1], "no article was processed");
  }
}
