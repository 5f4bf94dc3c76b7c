/**
 * Extract: turns a {@link org.claimtrail.model.RawDocument} into a clean {@link
 * org.claimtrail.model.Article}.
 *
 * <p>Input: one raw document (HTML bytes or plain text) and, optionally, a {@link
 * org.claimtrail.extract.text.RepeatedLines} model learned from the same corpus. Output: a {@link
 * org.claimtrail.model.StageResult} holding the article text as paragraphs, the removed blocks and
 * the metadata. {@link org.claimtrail.extract.Extractor} is the entry point; it is immutable and
 * safe to share between threads.
 */
package org.claimtrail.extract;
