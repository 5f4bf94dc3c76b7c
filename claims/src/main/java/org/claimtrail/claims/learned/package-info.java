/**
 * Learned content boundaries: where an indirect claim's content begins and ends. The claim rules
 * find a claim and its cue well; where its content stops ("…, who has never faced…", "… in a
 * statement on Thursday") depends on conventions that a small ranking model learns from annotated
 * attributions better than rules do. The model is optional: without one the rules' spans stand.
 */
package org.claimtrail.claims.learned;
