package org.claimtrail.claims.stance;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.claimtrail.claims.cue.CueLexicon;
import org.claimtrail.claims.cue.DataFile;
import org.claimtrail.model.Stance;

/**
 * Decides a claim's stance. A cue with a stance of its own ("claimed", "denied", "alleged")
 * decides; a neutral cue ("said", "added") leaves it to the content's markers in {@code
 * markers.tsv}: a denial marker, then a confirmation ("yes"), then a hedge (could, may, if), else
 * asserted. Negated cues ("did not confirm") turn confirmation into denial. A content that opens
 * with "if" or "whether" is a question ("asked if the Pentagon had confirmed it"): hedged, whatever
 * words it holds.
 */
public final class StanceRules {
  private static final Map<Stance, Pattern> MARKERS = load();
  private static final Pattern OPEN_QUESTION = Pattern.compile("^(?:if|whether)\\b", Pattern.CASE_INSENSITIVE);

  private StanceRules() {}

  public static Stance of(CueLexicon.Cue cue, String content, boolean negatedCue) {
    if (!cue.stance().equals("content")) {
      Stance s = Stance.parse(cue.stance());
      if (negatedCue && (s == Stance.CONFIRMED || s == Stance.ASSERTED)) {
        return Stance.DENIED;
      }
      if (negatedCue && s == Stance.DENIED) {
        return Stance.CONFIRMED;
      }
      return s;
    }
    return ofContent(content, negatedCue);
  }

  /** The stance of content said with a neutral cue. */
  public static Stance ofContent(String content, boolean negatedCue) {
    if (negatedCue) {
      return Stance.DENIED;
    }
    if (isQuestion(content)) {
      return Stance.HEDGED;
    }
    for (Stance s : new Stance[] {Stance.DENIED, Stance.CONFIRMED, Stance.HEDGED}) {
      Pattern p = MARKERS.get(s);
      if (p != null && p.matcher(content).find()) {
        return s;
      }
    }
    return Stance.ASSERTED;
  }

  /** Whether a content is an open question ("if …", "whether …"), in which nothing is asserted. */
  public static boolean isQuestion(String content) {
    return OPEN_QUESTION.matcher(content).find();
  }

  private static Map<Stance, Pattern> load() {
    Map<Stance, Pattern> out = new LinkedHashMap<>();
    for (String[] f : DataFile.rows(CueLexicon.class, "markers.tsv", 2)) {
      out.put(Stance.parse(f[0]), Pattern.compile(f[1], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }
    return out;
  }
}
