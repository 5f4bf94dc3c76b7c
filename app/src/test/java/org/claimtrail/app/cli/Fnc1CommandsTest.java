package org.claimtrail.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code train fnc1} and {@code eval fnc1} on a tiny FNC-1-shaped corpus of made-up stories (the
 * real encoder, a small model): the model learns its training pairs, the predictions file keeps
 * the input order, and bad input stops with exit 2 naming the file and line.
 */
class Fnc1CommandsTest extends CapturedOutput {
  private static final String[] SUBJECTS = {"mayor of Ashford", "river dam in Velna", "striker Tomas Ruiz", "bank of Orvieto",
      "moon rover Kestrel", "ferry company Nordlys", "senator Hale", "museum of Corran"};
  @TempDir Path dir;

  /** Writes train_bodies.csv, train_stances.csv (and train-only pairs), dev_body_ids.txt: the last two stories are dev. */
  private void corpus() throws IOException {
    StringBuilder bodies = new StringBuilder("Body ID,articleBody\n");
    StringBuilder stances = new StringBuilder("Headline,Body ID,Stance\n");
    StringBuilder trainPairs = new StringBuilder("Headline,Body ID,Stance\n");
    int n = SUBJECTS.length * 3;
    for (int i = 0; i < SUBJECTS.length; i++) {
      String s = SUBJECTS[i];
      int b = i * 3;
      bodies.append(b).append(",\"The ").append(s).append(" collapsed last week, officials confirmed.\nPhotos show the ").append(s)
          .append(" in ruins. It is true, \"\"we saw it\"\", a witness said.\"\n");
      bodies.append(b + 1).append(",\"Reports that the ").append(s).append(" collapsed last week are a hoax. Officials denied it and said the story is fake.\"\n");
      bodies.append(b + 2).append(",The ").append(s).append(" has reportedly collapsed last week according to unconfirmed reports. The claim could not be verified.\n");
      String headline = "\"The " + s + " collapsed, reports say\"";
      StringBuilder to = i < SUBJECTS.length - 2 ? trainPairs : new StringBuilder();
      for (String row : List.of(headline + "," + b + ",agree", headline + "," + (b + 1) + ",disagree", headline + "," + (b + 2) + ",discuss",
          headline + "," + (b + 4) % n + ",unrelated", headline + "," + (b + 8) % n + ",unrelated")) {
        stances.append(row).append('\n');
        to.append(row).append('\n');
      }
    }
    Files.writeString(dir.resolve("train_bodies.csv"), bodies, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("train_stances.csv"), stances, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("train-pairs.csv"), trainPairs, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("dev_body_ids.txt"), "18\n19\n20\n21\n22\n23\n", StandardCharsets.UTF_8);
  }

  private static double relative(String printed) {
    Matcher m = Pattern.compile("FNC-1 relative score ([0-9.]+)").matcher(printed);
    assertTrue(m.find(), printed);
    return Double.parseDouble(m.group(1));
  }

  @Test
  void trainsOnTheTrainingBodiesAndScoresAndWritesPredictionsInInputOrder() throws IOException {
    corpus();
    Path model = dir.resolve("model.zip");
    int code = Main.run("train", "fnc1", dir.toString(), "--out", model.toString(), "--design", "two-stage");
    assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("train fnc1: 18 bodies, 30 pairs"), err.toString(StandardCharsets.UTF_8));
    out.reset();
    Path predictions = dir.resolve("out.csv");
    code = Main.run("eval", "fnc1", "--bodies", dir.resolve("train_bodies.csv").toString(), "--stances", dir.resolve("train-pairs.csv").toString(),
        "--model", model.toString(), "--predictions", predictions.toString());
    assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
    String printed = out.toString(StandardCharsets.UTF_8);
    assertTrue(relative(printed) >= 0.9, printed);
    assertTrue(printed.contains("pairs/s") && printed.contains("bodies/s") && printed.contains("confusion"), printed);
    List<String> lines = Files.readAllLines(predictions, StandardCharsets.UTF_8);
    assertEquals(31, lines.size());
    assertEquals("Headline,Body ID,Stance", lines.get(0));
    assertTrue(lines.get(2).startsWith("\"The mayor of Ashford collapsed, reports say\",1,"), lines.get(2));
    out.reset();
    assertEquals(0, Main.run("eval", "fnc1", "--dev-split", dir.toString(), "--model", model.toString()));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("6 bodies read"), out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void unlabelledPairsArePredictedWithoutScores() throws IOException {
    corpus();
    Path model = dir.resolve("model.zip");
    assertEquals(0, Main.run("train", "fnc1", dir.toString(), "--out", model.toString(), "--design", "one-stage"));
    Files.writeString(dir.resolve("unlabelled.csv"), "Headline,Body ID\nThe senator Hale collapsed,18\nA new budget for libraries,0\n", StandardCharsets.UTF_8);
    out.reset();
    Path predictions = dir.resolve("out.csv");
    assertEquals(0, Main.run("eval", "fnc1", "--bodies", dir.resolve("train_bodies.csv").toString(), "--stances",
        dir.resolve("unlabelled.csv").toString(), "--model", model.toString(), "--predictions", predictions.toString()));
    assertEquals(3, Files.readAllLines(predictions, StandardCharsets.UTF_8).size());
    assertTrue(!out.toString(StandardCharsets.UTF_8).contains("relative score"));
  }

  @Test
  void badInputStopsWithExitTwoNamingTheFileAndLine() throws IOException {
    corpus();
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "Headline,Body ID,Stance\nOne,0,agree\nTwo,1,perhaps\n", StandardCharsets.UTF_8);
    int code = Main.run("eval", "fnc1", "--bodies", dir.resolve("train_bodies.csv").toString(), "--stances", bad.toString());
    assertEquals(2, code);
    assertTrue(err.toString(StandardCharsets.UTF_8).contains(bad + " line 3: unknown stance 'perhaps'"), err.toString(StandardCharsets.UTF_8));
    Files.writeString(bad, "Headline,Body ID,Stance\nOne,99,agree\n", StandardCharsets.UTF_8);
    assertEquals(2, Main.run("eval", "fnc1", "--bodies", dir.resolve("train_bodies.csv").toString(), "--stances", bad.toString()));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains(bad + " line 2: Body ID 99 is not in"), err.toString(StandardCharsets.UTF_8));
    Files.writeString(dir.resolve("train_stances.csv"), "Headline,Body ID\nOne,0\n", StandardCharsets.UTF_8);
    assertEquals(2, Main.run("train", "fnc1", dir.toString(), "--out", dir.resolve("m.zip").toString()));
    assertTrue(err.toString(StandardCharsets.UTF_8).toLowerCase(Locale.ROOT).contains("line 2: no stance to learn from"), err.toString(StandardCharsets.UTF_8));
  }
}
