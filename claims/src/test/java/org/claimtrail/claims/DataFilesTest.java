package org.claimtrail.claims;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every rule vocabulary is a data file that says in its header what it is for. */
class DataFilesTest {
  @Test
  void everyDataFileOpensWithAHeaderComment() throws IOException {
    Path root = Path.of("src/main/resources/org/claimtrail/claims");
    List<Path> files;
    try (Stream<Path> all = Files.walk(root)) {
      files = all.filter(Files::isRegularFile).toList();
    }
    assertTrue(files.size() > 30, "the data files: " + files);
    for (Path f : files) {
      List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
      assertTrue(!lines.isEmpty() && lines.get(0).startsWith("# ") && lines.get(0).length() > 20, f + " opens with no header saying what it is for");
    }
  }
}
