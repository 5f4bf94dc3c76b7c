package org.claimtrail.eval.judged;

/** The four questions of the judging rubric, in its order, with their names in the verdict files. */
public enum Field {
  IS_CLAIM("is_claim"), SOURCE("source_ok"), CONTENT("content_ok"), STANCE("stance_ok");

  private final String key;

  Field(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }

  /** The name used in a judgment's {@code patterns} map: is_claim, source, content, stance. */
  public String shortName() {
    return this == IS_CLAIM ? "is_claim" : key.substring(0, key.indexOf('_'));
  }

  static Field ofShortName(String s) {
    for (Field f : values()) {
      if (f.shortName().equals(s)) {
        return f;
      }
    }
    throw new IllegalArgumentException("no judged field '" + s + "' (is_claim, source, content, stance)");
  }
}
