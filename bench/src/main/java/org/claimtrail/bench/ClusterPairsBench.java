package org.claimtrail.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.claimtrail.claims.entity.AliasNormaliser;
import org.claimtrail.claims.entity.AliasTable;
import org.claimtrail.link.LinkInput;
import org.claimtrail.link.Linker;
import org.claimtrail.model.ClaimToLink;
import org.claimtrail.model.EntityType;
import org.claimtrail.model.QuoteType;
import org.claimtrail.model.Stance;

/**
 * Precision and recall of claim clustering on hand-labelled claim pairs ({@code
 * link/src/test/resources/claim-pairs.json}), at several thresholds; then the linker's speed on
 * 50,000 claims made of the corpora's real sentences ({@link LinkSpeed}). Usage: {@code
 * ClusterPairsBench PAIRS.json CORPORA_DIR}.
 */
public final class ClusterPairsBench {
  public static void main(String[] args) throws Exception {
    ObjectMapper json = new ObjectMapper();
    JsonNode pairs = json.readTree(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8)).get("pairs");
    Map<String, String> texts = new HashMap<>();
    for (String file : List.of("wikinews/wikinews-2020.jsonl", "reuters-21578/reuters-21578-dev.jsonl")) {
      for (String line : Files.readAllLines(Path.of(args[1]).resolve(file), StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          JsonNode r = json.readTree(line);
          texts.put(r.get("id").asText(), r.get("text").asText());
        }
      }
    }
    AliasNormaliser normaliser = new AliasNormaliser(AliasTable.standard());
    System.out.printf(Locale.ROOT, "claim pairs: %d labelled, %d the same claim%n", pairs.size(), count(pairs));
    for (double threshold : new double[] {0.3, 0.4, 0.5, 0.6, 0.7}) {
      Linker linker = Linker.standard(normaliser, threshold);
      int tp = 0;
      int fp = 0;
      int fn = 0;
      for (JsonNode p : pairs) {
        boolean joined = linker.link(new LinkInput(List.of(), List.of(claim(texts, p.get("a")), claim(texts, p.get("b"))))).clusters().size() == 1;
        boolean same = p.get("same").asBoolean();
        tp += joined && same ? 1 : 0;
        fp += joined && !same ? 1 : 0;
        fn += !joined && same ? 1 : 0;
      }
      double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
      double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
      double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
      System.out.printf(Locale.ROOT, "  threshold %.1f: precision %.3f  recall %.3f  F1 %.3f  (%d joined correctly, %d wrongly, %d missed)%n",
          threshold, precision, recall, f1, tp, fp, fn);
    }
    LinkSpeed.print(Linker.standard(normaliser), texts.values(), 50_000);
  }

  private static int count(JsonNode pairs) {
    int n = 0;
    for (JsonNode p : pairs) {
      n += p.get("same").asBoolean() ? 1 : 0;
    }
    return n;
  }

  private static ClaimToLink claim(Map<String, String> texts, JsonNode ref) {
    String content = texts.get(ref.get("id").asText()).substring(ref.get("start").asInt(), ref.get("end").asInt());
    return new ClaimToLink(ref.get("id").asText() + ref.get("start").asInt(), ref.get("id").asText(), "s", EntityType.OTHER, Optional.empty(),
        Stance.ASSERTED, "", content, QuoteType.INDIRECT, List.of(), Optional.empty(), Optional.empty());
  }
}
