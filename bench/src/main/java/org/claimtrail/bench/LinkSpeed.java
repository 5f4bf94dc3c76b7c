package org.claimtrail.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.claimtrail.link.LinkInput;
import org.claimtrail.link.LinkResult;
import org.claimtrail.link.Linker;
import org.claimtrail.model.ClaimToLink;
import org.claimtrail.model.EntityType;
import org.claimtrail.model.QuoteType;
import org.claimtrail.model.Stance;

/**
 * How fast the linker decides "same claim" at the size of a real store: N claims whose contents
 * are the corpora's real sentences, each sentence made by up to three sources in three outlets on
 * different days (as a story runs through the wires), the rest of each claim synthetic and said so.
 * Prints the time of a whole linking run (features, candidates, decisions, status; after a warm-up
 * on 5,000) and the candidate pairs decided per second: the anchor another same-claim rule is
 * measured against.
 */
final class LinkSpeed {
  private LinkSpeed() {}

  private static final List<String> SOURCES = List.of("Reuters", "the ministry", "officials", "the company", "analysts", "police", "the White House");

  static void print(Linker linker, Collection<String> texts, int n) {
    List<String> sentences = new ArrayList<>();
    for (String t : texts) {
      for (String s : t.split("(?<=[.!?])\\s+")) {
        if (s.split("\\s+").length >= 5) {
          sentences.add(s.strip());
        }
      }
    }
    List<ClaimToLink> claims = new ArrayList<>(n);
    Instant day = Instant.parse("2020-01-01T00:00:00Z");
    for (int i = 0; i < n; i++) {
      int copy = i / sentences.size();
      String source = SOURCES.get((i + copy) % SOURCES.size());
      Stance stance = i % 17 == 0 ? Stance.DENIED : i % 11 == 0 ? Stance.CONFIRMED : Stance.CLAIMED;
      claims.add(new ClaimToLink(Integer.toString(i), "a" + (i / 20), source, EntityType.OTHER, Optional.empty(), stance, "say",
          sentences.get(i % sentences.size()), QuoteType.INDIRECT, List.of(), Optional.of(day.plus(copy, ChronoUnit.DAYS)),
          Optional.of("Outlet " + copy)));
    }
    linker.link(new LinkInput(List.of(), claims.subList(0, Math.min(n, 5_000)))); // warm-up
    // Wall time, and the CPU time of this (single) thread: on a shared machine the second is the figure to compare.
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long c0 = cpu.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    LinkResult r = linker.link(new LinkInput(List.of(), claims));
    double seconds = (System.nanoTime() - t0) / 1e9;
    double cpuSeconds = (cpu.getCurrentThreadCpuTime() - c0) / 1e9;
    long joined = r.clusters().stream().filter(c -> c.members().size() > 1).count();
    System.out.printf(Locale.ROOT, "link speed: %,d claims (%,d real sentences, each made up to %d times; synthetic sources, outlets and dates)%n",
        n, sentences.size(), (n + sentences.size() - 1) / sentences.size());
    System.out.printf(Locale.ROOT, "  linked in %.1f s (%.1f s of CPU, one thread): %,d candidate pairs decided, %,.0f pairs/s of CPU; %,d clusters of 2+ claims%n",
        seconds, cpuSeconds, r.pairsCompared(), r.pairsCompared() / cpuSeconds, joined);
  }
}
