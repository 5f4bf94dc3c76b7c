package org.claimtrail.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Turns hand judgments written in plain text (page id, title, names joined by {@code ;}, days
 * joined by {@code |}; {@code -} for none) into the form the repository keeps,
 * {@code bench/metadata-judged.tsv}: the same with the title and each name replaced by the digest
 * of its folded form ({@link MetadataScore#fold}), so no page text is stored and the file still
 * scores any extractor's output.
 *
 * <p>Usage: {@code JudgmentDigest RAW.tsv OUT.tsv}
 */
public final class JudgmentDigest {
  private JudgmentDigest() {}

  public static void main(String[] args) throws IOException {
    List<String> out = new ArrayList<>();
    out.add("# Hand judgments of the title, authors and publication day of html-pages/newspaper pages (a fixed-seed sample),");
    out.add("# as digests of the folded title and names (bench JudgmentDigest): page id, title, authors (;), days (|), '-' for none.");
    for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 4) {
        throw new IllegalArgumentException(args[0] + ": expected id, title, authors, days: " + line);
      }
      TreeSet<String> names = new TreeSet<>();
      if (!f[2].equals("-")) {
        for (String n : f[2].split(";")) {
          MetadataScore.names(n).forEach(x -> names.add(MetadataScore.digest(x)));
        }
      }
      out.add(String.join("\t", f[0], MetadataScore.digest(MetadataScore.fold(f[1])), names.isEmpty() ? "-" : String.join(";", names), f[3]));
    }
    Files.write(Path.of(args[1]), out, StandardCharsets.UTF_8);
  }
}
