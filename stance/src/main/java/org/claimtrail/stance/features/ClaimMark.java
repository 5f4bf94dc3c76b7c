package org.claimtrail.stance.features;

import org.claimtrail.model.Stance;

/** An attributed claim Claimtrail found in a body: its content's character offsets in the body, and its stance. */
public record ClaimMark(int start, int end, Stance stance) {}
