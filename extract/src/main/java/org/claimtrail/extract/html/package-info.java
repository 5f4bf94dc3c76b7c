/**
 * HTML boilerplate removal on jsoup's DOM. {@link org.claimtrail.extract.html.PagePruner} drops
 * what can never be article text (scripts, navigation, hidden and ad-like elements); {@link
 * org.claimtrail.extract.html.BlockSegmenter} cuts the rest into text blocks; {@link
 * org.claimtrail.extract.html.ContentLocator} scores blocks and their ancestors by text density,
 * link density, punctuation and class/id hints, picks the article's container and keeps its
 * content blocks in document order.
 */
package org.claimtrail.extract.html;
