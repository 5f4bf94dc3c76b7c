package org.claimtrail.eval.judged;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimtrail.model.Claim;

/**
 * Matches a new run's claims to a judged set and tells what became of each judgment ({@link
 * Outcome}), and how many of the run's claims the sample does not speak for. Pure: the caller runs
 * the claims stage over the set's corpora.
 */
public final class JudgedScorer {
  private JudgedScorer() {}

  /**
   * A new run over the set's corpora.
   *
   * @param claims the run's claims, by corpus name, only from the documents each corpus was drawn from
   * @param textHashes each article's text hash (hex SHA-256), by article id
   */
  public record Run(Map<String, List<Claim>> claims, Map<String, String> textHashes) {
    public Run {
      claims = Map.copyOf(claims);
      textHashes = Map.copyOf(textHashes);
    }
  }

  public static JudgedReport score(JudgedSet set, Run run) {
    Map<String, List<Claim>> byArticle = new HashMap<>();
    run.claims().values().forEach(cs -> cs.forEach(c -> byArticle.computeIfAbsent(c.articleId(), k -> new ArrayList<>()).add(c)));
    List<Outcome> outcomes = new ArrayList<>();
    List<JudgedClaim> unscorable = new ArrayList<>();
    for (JudgedClaim j : set.items()) {
      String hash = run.textHashes().get(j.at().articleId());
      if (hash == null || (!j.textHash().isEmpty() && !hash.startsWith(j.textHash()))) {
        unscorable.add(j); // the article is gone from the run, or its text changed: every offset may have moved
        continue;
      }
      outcomes.add(Outcome.of(j, best(j, byArticle.getOrDefault(j.at().articleId(), List.of()))));
    }
    Map<String, int[]> unjudged = new HashMap<>();
    for (var e : run.claims().entrySet()) {
      List<Attribution> pop = set.population().getOrDefault(e.getKey(), List.of());
      Map<String, List<Attribution>> popByArticle = new HashMap<>();
      pop.forEach(a -> popByArticle.computeIfAbsent(a.articleId(), k -> new ArrayList<>()).add(a));
      int fresh = 0;
      for (Claim c : e.getValue()) {
        Attribution a = Attribution.of(c);
        if (popByArticle.getOrDefault(c.articleId(), List.of()).stream().noneMatch(a::sameAs)) {
          fresh++;
        }
      }
      unjudged.put(e.getKey(), new int[] {fresh, e.getValue().size()});
    }
    return new JudgedReport(set, outcomes, unscorable, unjudged);
  }

  /**
   * The run's claim that is the judged one's attribution: among those {@link Attribution#sameAs}
   * it, the one with the same source name, then the one whose content overlaps most, then the
   * nearest cue.
   */
  static Optional<Claim> best(JudgedClaim j, List<Claim> candidates) {
    Attribution at = j.at();
    Comparator<Claim> order = Comparator.<Claim>comparingInt(c -> c.source().name().equals(j.source()) ? 0 : 1)
        .thenComparingInt(c -> -at.contentOverlap(Attribution.of(c)))
        .thenComparingInt(c -> Math.abs(c.cueStart() - at.cueStart()));
    return candidates.stream().filter(c -> at.sameAs(Attribution.of(c))).min(order);
  }
}
