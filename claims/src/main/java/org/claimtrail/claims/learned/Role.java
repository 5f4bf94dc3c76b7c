package org.claimtrail.claims.learned;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.claimtrail.model.Claim;
import org.claimtrail.model.ClaimSource;
import org.claimtrail.model.QuoteType;
import org.claimtrail.nlp.AnnotatedText;
import org.claimtrail.nlp.Sentence;

/**
 * The spans of a claim whose boundaries the model places: for each, how to find it in its
 * sentence, where its boundaries may go, and how to write the moved span back into the claim.
 */
enum Role {
  /** Indirect content: ends anywhere in its sentence, starts after the cue. Direct quotes keep their marks. */
  CONTENT("content"),
  /** The cue: may take auxiliaries and adverbs before it ("has repeatedly said") and adjuncts after it ("said in a statement"). */
  CUE("cue"),
  /** The source: may take an appositive ("Dean Baker, co-director of …") or lose a leading word. */
  SOURCE("source");

  /** How far the cue and source boundaries may move from the rules', in tokens. */
  private static final int REACH = 6;

  final String key;

  Role(String key) {
    this.key = key;
  }

  /** Where this span's boundaries may go: token indices for its first and last token. */
  record Placement(Frame frame, List<Integer> starts, List<Integer> ends) {
    int ruleStart() {
      return starts.indexOf(frame.first());
    }

    int ruleEnd() {
      return ends.indexOf(frame.last());
    }
  }

  Optional<Placement> place(Claim c, AnnotatedText text) {
    return switch (this) {
      case CONTENT -> content(c, text);
      case CUE -> cue(c, text);
      case SOURCE -> source(c, text);
    };
  }

  /** The claim with this span moved to {@code [begin, end)}. */
  Claim with(Claim c, AnnotatedText text, int begin, int end) {
    return switch (this) {
      case CONTENT -> c.withContent(begin, end, text.slice(begin, end));
      case CUE -> c.withCue(text.slice(begin, end), begin);
      case SOURCE -> c.withSource(c.source().writtenAs(text.slice(begin, end), begin, end));
    };
  }

  private static Optional<Placement> content(Claim c, AnnotatedText text) {
    if (c.quote() == QuoteType.DIRECT || c.end() <= c.start()) {
      return Optional.empty();
    }
    Optional<Sentence> in = Offsets.sentence(text, c.start());
    if (in.isEmpty() || c.end() > in.get().end()) {
      return Optional.empty(); // content over several sentences: left as the rules found it
    }
    Sentence s = in.get();
    int[] span = Offsets.tokens(s, c.start(), c.end());
    // The cue's own word, not its first: in "has long said" the content hangs on "said", the
    // features that ask whether a word hangs on the cue, or which cue it is, need that word, and
    // the content may not start on it (spans right with both boundaries, held-out 210 .713 -> .716,
    // held-out 98 .690 -> .695).
    int cue = Offsets.cueWord(s, c);
    if (span == null || (cue >= span[0] && cue <= span[1])) {
      return Optional.empty();
    }
    Frame f = new Frame(s, cue, span[0], span[1]);
    int limit = f.beforeCue() ? cue - 1 : s.size() - 1;
    int from = cue >= 0 && !f.beforeCue() ? Math.min(cue + 1, f.first()) : 0;
    return Optional.of(new Placement(f, range(from, f.first(), f.last()), range(f.first(), f.last(), Math.max(limit, f.last()))));
  }

  private static Optional<Placement> cue(Claim c, AnnotatedText text) {
    Optional<Sentence> in = Offsets.sentence(text, c.cueStart());
    if (in.isEmpty() || c.cue().isEmpty()) {
      return Optional.empty();
    }
    Sentence s = in.get();
    int[] span = Offsets.tokens(s, c.cueStart(), Math.min(s.end(), c.cueStart() + c.cue().length()));
    if (span == null) {
      return Optional.empty();
    }
    // Fences: the cue may not run into its source or its content.
    int[] content = c.end() > c.start() ? Offsets.tokens(s, c.start(), Math.min(c.end(), s.end())) : null;
    int[] source = c.source().end() > c.source().begin() ? Offsets.tokens(s, c.source().begin(), c.source().end()) : null;
    int[] reach = fenced(s, span, content, source);
    Frame f = new Frame(s, span[0], span[0], span[1]);
    return Optional.of(new Placement(f, range(reach[0], span[0], span[0]), range(span[1], span[1], reach[1])));
  }

  private static Optional<Placement> source(Claim c, AnnotatedText text) {
    ClaimSource src = c.source();
    if (src.end() <= src.begin()) {
      return Optional.empty();
    }
    Optional<Sentence> in = Offsets.sentence(text, src.begin());
    if (in.isEmpty() || src.end() > in.get().end()) {
      return Optional.empty();
    }
    Sentence s = in.get();
    int[] span = Offsets.tokens(s, src.begin(), src.end());
    if (span == null) {
      return Optional.empty();
    }
    int cue = Offsets.tokenAt(s, c.cueStart());
    // Neither into the cue nor into the content: "According to the Times, the information was …"
    // ends the source at "Times".
    int[] content = c.end() > c.start() ? Offsets.tokens(s, Math.max(c.start(), s.begin()), Math.min(c.end(), s.end())) : null;
    int[] reach = fenced(s, span, cue >= 0 ? new int[] {cue, cue} : null, content);
    Frame f = new Frame(s, cue, span[0], span[1]);
    return Optional.of(new Placement(f, range(reach[0], span[0], Math.min(span[1], span[0] + 2)), range(Math.max(span[0], span[1] - 2), span[1], reach[1])));
  }

  /**
   * How far a span's boundaries may move: {@link #REACH} tokens either way, but never into the
   * claim's other spans ({@code others}, token ranges or null) on either side of it.
   */
  private static int[] fenced(Sentence s, int[] span, int[]... others) {
    int lo = Math.max(0, span[0] - REACH);
    int hi = Math.min(s.size() - 1, span[1] + REACH);
    for (int[] other : others) {
      if (other == null) {
        continue;
      }
      if (other[1] < span[0]) {
        lo = Math.max(lo, other[1] + 1);
      } else if (other[0] > span[1]) {
        hi = Math.min(hi, other[0] - 1);
      }
    }
    return new int[] {lo, hi};
  }

  /** {@code from..to}, which must hold {@code rule}; just {@code rule} when the fences exclude it. */
  private static List<Integer> range(int from, int rule, int to) {
    List<Integer> out = new ArrayList<>();
    for (int i = Math.min(from, rule); i <= Math.max(to, rule); i++) {
      out.add(i);
    }
    return out;
  }
}
