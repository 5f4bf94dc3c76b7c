package org.claimtrail.app.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimtrail.embed.TextEncoder;
import org.claimtrail.eval.fnc1.Fnc1Pair;
import org.claimtrail.stance.Preparation;
import org.claimtrail.stance.features.BodyText;
import org.claimtrail.stance.features.ClaimMark;
import org.claimtrail.stance.features.ClaimText;

/**
 * FNC-1 data prepared for the stance model: each body read and encoded once, each distinct
 * headline once, and for every pair the indexes of its claim and body; with the time each took.
 */
final class Fnc1Prepared {
  final List<ClaimText> claims;
  final List<BodyText> bodies;
  final int[] claimOf;
  final int[] bodyOf;
  final double bodySeconds;
  final double claimSeconds;

  private Fnc1Prepared(List<ClaimText> claims, List<BodyText> bodies, int[] claimOf, int[] bodyOf, double bodySeconds, double claimSeconds) {
    this.claims = claims;
    this.bodies = bodies;
    this.claimOf = claimOf;
    this.bodyOf = bodyOf;
    this.bodySeconds = bodySeconds;
    this.claimSeconds = claimSeconds;
  }

  /** Prepares the data; {@code marks} holds the claims Claimtrail found per body id (may be empty). */
  static Fnc1Prepared of(Fnc1Data data, Map<Integer, List<ClaimMark>> marks, TextEncoder encoder, Progress progress) {
    Map<Integer, Integer> bodyIndex = new LinkedHashMap<>();
    List<String> texts = new ArrayList<>();
    List<List<ClaimMark>> bodyMarks = new ArrayList<>();
    Map<String, Integer> claimIndex = new LinkedHashMap<>();
    int[] claimOf = new int[data.pairs().size()];
    int[] bodyOf = new int[data.pairs().size()];
    for (int i = 0; i < data.pairs().size(); i++) {
      Fnc1Pair p = data.pairs().get(i);
      bodyOf[i] = bodyIndex.computeIfAbsent(p.bodyId(), id -> {
        texts.add(data.bodies().get(id));
        bodyMarks.add(marks.getOrDefault(id, List.of()));
        return texts.size() - 1;
      });
      claimOf[i] = claimIndex.computeIfAbsent(p.headline(), h -> claimIndex.size());
    }
    long t0 = System.nanoTime();
    List<BodyText> bodies = Preparation.bodies(texts, bodyMarks, encoder, done -> progress.update(done, "bodies"));
    progress.finish(bodies.size(), "bodies");
    long t1 = System.nanoTime();
    List<ClaimText> claims = Preparation.claims(new ArrayList<>(claimIndex.keySet()), encoder);
    long t2 = System.nanoTime();
    return new Fnc1Prepared(claims, bodies, claimOf, bodyOf, (t1 - t0) / 1e9, (t2 - t1) / 1e9);
  }

  /** The claim of each pair, in pair order. */
  List<ClaimText> pairClaims() {
    List<ClaimText> out = new ArrayList<>(claimOf.length);
    for (int c : claimOf) {
      out.add(claims.get(c));
    }
    return out;
  }

  /** The body of each pair, in pair order. */
  List<BodyText> pairBodies() {
    List<BodyText> out = new ArrayList<>(bodyOf.length);
    for (int b : bodyOf) {
      out.add(bodies.get(b));
    }
    return out;
  }

  static Map<Integer, List<ClaimMark>> noMarks() {
    return new HashMap<>();
  }
}
