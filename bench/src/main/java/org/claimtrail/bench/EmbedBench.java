package org.claimtrail.bench;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.claimtrail.embed.SentenceEncoder;
import org.claimtrail.embed.SentenceSplitter;
import org.claimtrail.embed.TextSpan;
import org.claimtrail.embed.Vectors;
import org.claimtrail.eval.fnc1.Fnc1Csv;

/**
 * Sentence vectors per second on real news sentences (the first N bodies of an FNC-1 bodies file,
 * cut by {@link SentenceSplitter}): our batched encoder against langchain4j's encoder of the same
 * graph (one text per run of the graph, its {@code embedAll}), on the same sentences in one run,
 * and how far apart their vectors are. Usage: {@code EmbedBench BODIES.csv [N bodies]}.
 */
public final class EmbedBench {
  public static void main(String[] args) throws Exception {
    Map<Integer, String> bodies = Fnc1Csv.readBodies(Path.of(args[0]));
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 100;
    List<String> sentences = new ArrayList<>();
    long chars = 0;
    for (String body : bodies.values().stream().limit(n).toList()) {
      for (TextSpan s : SentenceSplitter.split(body)) {
        sentences.add(s.of(body));
        chars += s.end() - s.start();
      }
    }
    System.out.printf(Locale.ROOT, "embed bench: %d sentences (mean %.0f characters) of %d FNC-1 bodies, %d cores%n",
        sentences.size(), (double) chars / sentences.size(), n, Runtime.getRuntime().availableProcessors());
    long t0 = System.nanoTime();
    SentenceEncoder ours = SentenceEncoder.shared();
    ours.encode("warm up");
    long t1 = System.nanoTime();
    long c1 = cpu();
    List<float[]> a = ours.encode(sentences);
    long t2 = System.nanoTime();
    long c2 = cpu();
    AllMiniLmL6V2EmbeddingModel theirs = new AllMiniLmL6V2EmbeddingModel();
    theirs.embed("warm up");
    long t3 = System.nanoTime();
    long c3 = cpu();
    List<float[]> b = theirs.embedAll(sentences.stream().map(TextSegment::from).toList()).content().stream()
        .map(e -> e.vector()).toList();
    long t4 = System.nanoTime();
    long c4 = cpu();
    double worst = 1;
    for (int i = 0; i < a.size(); i++) {
      worst = Math.min(worst, Vectors.cosine(a.get(i), b.get(i)));
    }
    System.out.printf(Locale.ROOT, "  claimtrail SentenceEncoder (batched by length): %7.1f sentences/s, %7.1f per CPU second (model load %.1f s)%n",
        sentences.size() / ((t2 - t1) / 1e9), sentences.size() / ((c2 - c1) / 1e9), (t1 - t0) / 1e9);
    System.out.printf(Locale.ROOT, "  langchain4j AllMiniLmL6V2EmbeddingModel.embedAll: %7.1f sentences/s, %7.1f per CPU second (model load %.1f s)%n",
        sentences.size() / ((t4 - t3) / 1e9), sentences.size() / ((c4 - c3) / 1e9), (t3 - t2) / 1e9);
    System.out.printf(Locale.ROOT, "  load average at the end: %.1f%n", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    System.out.printf(Locale.ROOT, "  lowest cosine between the two encoders' vectors of a sentence: %.6f%n", worst);
  }

  /** CPU time of the whole process (the encoders' native threads included). */
  private static long cpu() {
    return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
  }
}
