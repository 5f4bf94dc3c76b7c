package org.claimtrail.stance.features;

import java.util.List;
import org.claimtrail.embed.TextSpan;
import org.claimtrail.stance.text.Words;

/** One body sentence as the features read it: where it is, its words and stems, its cue counts by {@code Cue}, its unit vector. */
public record SentenceText(TextSpan span, List<Words.Word> words, List<String> stems, int[] cues, float[] vector) {}
