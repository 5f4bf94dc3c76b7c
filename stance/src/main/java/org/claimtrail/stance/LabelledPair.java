package org.claimtrail.stance;

import org.claimtrail.model.BodyStance;

/** A training pair: indexes into the prepared claims and bodies, and the gold stance. */
public record LabelledPair(int claim, int body, BodyStance gold) {}
