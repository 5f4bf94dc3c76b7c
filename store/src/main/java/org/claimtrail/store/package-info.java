/**
 * The store: {@link org.claimtrail.model.ArticleClaims} into a JDBC database, one transaction per
 * article. Embedded H2 ({@code jdbc:h2:file:…}) by default, PostgreSQL in production; the same
 * Flyway migrations ({@code db/migration}) and queries serve both. Re-saving an identical article
 * is a no-op; a changed text under a known URL is stored as a new revision.
 */
package org.claimtrail.store;
