package org.claimtrail.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimtrail.model.Article;
import org.claimtrail.model.ArticleClaims;
import org.claimtrail.model.Claim;
import org.claimtrail.model.ClaimCluster;
import org.claimtrail.model.ClaimSource;
import org.claimtrail.model.ClusterStatus;
import org.claimtrail.model.EntityType;
import org.claimtrail.model.QuoteType;
import org.claimtrail.model.Stance;
import org.claimtrail.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code claimtrail export} over a stored, linked H2 store of more claims than one read batch
 * (1,000): every claim comes out once, in id order, in each format, and exactly the clustered
 * claims carry their cluster, on both sides of a batch boundary.
 */
class ExportCommandIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static String export(String db, String format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream old = System.out;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      assertEquals(0, Main.run("export", "--db", db, "--format", format));
    } finally {
      System.setOut(old);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static ArticleClaims article(int n) {
    String text = "Article number " + n + " says things.";
    Article a = new Article("export-" + n, "test#" + n, Optional.of("https://export.example/" + n), Optional.of("Title " + n), Optional.of("Test Wire"),
        List.of(), Optional.of(Instant.parse("2024-10-23T00:00:00Z")), Optional.empty(), Optional.of("en"), List.of(text), List.of(),
        String.format(java.util.Locale.ROOT, "%064x", n));
    List<Claim> claims = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      claims.add(new Claim(a.id(), new ClaimSource("officials", EntityType.OTHER, Optional.empty(), Optional.empty(), "officials", 0, 9), "said", "say",
          10, Stance.ASSERTED, QuoteType.INDIRECT, 15, 20, "claim " + n + "." + i, List.of(), Optional.empty(), 0.6));
    }
    return new ArticleClaims(a, List.of(), List.of(), claims);
  }

  @Test
  void everyClaimOnceInIdOrderWithItsClusterAcrossReadBatches(@TempDir Path dir) throws Exception {
    String db = Store.h2Url(dir.resolve("store"));
    List<Long> ids = new ArrayList<>();
    try (Store store = Store.open(db)) {
      for (int n = 0; n < 150; n++) {
        ids.addAll(store.store(article(n), Optional.empty()).claimIds()); // 1,050 claims
      }
      // One cluster with a claim from the first read batch and one from the second.
      List<String> members = List.of(ids.get(3).toString(), ids.get(1040).toString());
      ClaimCluster cluster = new ClaimCluster("k", "claim", members, List.of("officials"), List.of("Test Wire"),
          List.of(new ClaimCluster.Change(Optional.empty(), ClusterStatus.CLAIMED, members.get(0), "first made by officials")));
      store.replaceLinks(Map.of(), List.of(cluster));
    }

    List<JsonNode> lines = new ArrayList<>();
    for (String line : export(db, "jsonl").split("\n")) {
      lines.add(JSON.readTree(line));
    }
    assertEquals(ids, lines.stream().map(l -> l.get("claim_id").asLong()).toList(), "each claim once, in id order");
    List<Long> clustered = lines.stream().filter(l -> l.has("cluster_id")).map(l -> l.get("claim_id").asLong()).toList();
    assertEquals(List.of(ids.get(3), ids.get(1040)), clustered);
    assertEquals(lines.get(3).get("cluster_id"), lines.get(1040).get("cluster_id"), "the same cluster on both sides of the batch boundary");

    JsonNode array = JSON.readTree(export(db, "json"));
    assertEquals(1050, array.size());
    assertEquals(lines.get(1040), array.get(1040), "json and jsonl hold the same claims");

    List<String> csv = List.of(export(db, "csv").split("\n"));
    assertEquals(1051, csv.size(), "a header and a row per claim");
    assertTrue(csv.get(1041).endsWith("," + lines.get(1040).get("cluster_id").asLong()), csv.get(1041));
    assertTrue(csv.get(1).endsWith(","), "no cluster, an empty last column: " + csv.get(1));
  }
}
