package org.claimtrail.claims.learned;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntPredicate;
import org.claimtrail.model.Claim;
import org.claimtrail.nlp.AnnotatedText;
import org.claimtrail.nlp.Sentence;

/**
 * What a model learnt from annotated attributions adds to the claim rules, in two steps:
 * <ol>
 *   <li>{@link #keep}: drops the rules' false finds, judged by a {@link RankingPerceptron} over
 *       {@link ClaimFeatures} that ranks each claim against "no attribution";
 *   <li>{@link #adjust}: moves the start and end of indirect claims' content. Each boundary is
 *       chosen among the token boundaries of the content's sentence (the end after the content's
 *       first token, the start after the cue) over {@link BoundaryFeatures}.
 * </ol>
 * Immutable and thread-safe.
 *
 * <p>The model file is plain text, one weight per line: {@code end|start|keep TAB feature TAB weight},
 * and the keep margin as {@code threshold TAB keepMargin TAB value}.
 */
public final class ClaimModel {
  private static final String HEADER = "# claimtrail claim model v1";
  private static final List<String> PARTS = List.of("end", "start", "keep", "threshold");
  private final RankingPerceptron end;
  private final RankingPerceptron start;
  private final RankingPerceptron keep;
  private final double keepMargin;

  private ClaimModel(RankingPerceptron end, RankingPerceptron start, RankingPerceptron keep, double keepMargin) {
    this.end = end;
    this.start = start;
    this.keep = keep;
    this.keepMargin = keepMargin;
  }

  /**
   * This model keeping claims that score up to {@code margin} below "no attribution". A claim
   * helps F1 when it is right more often than about half the F1, so the best margin keeps claims
   * the model is unsure of; it is chosen on held-out articles.
   */
  public ClaimModel withKeepMargin(double margin) {
    return new ClaimModel(end, start, keep, margin);
  }

  /** The claims the model takes for attributions, with their content boundaries adjusted. */
  public List<Claim> apply(List<Claim> claims, AnnotatedText text) {
    return adjust(keep(claims, text), text);
  }

  /** The claims the model ranks above "no attribution" (all of them, for a model without weights). */
  public List<Claim> keep(List<Claim> claims, AnnotatedText text) {
    List<Claim> out = new ArrayList<>(claims.size());
    for (Claim c : claims) {
      if (keep.score(ClaimFeatures.of(c, text, claims)) + keepMargin >= keep.score(ClaimFeatures.NONE)) {
        out.add(c);
      }
    }
    return out;
  }

  /** The claims with their content boundaries chosen by the model; direct quotes are unchanged. */
  public List<Claim> adjust(List<Claim> claims, AnnotatedText text) {
    List<Claim> out = new ArrayList<>(claims.size());
    for (Claim c : claims) {
      out.add(adjust(c, text));
    }
    return out;
  }

  public Claim adjust(Claim claim, AnnotatedText text) {
    Optional<Frame> frame = Frame.of(claim, text);
    if (frame.isEmpty()) {
      return claim;
    }
    Frame f = frame.get();
    Sentence s = f.sentence();
    // The rules' boundary wins ties: an empty or untrained model changes nothing.
    List<Integer> ends = endCandidates(f);
    List<Integer> starts = startCandidates(f);
    int k = ends.get(end.best(endFeatures(f), ends.indexOf(f.last())));
    int j = starts.get(start.best(startFeatures(f), starts.indexOf(f.first())));
    if (j > k) {
      return claim;
    }
    int b = s.token(j).begin();
    int e = s.token(k).end();
    return new Claim(claim.articleId(), claim.source(), claim.cue(), claim.cueLemma(), claim.cueStart(), claim.stance(), claim.quote(), b, e,
        text.slice(b, e), claim.via(), claim.saidWhen(), claim.confidence());
  }

  private static List<Integer> endCandidates(Frame f) {
    int limit = f.beforeCue() ? f.cue() - 1 : f.sentence().size() - 1;
    List<Integer> out = new ArrayList<>();
    for (int k = f.first(); k <= Math.max(limit, f.last()); k++) {
      out.add(k);
    }
    return out;
  }

  private static List<Integer> startCandidates(Frame f) {
    int from = f.cue() >= 0 && !f.beforeCue() ? Math.min(f.cue() + 1, f.first()) : 0;
    List<Integer> out = new ArrayList<>();
    for (int j = from; j <= f.last(); j++) {
      out.add(j);
    }
    return out;
  }

  private static List<String[]> endFeatures(Frame f) {
    return endCandidates(f).stream().map(k -> BoundaryFeatures.end(f, k)).toList();
  }

  private static List<String[]> startFeatures(Frame f) {
    return startCandidates(f).stream().map(j -> BoundaryFeatures.start(f, j)).toList();
  }

  // ---- reading and writing ------------------------------------------------------------------

  public static ClaimModel read(Path file) throws IOException {
    Map<String, Map<String, Double>> weights = new HashMap<>();
    for (String part : PARTS) {
      weights.put(part, new HashMap<>());
    }
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String first = in.readLine();
      if (!HEADER.equals(first)) {
        throw new IOException(file + ": not a claim model (its first line should be \"" + HEADER + "\")");
      }
      int lineNo = 1;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNo++;
        String[] cols = line.split("\t");
        if (cols.length != 3 || !weights.containsKey(cols[0])) {
          throw new IOException(file + ": line " + lineNo + ": expected \"end|start|keep|threshold<TAB>feature<TAB>weight\"");
        }
        double w;
        try {
          w = Double.parseDouble(cols[2]);
        } catch (NumberFormatException e) {
          throw new IOException(file + ": line " + lineNo + ": weight is not a number: " + cols[2], e);
        }
        weights.get(cols[0]).put(cols[1], w);
      }
    }
    return new ClaimModel(new RankingPerceptron(weights.get("end")), new RankingPerceptron(weights.get("start")),
        new RankingPerceptron(weights.get("keep")), weights.get("threshold").getOrDefault("keepMargin", 0.0));
  }

  public void write(Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(HEADER + "\n");
      write(out, "end", end);
      write(out, "start", start);
      write(out, "keep", keep);
      out.write("threshold\tkeepMargin\t" + String.format(Locale.ROOT, "%.6g", keepMargin) + "\n");
    }
  }

  private static void write(Writer out, String side, RankingPerceptron model) throws IOException {
    for (Map.Entry<String, Double> e : new java.util.TreeMap<>(model.weights()).entrySet()) {
      out.write(side + "\t" + e.getKey() + "\t" + String.format(Locale.ROOT, "%.6g", e.getValue()) + "\n");
    }
  }

  // ---- training ---------------------------------------------------------------------------

  public static Trainer trainer() {
    return new Trainer();
  }

  /** Collects examples (the rules' claims with their annotated boundaries), then trains. */
  public static final class Trainer {
    /** Which candidates are right (several can be: "that" or not), which one to learn, and the rules' one. */
    private record Answer(java.util.BitSet right, int gold, int rule) {}

    private record Example(List<String[]> candidates, Answer answer) {}

    /**
     * The answer for one boundary; none when no candidate is right. When the rules' candidate is
     * right it is the one to learn, so the model does not learn distinctions the scoring does not
     * make.
     */
    private static Optional<Answer> example(List<Integer> candidates, int rule, IntPredicate right) {
      java.util.BitSet ok = new java.util.BitSet();
      for (int i = 0; i < candidates.size(); i++) {
        if (right.test(candidates.get(i))) {
          ok.set(i);
        }
      }
      if (ok.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new Answer(ok, rule >= 0 && ok.get(rule) ? rule : ok.nextSetBit(0), rule));
    }

    private final List<Example> ends = new ArrayList<>();
    private final List<Example> starts = new ArrayList<>();
    private final List<Example> keeps = new ArrayList<>();

    private Trainer() {}

    /**
     * Adds one claim found by the rules, and whether the annotations have an attribution with its
     * cue. {@code all} are the claims of its article (a claim inside another's content is told
     * by that).
     */
    public void addKeep(Claim claim, AnnotatedText text, List<Claim> all, boolean attribution) {
      List<String[]> candidates = List.of(ClaimFeatures.of(claim, text, all), ClaimFeatures.NONE);
      int gold = attribution ? 0 : 1;
      keeps.add(new Example(candidates, new Answer(java.util.BitSet.valueOf(new long[] {1L << gold}), gold, 0)));
    }

    /**
     * Adds one claim found by the rules, with tests for whether a character offset is the
     * annotated start or end of its content. A boundary no candidate reaches teaches nothing and
     * is skipped.
     *
     * @return whether the claim gave an example (it has a frame)
     */
    public boolean add(Claim claim, AnnotatedText text, IntPredicate isStart, IntPredicate isEnd) {
      Optional<Frame> frame = Frame.of(claim, text);
      if (frame.isEmpty()) {
        return false;
      }
      Frame f = frame.get();
      Sentence s = f.sentence();
      List<Integer> ec = endCandidates(f);
      example(ec, ec.indexOf(f.last()), k -> isEnd.test(s.token(k).end())).ifPresent(x -> ends.add(new Example(endFeatures(f), x)));
      List<Integer> sc = startCandidates(f);
      example(sc, sc.indexOf(f.first()), j -> isStart.test(s.token(j).begin())).ifPresent(x -> starts.add(new Example(startFeatures(f), x)));
      return true;
    }

    public int keepExamples() {
      return keeps.size();
    }

    /**
     * How the model's keep decisions fare on these examples: {@code {attributions kept, kept,
     * attributions}}, so precision is [0]/[1] and recall [0]/[2]; the rules keep everything.
     */
    public int[] keepAccuracy(ClaimModel model) {
      int[] out = new int[3];
      for (Example x : keeps) {
        boolean kept = model.keep.score(x.candidates().get(0)) + model.keepMargin >= model.keep.score(x.candidates().get(1));
        boolean attribution = x.answer().gold() == 0;
        out[0] += kept && attribution ? 1 : 0;
        out[1] += kept ? 1 : 0;
        out[2] += attribution ? 1 : 0;
      }
      return out;
    }

    public int endExamples() {
      return ends.size();
    }

    public int startExamples() {
      return starts.size();
    }

    /**
     * How often {@code model} and the rules put each boundary where these examples' annotations
     * do: {@code {ends right by model, by rules, end examples, starts by model, by rules, start examples}}.
     */
    public int[] accuracy(ClaimModel model) {
      int[] out = new int[6];
      for (Example x : ends) {
        Answer a = x.answer();
        out[0] += a.right().get(model.end.best(x.candidates(), a.rule())) ? 1 : 0;
        out[1] += a.right().get(a.rule()) ? 1 : 0;
        out[2]++;
      }
      for (Example x : starts) {
        Answer a = x.answer();
        out[3] += a.right().get(model.start.best(x.candidates(), a.rule())) ? 1 : 0;
        out[4] += a.right().get(a.rule()) ? 1 : 0;
        out[5]++;
      }
      return out;
    }

    /** Trains the three parts for {@code epochs} passes each, in a fixed shuffled order. */
    public ClaimModel train(int epochs) {
      return new ClaimModel(train(ends, epochs), train(starts, epochs), train(keeps, epochs), 0);
    }

    private static RankingPerceptron train(List<Example> examples, int epochs) {
      RankingPerceptron p = new RankingPerceptron();
      List<Example> order = new ArrayList<>(examples);
      java.util.Random random = new java.util.Random(42);
      for (int e = 0; e < epochs; e++) {
        java.util.Collections.shuffle(order, random);
        for (Example x : order) {
          p.train(x.candidates(), x.answer().gold());
        }
      }
      p.average();
      return p;
    }
  }
}
