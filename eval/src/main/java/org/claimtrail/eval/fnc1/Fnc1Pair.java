package org.claimtrail.eval.fnc1;

import java.util.Optional;
import org.claimtrail.model.BodyStance;

/** One row of a stances file: a headline claim, the body it is paired with, the gold stance if given, and its line. */
public record Fnc1Pair(String headline, int bodyId, Optional<BodyStance> stance, long line) {}
