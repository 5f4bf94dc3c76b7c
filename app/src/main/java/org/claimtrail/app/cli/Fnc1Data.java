package org.claimtrail.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimtrail.eval.fnc1.Fnc1Csv;
import org.claimtrail.eval.fnc1.Fnc1FormatException;
import org.claimtrail.eval.fnc1.Fnc1Pair;

/** FNC-1 bodies and the (headline, body) pairs over them, every pair's body present. */
record Fnc1Data(Map<Integer, String> bodies, List<Fnc1Pair> pairs) {
  static final String BODIES = "train_bodies.csv";
  static final String STANCES = "train_stances.csv";
  static final String DEV_IDS = "dev_body_ids.txt";

  /** A bodies file and a stances file; a pair whose body is not in the bodies file is an error naming its line. */
  static Fnc1Data read(Path bodies, Path stances) throws IOException {
    Map<Integer, String> b = Fnc1Csv.readBodies(bodies);
    List<Fnc1Pair> pairs = Fnc1Csv.readPairs(stances);
    for (Fnc1Pair p : pairs) {
      if (!b.containsKey(p.bodyId())) {
        throw new Fnc1FormatException(stances, p.line(), "Body ID " + p.bodyId() + " is not in " + bodies);
      }
    }
    return new Fnc1Data(b, pairs);
  }

  /**
   * One side of FNC-1's development split from the training files in {@code dir}: the pairs of the
   * bodies listed in {@code dev_body_ids.txt} (dev), or of the others (train).
   */
  static Fnc1Data split(Path dir, boolean dev) throws IOException {
    Fnc1Data all = read(dir.resolve(BODIES), dir.resolve(STANCES));
    Path idsFile = dir.resolve(DEV_IDS);
    Set<Integer> ids = new HashSet<>();
    List<String> lines = Files.readAllLines(idsFile, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i).strip();
      if (!l.isEmpty()) {
        try {
          ids.add(Integer.parseInt(l));
        } catch (NumberFormatException e) {
          throw new Fnc1FormatException(idsFile, i + 1, "not a Body ID: '" + l + "'");
        }
      }
    }
    Map<Integer, String> bodies = new LinkedHashMap<>();
    all.bodies().forEach((id, text) -> {
      if (ids.contains(id) == dev) {
        bodies.put(id, text);
      }
    });
    return new Fnc1Data(bodies, all.pairs().stream().filter(p -> bodies.containsKey(p.bodyId())).toList());
  }

  /** Says what was wrong with the input on stderr and returns the exit code for it (2). */
  static int badInput(String command, Exception e) {
    String what = e instanceof java.nio.file.NoSuchFileException ? "no such file: " + e.getMessage() : e.getMessage();
    System.err.println(command + ": error: " + what);
    return 2;
  }

  /** Only the pairs (and bodies) whose body is in {@code keep}. */
  Fnc1Data restrictedTo(Set<Integer> keep) {
    Map<Integer, String> b = new LinkedHashMap<>(bodies);
    b.keySet().retainAll(keep);
    return new Fnc1Data(b, pairs.stream().filter(p -> b.containsKey(p.bodyId())).toList());
  }
}
