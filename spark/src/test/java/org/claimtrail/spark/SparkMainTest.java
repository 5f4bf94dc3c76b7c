package org.claimtrail.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** spark-run's files are checked on the driver, before Spark starts: a bad one is a usage error naming it. */
class SparkMainTest {
  @TempDir Path dir;

  private int run(StringWriter err, String... args) {
    CommandLine cmd = new CommandLine(new SparkMain());
    cmd.setErr(new PrintWriter(err, true));
    return cmd.execute(args);
  }

  @Test
  void aBadAliasFileStopsTheRunWithItsLine() throws IOException {
    Path bad = dir.resolve("aliases.tsv");
    Files.writeString(bad, "# mine\nno tabs here\n", StandardCharsets.UTF_8);
    StringWriter err = new StringWriter();
    int code = run(err, "spark-run", "--input", dir.toString(), "--output", dir.resolve("out").toString(), "--aliases", bad.toString());
    assertEquals(2, code, err::toString);
    assertTrue(err.toString().contains("--aliases: " + bad + ":2:"), err::toString);
    assertFalse(Files.exists(dir.resolve("out")), "nothing was written");
  }

  @Test
  void aFileThatIsNotAModelStopsTheRun() throws IOException {
    Path notes = dir.resolve("notes.tsv");
    Files.writeString(notes, "some\tnotes\n", StandardCharsets.UTF_8);
    StringWriter err = new StringWriter();
    int code = run(err, "spark-run", "--input", dir.toString(), "--output", dir.resolve("out").toString(), "--model", notes.toString());
    assertEquals(2, code, err::toString);
    assertTrue(err.toString().contains("--model: ") && err.toString().contains("not a claim model"), err::toString);
  }
}
