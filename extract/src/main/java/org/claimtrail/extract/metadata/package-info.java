/**
 * Article metadata from an HTML page: JSON-LD ({@code NewsArticle} and kin), OpenGraph and other
 * {@code <meta>} tags, {@code <time>}, bylines and URL date patterns, in that order of trust.
 */
package org.claimtrail.extract.metadata;
