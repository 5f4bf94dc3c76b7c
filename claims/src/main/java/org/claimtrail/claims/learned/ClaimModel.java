package org.claimtrail.claims.learned;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.IntPredicate;
import org.claimtrail.model.Claim;
import org.claimtrail.nlp.AnnotatedText;

/**
 * What a model learnt from annotated attributions adds to the claim rules, in two steps:
 * <ol>
 *   <li>{@link #keep}: drops the rules' false finds, judged by a {@link RankingPerceptron} over
 *       {@link ClaimFeatures} that ranks each claim against "no attribution". With a model the
 *       rules also try every verb as a cue ({@link #openCues()}), and this step sorts them out;
 *   <li>{@link #adjust}: moves the boundaries of each claim's content, cue and source. Each
 *       boundary is chosen among the token boundaries its {@link Role} allows, over
 *       {@link BoundaryFeatures}; the rules' boundary wins ties.
 * </ol>
 * Immutable and thread-safe.
 *
 * <p>The model file is plain text, one weight per line: {@code part TAB feature TAB weight}, where
 * a part is {@code keep} or a role and side ({@code content.end}, {@code cue.start}, …), and the
 * keep margin and whether cues are open are written {@code threshold TAB keepMargin TAB value} and
 * {@code threshold TAB openCues TAB 0|1}.
 */
public final class ClaimModel {
  private static final String HEADER = "# claimtrail claim model v2";
  private final Map<Role, RankingPerceptron> starts;
  private final Map<Role, RankingPerceptron> ends;
  private final RankingPerceptron keep;
  private final double keepMargin;
  private final boolean openCues;

  private ClaimModel(Map<Role, RankingPerceptron> starts, Map<Role, RankingPerceptron> ends, RankingPerceptron keep, double keepMargin,
      boolean openCues) {
    this.starts = starts;
    this.ends = ends;
    this.keep = keep;
    this.keepMargin = keepMargin;
    this.openCues = openCues;
  }

  /**
   * This model keeping claims that score up to {@code margin} below "no attribution". A claim
   * helps F1 when it is right more often than about half the F1, so the best margin keeps claims
   * the model is unsure of; it is chosen on held-out articles.
   */
  public ClaimModel withKeepMargin(double margin) {
    return new ClaimModel(starts, ends, keep, margin, openCues);
  }

  /** This model, for claims found with every verb tried as a cue (as it was trained), or not. */
  public ClaimModel withOpenCues(boolean open) {
    return new ClaimModel(starts, ends, keep, keepMargin, open);
  }

  /**
   * Whether the rules should try every verb as a cue, as they did when the model was trained: the
   * keep step then sorts them out.
   */
  public boolean openCues() {
    return openCues;
  }

  /** The claims the model takes for attributions, with their boundaries adjusted. */
  public List<Claim> apply(List<Claim> claims, AnnotatedText text) {
    return adjust(keep(claims, text), text);
  }

  /** The claims the model ranks above "no attribution" (all of them, for a model without weights). */
  public List<Claim> keep(List<Claim> claims, AnnotatedText text) {
    List<Claim> out = new ArrayList<>(claims.size());
    for (Claim c : claims) {
      if (keeps(c, text, claims)) {
        out.add(c);
      }
    }
    return out;
  }

  private boolean keeps(Claim c, AnnotatedText text, List<Claim> all) {
    return keep.score(ClaimFeatures.of(c, text, all)) + keepMargin >= keep.score(ClaimFeatures.NONE);
  }

  /** The claims with their content, cue and source boundaries where the model puts them. */
  public List<Claim> adjust(List<Claim> claims, AnnotatedText text) {
    List<Claim> out = new ArrayList<>(claims.size());
    for (Claim c : claims) {
      for (Role role : Role.values()) {
        c = adjust(role, c, text);
      }
      out.add(c);
    }
    return out;
  }

  private Claim adjust(Role role, Claim claim, AnnotatedText text) {
    Optional<Role.Placement> placed = role.place(claim, text);
    if (placed.isEmpty()) {
      return claim;
    }
    Role.Placement p = placed.get();
    Frame f = p.frame();
    int j = p.starts().get(starts.get(role).best(startFeatures(role, p), p.ruleStart()));
    int k = p.ends().get(ends.get(role).best(endFeatures(role, p), p.ruleEnd()));
    if (j > k || (j == f.first() && k == f.last())) {
      return claim;
    }
    return role.with(claim, text, f.sentence().token(j).begin(), f.sentence().token(k).end());
  }

  private static List<String[]> startFeatures(Role role, Role.Placement p) {
    BoundaryFeatures features = new BoundaryFeatures(role, p.frame());
    return p.starts().stream().map(features::start).toList();
  }

  private static List<String[]> endFeatures(Role role, Role.Placement p) {
    BoundaryFeatures features = new BoundaryFeatures(role, p.frame());
    return p.ends().stream().map(features::end).toList();
  }

  // ---- reading and writing ------------------------------------------------------------------

  private static String part(Role role, String side) {
    return role.key + "." + side;
  }

  public static ClaimModel read(Path file) throws IOException {
    Map<String, Map<String, Double>> weights = new HashMap<>();
    for (Role role : Role.values()) {
      weights.put(part(role, "start"), new HashMap<>());
      weights.put(part(role, "end"), new HashMap<>());
    }
    weights.put("keep", new HashMap<>());
    weights.put("threshold", new HashMap<>());
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
          throw new IOException(file + ": line " + lineNo + ": expected \"part<TAB>feature<TAB>weight\" with a part among " + new TreeMap<>(weights).keySet());
        }
        try {
          weights.get(cols[0]).put(cols[1], Double.parseDouble(cols[2]));
        } catch (NumberFormatException e) {
          throw new IOException(file + ": line " + lineNo + ": weight is not a number: " + cols[2], e);
        }
      }
    }
    Map<Role, RankingPerceptron> starts = new EnumMap<>(Role.class);
    Map<Role, RankingPerceptron> ends = new EnumMap<>(Role.class);
    for (Role role : Role.values()) {
      starts.put(role, new RankingPerceptron(weights.get(part(role, "start"))));
      ends.put(role, new RankingPerceptron(weights.get(part(role, "end"))));
    }
    Map<String, Double> threshold = weights.get("threshold");
    return new ClaimModel(starts, ends, new RankingPerceptron(weights.get("keep")), threshold.getOrDefault("keepMargin", 0.0),
        threshold.getOrDefault("openCues", 0.0) > 0);
  }

  public void write(Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(HEADER + "\n");
      for (Role role : Role.values()) {
        write(out, part(role, "start"), starts.get(role));
        write(out, part(role, "end"), ends.get(role));
      }
      write(out, "keep", keep);
      out.write("threshold\tkeepMargin\t" + String.format(Locale.ROOT, "%.6g", keepMargin) + "\n");
      out.write("threshold\topenCues\t" + (openCues ? 1 : 0) + "\n");
    }
  }

  private static void write(Writer out, String part, RankingPerceptron model) throws IOException {
    for (Map.Entry<String, Double> e : new TreeMap<>(model.weights()).entrySet()) {
      out.write(part + "\t" + e.getKey() + "\t" + String.format(Locale.ROOT, "%.6g", e.getValue()) + "\n");
    }
  }

  // ---- training ---------------------------------------------------------------------------

  public static Trainer trainer() {
    return new Trainer();
  }

  /** Collects examples (the rules' claims with their annotated spans), then trains. */
  public static final class Trainer {
    /** Which candidates are right (several can be: "that" or not), which one to learn, and the rules' one. */
    private record Answer(BitSet right, int gold, int rule) {}

    private record Example(List<String[]> candidates, Answer answer) {}

    private final Map<String, List<Example>> examples = new HashMap<>();

    private Trainer() {}

    private List<Example> of(String part) {
      return examples.computeIfAbsent(part, k -> new ArrayList<>());
    }

    /**
     * Adds one claim found by the rules, and whether the annotations have an attribution with its
     * cue. {@code all} are the claims of its article (a claim inside another's content is told
     * by that).
     */
    public void addKeep(Claim claim, AnnotatedText text, List<Claim> all, boolean attribution) {
      List<String[]> candidates = List.of(ClaimFeatures.of(claim, text, all), ClaimFeatures.NONE);
      int gold = attribution ? 0 : 1;
      BitSet right = new BitSet();
      right.set(gold);
      of("keep").add(new Example(candidates, new Answer(right, gold, 0)));
    }

    /**
     * Adds one claim's span of one kind ({@code "content"}, {@code "cue"} or {@code "source"}),
     * with tests for whether a character offset is its annotated start or end. A boundary no
     * candidate reaches teaches nothing and is skipped.
     */
    public void addSpan(String kind, Claim claim, AnnotatedText text, IntPredicate isStart, IntPredicate isEnd) {
      Role role = role(kind);
      Optional<Role.Placement> placed = role.place(claim, text);
      if (placed.isEmpty()) {
        return;
      }
      Role.Placement p = placed.get();
      var s = p.frame().sentence();
      answer(p.starts(), p.ruleStart(), j -> isStart.test(s.token(j).begin()))
          .ifPresent(a -> of(part(role, "start")).add(new Example(startFeatures(role, p), a)));
      answer(p.ends(), p.ruleEnd(), k -> isEnd.test(s.token(k).end()))
          .ifPresent(a -> of(part(role, "end")).add(new Example(endFeatures(role, p), a)));
    }

    private static Role role(String kind) {
      for (Role r : Role.values()) {
        if (r.key.equals(kind)) {
          return r;
        }
      }
      throw new IllegalArgumentException("Unknown span kind: " + kind + " (content, cue or source)");
    }

    /**
     * The answer for one boundary; none when no candidate is right. When the rules' candidate is
     * right it is the one to learn, so the model does not learn distinctions the scoring does not
     * make.
     */
    private static Optional<Answer> answer(List<Integer> candidates, int rule, IntPredicate right) {
      BitSet ok = new BitSet();
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

    /**
     * For each part ({@code keep}, {@code content.end}, …): {@code {right by the model, right by
     * the rules, examples}}. For {@code keep}, "right" means kept and an attribution, and the
     * rules' count is the attributions.
     */
    public Map<String, int[]> accuracy(ClaimModel model) {
      Map<String, int[]> out = new TreeMap<>();
      for (Map.Entry<String, List<Example>> e : examples.entrySet()) {
        int[] a = new int[3];
        for (Example x : e.getValue()) {
          Answer answer = x.answer();
          if (e.getKey().equals("keep")) {
            boolean kept = model.keep.score(x.candidates().get(0)) + model.keepMargin >= model.keep.score(x.candidates().get(1));
            a[0] += kept && answer.gold() == 0 ? 1 : 0;
            a[1] += answer.gold() == 0 ? 1 : 0;
            a[2] += kept ? 1 : 0;
          } else {
            a[0] += answer.right().get(model.perceptron(e.getKey()).best(x.candidates(), answer.rule())) ? 1 : 0;
            a[1] += answer.rule() >= 0 && answer.right().get(answer.rule()) ? 1 : 0;
            a[2]++;
          }
        }
        out.put(e.getKey(), a);
      }
      return out;
    }

    /** Trains every part for {@code epochs} passes, in a fixed shuffled order. */
    public ClaimModel train(int epochs) {
      Map<Role, RankingPerceptron> starts = new EnumMap<>(Role.class);
      Map<Role, RankingPerceptron> ends = new EnumMap<>(Role.class);
      for (Role role : Role.values()) {
        starts.put(role, train(of(part(role, "start")), epochs));
        ends.put(role, train(of(part(role, "end")), epochs));
      }
      return new ClaimModel(starts, ends, train(of("keep"), epochs), 0, false);
    }

    /**
     * How many perceptrons, each over its own shuffled order, are averaged into one. A single one
     * depends on the order it saw its examples in: a small change to the rules moved held-out F1
     * by half a point either way. The mean of several does not.
     */
    private static final int ORDERS = 5;

    private static RankingPerceptron train(List<Example> examples, int epochs) {
      List<RankingPerceptron> runs = new ArrayList<>();
      for (int seed = 0; seed < ORDERS; seed++) {
        RankingPerceptron p = new RankingPerceptron();
        List<Example> order = new ArrayList<>(examples);
        Random random = new Random(42 + seed);
        for (int e = 0; e < epochs; e++) {
          Collections.shuffle(order, random);
          for (Example x : order) {
            p.train(x.candidates(), x.answer().gold());
          }
        }
        p.average();
        runs.add(p);
      }
      return RankingPerceptron.mean(runs);
    }
  }

  private RankingPerceptron perceptron(String part) {
    for (Role role : Role.values()) {
      if (part.equals(part(role, "start"))) {
        return starts.get(role);
      }
      if (part.equals(part(role, "end"))) {
        return ends.get(role);
      }
    }
    return keep;
  }
}
