/**
 * Annotation types of our own, so that the claim rules never see an NLP library's classes: an
 * {@link org.claimtrail.nlp.AnnotatedText} is sentences of {@link org.claimtrail.nlp.Token}s with
 * character offsets into the clean article text, a dependency tree per sentence (Universal
 * Dependencies labels) and named-entity tags. An {@link org.claimtrail.nlp.Annotator} produces it;
 * the CoreNLP implementation lives in its own module.
 */
package org.claimtrail.nlp;
