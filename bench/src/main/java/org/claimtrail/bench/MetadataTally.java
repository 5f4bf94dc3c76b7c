package org.claimtrail.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Counts right metadata per field for one extractor, on the pages with a reference: the
 * Readability suite's {@code title}/{@code byline}/{@code published} in the index, and the hand
 * judgments of {@code metadata-judged.tsv} (page id, digests of the folded title and author names,
 * the day; {@code -} where the page names none) for the newspaper pages. Remembers which pages were
 * wrong, for {@code --metadata}.
 */
final class MetadataTally {
  /** One extractor's answer for a page. */
  record Answer(String title, List<String> authors, Instant published, String publishedText) {}

  /**
   * A hand judgment: the digests of the right title and names, and the right days (the page's
   * own, and the UTC day where that differs); no days where the page gives no date.
   */
  record Judgment(String title, Set<String> authors, Set<LocalDate> days) {}

  private final Map<String, int[]> counts = new LinkedHashMap<>();
  final List<String> wrong = new ArrayList<>();

  void count(String field, String id, boolean right) {
    int[] c = counts.computeIfAbsent(field, k -> new int[2]);
    c[0] += right ? 1 : 0;
    c[1]++;
    if (!right) {
      wrong.add(field + " " + id);
    }
  }

  int[] get(String field) {
    return counts.getOrDefault(field, new int[2]);
  }

  /** Scores an answer against the index's references (Readability's suite). */
  void reference(JsonNode idx, Answer a) {
    String id = idx.get("id").asText();
    String site = idx.path("site_name").asText(null);
    if (idx.hasNonNull("title")) {
      count("title", id, MetadataScore.title(a.title(), idx.get("title").asText(), site));
    }
    if (idx.hasNonNull("byline") && !MetadataScore.names(idx.get("byline").asText()).isEmpty()) {
      count("author", id, MetadataScore.authors(a.authors(), idx.get("byline").asText()));
    }
    if (idx.hasNonNull("published")) {
      String want = idx.get("published").asText();
      count("published", id, a.published() != null ? MetadataScore.published(a.published(), want) : MetadataScore.published(a.publishedText(), want));
    }
  }

  /** Scores an answer against a hand judgment. */
  void judged(String id, Judgment j, Answer a) {
    count("judged title", id, a.title() != null && MetadataScore.digest(MetadataScore.fold(a.title())).equals(j.title()));
    Set<String> names = new TreeSet<>();
    MetadataScore.authorSet(a.authors()).forEach(n -> names.add(MetadataScore.digest(n)));
    count("judged author", id, names.equals(j.authors()));
    Set<LocalDate> got = new TreeSet<>();
    if (a.published() != null) {
      MetadataScore.day(a.published()).ifPresent(got::add);
    } else {
      got.addAll(MetadataScore.days(a.publishedText()));
    }
    count("judged published", id, j.days().isEmpty() ? got.isEmpty() : got.stream().anyMatch(j.days()::contains));
  }

  static Map<String, Judgment> readJudgments(Path file) throws IOException {
    Map<String, Judgment> out = new LinkedHashMap<>();
    if (file == null || !Files.exists(file)) {
      return out;
    }
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 4) {
        throw new IllegalArgumentException(file + ": expected id, title, authors, day: " + line);
      }
      Set<String> authors = new TreeSet<>();
      if (!f[2].equals("-")) {
        authors.addAll(List.of(f[2].split(";")));
      }
      Set<LocalDate> days = new TreeSet<>();
      if (!f[3].equals("-")) {
        for (String d : f[3].split("\\|")) {
          days.add(LocalDate.parse(d));
        }
      }
      out.put(f[0], new Judgment(f[1], authors, days));
    }
    return out;
  }

  static String percent(int[] c) {
    return c[1] == 0 ? "      -      " : String.format(Locale.ROOT, "%3d/%-3d %3.0f%%", c[0], c[1], 100.0 * c[0] / c[1]);
  }
}
