package org.claimtrail.eval.judged;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.claimtrail.model.Claim;

/**
 * What became of one judged claim in a new run: the claim that is the same attribution ({@link
 * Attribution#sameAs}), if any, and each field's mark for it. A field the run left as it was keeps
 * its verdict; a source that changed to a name the judges gave as right is right; a stance that
 * changed is right when it is the label the judges gave, wrong when the judged one was right; what
 * else changed is unknown ({@link Mark#U}): nobody judged it.
 */
public record Outcome(JudgedClaim judged, Optional<Claim> match, Map<Field, Mark> now) {
  public Outcome {
    now = Map.copyOf(now);
  }

  public boolean found() {
    return match.isPresent();
  }

  public Mark now(Field f) {
    return now.getOrDefault(f, Mark.NA);
  }

  static Outcome of(JudgedClaim j, Optional<Claim> match) {
    Map<Field, Mark> now = new EnumMap<>(Field.class);
    Verdict d = j.verdict();
    if (match.isEmpty()) {
      return new Outcome(j, match, now);
    }
    Claim c = match.get();
    now.put(Field.IS_CLAIM, d.get(Field.IS_CLAIM));
    if (d.get(Field.IS_CLAIM) != Mark.Y) {
      return new Outcome(j, match, now);
    }
    now.put(Field.SOURCE, source(j, d.get(Field.SOURCE), c.source().name()));
    now.put(Field.CONTENT, c.start() == j.at().start() && c.end() == j.at().end() ? d.get(Field.CONTENT) : Mark.U);
    now.put(Field.STANCE, stance(j, d.get(Field.STANCE), c.stance().label()));
    return new Outcome(j, match, now);
  }

  private static Mark source(JudgedClaim j, Mark judged, String name) {
    if (name.equals(j.source())) {
      return judged;
    }
    if (j.rightSources().stream().anyMatch(r -> sameName(r, name))) {
      return Mark.Y;
    }
    if (judged == Mark.Y && sameName(j.source(), name)) {
      return Mark.Y; // "Joe Biden" for "Biden"
    }
    return judged == Mark.N && !j.rightSources().isEmpty() ? Mark.N : Mark.U;
  }

  private static Mark stance(JudgedClaim j, Mark judged, String label) {
    if (label.equals(j.stance())) {
      return judged;
    }
    if (j.rightStance().isPresent()) {
      return j.rightStance().get().equals(label) ? Mark.Y : Mark.N;
    }
    return judged == Mark.Y ? Mark.N : Mark.U;
  }

  /** Names a reader takes for the same: equal, or one the other's words with more ("Parry", "Fiona Parry"), case and "the" aside. */
  static boolean sameName(String a, String b) {
    String x = norm(a);
    String y = norm(b);
    if (x.isEmpty() || y.isEmpty()) {
      return false;
    }
    return x.equals(y) || (" " + x + " ").contains(" " + y + " ") || (" " + y + " ").contains(" " + x + " ");
  }

  private static String norm(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").replaceAll("^\\s*the\\s+", "").strip();
  }
}
