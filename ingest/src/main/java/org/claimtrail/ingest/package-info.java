/**
 * Ingest: turns input files, directories and streams into {@link org.claimtrail.model.RawDocument}s.
 *
 * <p>Input: paths (files, directories walked recursively, {@code -} for stdin). Output: a
 * streaming {@link org.claimtrail.ingest.DocumentSource}. Each format is an {@link
 * org.claimtrail.ingest.Ingester} found with {@link java.util.ServiceLoader} and chosen by
 * sniffing the first bytes (gzip is unwrapped first, by magic bytes), or by name with {@code
 * --format}. Bad input is reported to an {@link org.claimtrail.ingest.IngestListener} with the file
 * and record, and the run goes on with the rest.
 */
package org.claimtrail.ingest;
