/**
 * Text as the stance features read it, without an NLP pipeline: {@link
 * org.claimtrail.stance.text.Words} (Lucene's standard tokenizer, lower case, Porter stems less
 * Lucene's English stop words), {@link org.claimtrail.stance.text.Cues} (the refuting, hedging,
 * attribution, confirming and negation lists, data files beside this package) and {@link
 * org.claimtrail.stance.text.Idf} (document frequencies learned with the model).
 */
package org.claimtrail.stance.text;
