package org.claimtrail.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.claimtrail.testkit.SharedCorpora;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code claimtrail train polnear} and {@code eval polnear} on a few real PolNeAR articles, with the
 * real models: a model is learnt, written, read back and used; the annotation cache gives the
 * same scores as annotating afresh, and a damaged cache entry is annotated again; a cache made
 * by another annotator, or a file that is not a model, stops a command with its reason.
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
    try (Stream<Path> files = Files.list(cache)) {
      assertEquals(3, files.filter(f -> f.toString().endsWith(".json.gz")).count());
    }

    String stamp = Files.readString(cache.resolve(PolnearCorpus.STAMP), StandardCharsets.UTF_8);
    assertTrue(stamp.startsWith("CoreNLP 4.") && stamp.contains("depparse") && stamp.contains("revision"), stamp);

    Path damaged;
    try (Stream<Path> files = Files.list(cache)) {
      damaged = files.filter(f -> f.toString().endsWith(".json.gz")).sorted().findFirst().orElseThrow();
    }
    Files.writeString(damaged, "not gzip");
    Object[] repaired = run("eval", "polnear", DEV.toString(), "--limit", "3", "--cache", cache.toString());
    assertEquals(0, repaired[0], () -> (String) repaired[2]);
    assertTrue(((String) repaired[2]).contains(damaged + ": unreadable cache entry"), (String) repaired[2]);
    assertEquals(scores((String) fresh[1]), scores((String) repaired[1]), "a damaged entry is annotated again");

    Object[] withModel = run("eval", "polnear", DEV.toString(), "--limit", "3", "--cache", cache.toString(), "--model", model.toString());
    assertEquals(0, withModel[0], () -> (String) withModel[2]);
    assertTrue(((String) withModel[1]).contains("model model.tsv"), (String) withModel[1]);
    assertEquals(3, scores((String) withModel[1]).size(), (String) withModel[1]);
  }

  @Test
  void aCacheMadeByAnotherAnnotatorStopsTheCommandAndIsLeftAsItWas(@TempDir Path dir) throws Exception {
    Path other = Files.createDirectories(dir.resolve("other"));
    Files.writeString(other.resolve(PolnearCorpus.STAMP), "CoreNLP 3.9.2, annotators tokenize,ssplit, claimtrail revision 1\n");
    Path entry = Files.writeString(other.resolve("some-article.json.gz"), "kept as it is");
    Object[] r = run("eval", "polnear", DEV.toString(), "--limit", "1", "--cache", other.toString());
    assertEquals(2, r[0], () -> (String) r[2]);
    assertTrue(((String) r[2]).contains("--cache " + other + ": its annotations were made by CoreNLP 3.9.2"), (String) r[2]);
    assertEquals("kept as it is", Files.readString(entry), "the old annotations are not touched");
    assertEquals("", r[1], "nothing was scored");

    // A cache from before caches were stamped: annotations and no record of what made them.
    Path unstamped = Files.createDirectories(dir.resolve("unstamped"));
    Files.writeString(unstamped.resolve("some-article.json.gz"), "old");
    Object[] t = run("train", "polnear", TRAIN.toString(), "--limit", "1", "--cache", unstamped.toString(), "--out", dir.resolve("m.tsv").toString());
    assertEquals(2, t[0], () -> (String) t[2]);
    assertTrue(((String) t[2]).contains("do not say what made them"), (String) t[2]);
    assertTrue(Files.notExists(unstamped.resolve(PolnearCorpus.STAMP)), "an old cache is not stamped as this run's");
    assertTrue(Files.notExists(dir.resolve("m.tsv")), "no model was written");
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
