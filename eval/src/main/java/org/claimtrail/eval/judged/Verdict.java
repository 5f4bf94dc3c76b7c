package org.claimtrail.eval.judged;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** One judge's verdict on one claim: a mark per field and a note (required for every N). */
public record Verdict(Map<Field, Mark> marks, String note) {
  public Verdict {
    marks = Map.copyOf(new EnumMap<>(marks));
    Objects.requireNonNull(note, "note");
    for (Field f : Field.values()) {
      if (!marks.containsKey(f)) {
        throw new IllegalArgumentException("verdict without " + f.key());
      }
    }
  }

  public Mark get(Field f) {
    return marks.get(f);
  }

  /**
   * The verdict that counts, as the rubric says: a first judge's N that the second judge did not
   * share is borderline ({@link Mark#B}). When the claim itself is borderline, the other fields are
   * the second judge's reading, borderline where only one of them says N.
   */
  public static Verdict decided(Verdict first, java.util.Optional<Verdict> second) {
    Map<Field, Mark> out = new EnumMap<>(Field.class);
    for (Field f : Field.values()) {
      Mark x = first.get(f);
      if (x == Mark.N && second.isPresent() && second.get().get(f) != Mark.N) {
        x = Mark.B;
      }
      out.put(f, x);
    }
    if (out.get(Field.IS_CLAIM) == Mark.B) {
      Verdict b = second.orElseThrow();
      for (Field f : new Field[] {Field.SOURCE, Field.CONTENT, Field.STANCE}) {
        out.put(f, b.get(f) != Mark.N || first.get(f) == Mark.N ? b.get(f) : Mark.B);
      }
    }
    return new Verdict(out, first.note());
  }
}
