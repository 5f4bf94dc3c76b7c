/**
 * The {@link org.claimtrail.nlp.Annotator} backed by Stanford CoreNLP (tokenize, ssplit, pos,
 * lemma, ner with fine-grained classes and SUTime, depparse). The only package that imports
 * {@code edu.stanford.nlp}.
 */
package org.claimtrail.nlp.corenlp;
