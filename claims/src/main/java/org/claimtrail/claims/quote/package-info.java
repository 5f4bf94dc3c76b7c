/**
 * Direct quotes: finding them in the text ({@link org.claimtrail.claims.quote.QuoteFinder}, {@link
 * org.claimtrail.claims.quote.ArticleQuotes}), attributing each ({@link
 * org.claimtrail.claims.quote.QuoteAttribution}), and the pass that makes their claims ({@link
 * org.claimtrail.claims.quote.DirectQuotes}).
 */
package org.claimtrail.claims.quote;
