package org.claimtrail.eval.judged;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * A judged precision sample: claims drawn at random from a run's output with a fixed seed, each
 * judged by the rubric ({@code /work/shared/JUDGING.md}), and the population it was drawn from
 * (every claim of that run, as {@link Attribution}s), so that a later run's claims can be told
 * apart into those the sample speaks for and new ones. The set file holds no article text.
 *
 * @param corpora the corpora the sample was drawn from, each a list of inputs under the corpora folder
 * @param patterns what each pattern key of a judgment means
 * @param population every claim of the run the sample was drawn from, by corpus
 */
public record JudgedSet(String name, String description, List<Corpus> corpora, Map<String, String> patterns, List<JudgedClaim> items,
    Map<String, List<Attribution>> population) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The judged set shipped with Claimtrail ({@code eval judged} without {@code --set}). */
  public static final String BUNDLED = "A";

  /**
   * One corpus of the sample: its inputs (paths under the corpora folder, run together as one
   * {@code claims} run) and the part of their documents drawn from (a substring of the document's
   * origin, empty for all).
   */
  public record Corpus(String name, List<String> inputs, String documents) {
    public boolean holds(String origin) {
      return documents.isEmpty() || origin.contains(documents);
    }
  }

  public JudgedSet {
    corpora = List.copyOf(corpora);
    patterns = Map.copyOf(patterns);
    items = List.copyOf(items);
    population = Map.copyOf(population);
  }

  /** A set file and the population file it names beside it. */
  public static JudgedSet read(Path file) throws IOException {
    JsonNode root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
    Path pop = file.resolveSibling(root.path("population").asText());
    try (InputStream in = Files.newInputStream(pop)) {
      return of(root, in, file.toString());
    }
  }

  /** A set shipped in this jar ({@code org/claimtrail/eval/judged/judged-NAME.json}). */
  public static JudgedSet bundled(String name) throws IOException {
    try (InputStream set = JudgedSet.class.getResourceAsStream("judged-" + name + ".json")) {
      if (set == null) {
        throw new IOException("no bundled judged set '" + name + "'");
      }
      JsonNode root = JSON.readTree(set);
      try (InputStream pop = JudgedSet.class.getResourceAsStream(root.path("population").asText())) {
        if (pop == null) {
          throw new IOException("judged set " + name + ": missing population file " + root.path("population").asText());
        }
        return of(root, pop, "judged-" + name + ".json");
      }
    }
  }

  private static JudgedSet of(JsonNode root, InputStream population, String origin) throws IOException {
    List<Corpus> corpora = new ArrayList<>();
    for (JsonNode c : root.path("corpora")) {
      List<String> inputs = new ArrayList<>();
      c.path("inputs").forEach(i -> inputs.add(i.asText()));
      corpora.add(new Corpus(c.path("name").asText(), inputs, c.path("documents").asText("")));
    }
    Map<String, String> patterns = new LinkedHashMap<>();
    root.path("patterns").fields().forEachRemaining(e -> patterns.put(e.getKey(), e.getValue().asText()));
    List<JudgedClaim> items = new ArrayList<>();
    for (JsonNode it : root.path("items")) {
      try {
        items.add(item(it, patterns));
      } catch (RuntimeException e) {
        throw new IOException(origin + ": judged claim " + it.path("n").asText("?") + ": " + e.getMessage(), e);
      }
    }
    return new JudgedSet(root.path("name").asText(), root.path("description").asText(""), corpora, patterns, items,
        population(population, origin));
  }

  private static JudgedClaim item(JsonNode it, Map<String, String> known) {
    Attribution at = new Attribution(text(it, "article_id"), it.path("cue_start").asInt(), it.path("cue_end").asInt(), it.path("start").asInt(),
        it.path("end").asInt());
    Map<Field, String> patterns = new EnumMap<>(Field.class);
    it.path("patterns").fields().forEachRemaining(e -> {
      if (!known.containsKey(e.getValue().asText())) {
        throw new IllegalArgumentException("unknown pattern '" + e.getValue().asText() + "'");
      }
      patterns.put(Field.ofShortName(e.getKey()), e.getValue().asText());
    });
    List<String> right = new ArrayList<>();
    it.path("right_source").forEach(r -> right.add(r.asText()));
    JsonNode second = it.path("second");
    return new JudgedClaim(it.path("n").asInt(), text(it, "corpus"), text(it, "document"), at, it.path("text_hash").asText(""), text(it, "cue"),
        text(it, "source"), it.path("source_text").asText(""), text(it, "stance"), it.path("quote").asText(""), verdict(it.path("first")),
        second.isObject() ? Optional.of(verdict(second)) : Optional.empty(), patterns, right,
        it.hasNonNull("right_stance") ? Optional.of(it.get("right_stance").asText()) : Optional.empty());
  }

  private static String text(JsonNode it, String field) {
    if (!it.hasNonNull(field)) {
      throw new IllegalArgumentException("missing field '" + field + "'");
    }
    return it.get(field).asText();
  }

  private static Verdict verdict(JsonNode v) {
    if (!v.isObject()) {
      throw new IllegalArgumentException("missing verdict");
    }
    Map<Field, Mark> marks = new EnumMap<>(Field.class);
    for (Field f : Field.values()) {
      marks.put(f, Mark.of(text(v, f.key())));
    }
    return new Verdict(marks, v.path("note").asText(""));
  }

  /** Population lines: corpus, article id, cue start, cue end, content start, content end (tab-separated; gzip or plain). */
  private static Map<String, List<Attribution>> population(InputStream raw, String origin) throws IOException {
    InputStream in = new java.io.BufferedInputStream(raw);
    in.mark(2);
    boolean gzip = in.read() == 0x1f && in.read() == 0x8b;
    in.reset();
    Map<String, List<Attribution>> out = new LinkedHashMap<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(gzip ? new GZIPInputStream(in) : in, StandardCharsets.UTF_8));
    String line;
    int no = 0;
    while ((line = r.readLine()) != null) {
      no++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length != 6) {
        throw new IOException(origin + " population line " + no + ": expected 6 tab-separated fields, got " + f.length);
      }
      try {
        out.computeIfAbsent(f[0], k -> new ArrayList<>())
            .add(new Attribution(f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3]), Integer.parseInt(f[4]), Integer.parseInt(f[5])));
      } catch (NumberFormatException e) {
        throw new IOException(origin + " population line " + no + ": " + e.getMessage(), e);
      }
    }
    return out;
  }
}
