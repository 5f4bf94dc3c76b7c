package org.claimtrail.claims.stance;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.claimtrail.claims.cue.CueLexicon;
import org.claimtrail.claims.cue.DataFile;
import org.claimtrail.model.ClaimSource;
import org.claimtrail.model.EntityType;
import org.claimtrail.model.Stance;

/**
 * Decides a claim's stance, for every pass: the passes report what they saw (the cue, whether it
 * is negated, the content, the source, the kind of attribution) and this class decides. A cue with
 * a stance of its own ("claimed", "denied", "alleged") decides; a neutral cue ("said", "added")
 * leaves it to the content's markers in {@code markers.tsv}: a denial marker, then a confirmation
 * ("yes"), then a hedge (could, may, if), else asserted. Negated cues ("did not confirm") turn
 * confirmation into denial. A content that opens with "if" or "whether" is a question ("asked if
 * the Pentagon had confirmed it"): hedged, whatever words it holds, and so is a claim inside one
 * ({@link QuestionHedging}). What evidence or the media relay ("reports say", "according to the
 * Post") is reported; "allegedly" alleges.
 */
public final class StanceRules {
  private static final Map<Stance, Pattern> MARKERS = load();
  private static final Pattern OPEN_QUESTION = Pattern.compile("^" + DataFile.alternation(StanceRules.class, "question-openers.txt") + "\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern REPORT_SOURCE = Pattern.compile(".*\\b" + DataFile.alternation(StanceRules.class, "report-sources.txt") + "\\b.*");

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

  /**
   * The stance of a claim made with a cue verb whose source is {@code source}: as the cue and
   * content say ({@link #of}), but what an unnamed report, video or document "says" is reported.
   */
  public static Stance ofSaying(CueLexicon.Cue cue, String content, boolean negatedCue, ClaimSource source) {
    Stance said = of(cue, content, negatedCue);
    return said == Stance.ASSERTED && isReportSource(source) ? Stance.REPORTED : said;
  }

  /** "according to X, content": reported when X is a report or an outlet, else as the content says. */
  public static Stance ofAccordingTo(String content, ClaimSource source) {
    return isReportSource(source) || source.type() == EntityType.MEDIA ? Stance.REPORTED : ofContent(content, false);
  }

  /** "In a poll, …": what a poll found is reported. */
  public static Stance ofPoll() {
    return Stance.REPORTED;
  }

  /** The stance an attribution adverb gives its clause ("allegedly": alleged; "reportedly": reported). */
  public static Stance ofAdverb(String adverb) {
    return Stance.parse(CueLexicon.standard().adverbStance(adverb.toLowerCase(Locale.ROOT)).orElse("reported"));
  }

  /** An unnamed source that is a report, a video, images or data rather than a person. */
  private static boolean isReportSource(ClaimSource src) {
    return src.type() == EntityType.OTHER && REPORT_SOURCE.matcher(src.name()).matches();
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
