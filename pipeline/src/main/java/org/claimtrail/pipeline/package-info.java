/**
 * The facade that wires the stages: {@link org.claimtrail.pipeline.Claimtrail#pipeline} returns a
 * {@link org.claimtrail.pipeline.Pipeline} that every runner (CLI, server, Spark) calls, so that
 * none of them rebuilds the stages itself. Input: {@link org.claimtrail.model.RawDocument}s from
 * the ingest stage. Output: per-document {@link org.claimtrail.model.StageResult}s.
 */
package org.claimtrail.pipeline;
