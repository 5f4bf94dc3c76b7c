/**
 * Plain-text boilerplate removal: the text is cut into {@link org.claimtrail.extract.text.Blocks}
 * (lines, or wrapped paragraphs), and a {@link org.claimtrail.extract.text.CleaningChain} of
 * one-job {@link org.claimtrail.extract.text.BlockFilter}s marks the boilerplate. The same chain
 * also runs on the blocks that the HTML extractor keeps.
 */
package org.claimtrail.extract.text;
