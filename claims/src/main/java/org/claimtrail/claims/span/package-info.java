/** Where a cue and a reported content start and end in their sentence, and token helpers every pass uses. */
package org.claimtrail.claims.span;
