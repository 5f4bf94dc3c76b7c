/**
 * The domain model: plain immutable records that the pipeline stages exchange.
 *
 * <p>Input of the pipeline is a {@link org.claimtrail.model.RawDocument}; the extract stage turns
 * it into an {@link org.claimtrail.model.Article}. Every stage reports each document's outcome as
 * a {@link org.claimtrail.model.StageResult}, so no document goes missing silently. This package
 * depends on the JDK only.
 */
package org.claimtrail.model;
