/**
 * Full-text search over stored articles and claims with Apache Lucene (BM25, highlighting, filters
 * by stance, source, entity, publisher and date). The database is the truth; the index can be
 * rebuilt from it at any time ({@code claimtrail reindex}).
 */
package org.claimtrail.store.search;
