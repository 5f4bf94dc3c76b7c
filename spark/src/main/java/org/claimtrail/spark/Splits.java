package org.claimtrail.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Cuts the inputs into splits: every file under the given paths is one split, except plain
 * (uncompressed) JSONL files larger than {@code splitBytes}, which are cut into byte ranges that a
 * reader extends to the next line end. Gzip cannot be split, so a .warc.gz is one task.
 */
public final class Splits {
  private Splits() {}

  public static List<Split> of(List<String> inputs, long splitBytes) {
    List<Split> out = new ArrayList<>();
    for (String input : inputs) {
      Path p = Path.of(input);
      if (!Files.exists(p)) {
        throw new IllegalArgumentException("No such input: " + input);
      }
      try (Stream<Path> files = Files.isDirectory(p) ? Files.walk(p) : Stream.of(p)) {
        for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
          long size = Files.size(f);
          String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
          if (name.endsWith(".jsonl") && size > splitBytes) {
            for (long s = 0; s < size; s += splitBytes) {
              out.add(new Split(f.toString(), s, Math.min(size, s + splitBytes)));
            }
          } else {
            out.add(new Split(f.toString(), 0, -1));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot list " + input, e);
      }
    }
    return out;
  }
}
