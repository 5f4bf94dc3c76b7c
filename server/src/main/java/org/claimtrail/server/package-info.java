/**
 * The server: {@link org.claimtrail.server.ClaimtrailServer} wires the JSON API ({@code api}) and
 * the server-rendered web UI ({@code web}) over a {@link org.claimtrail.store.Store} and its search
 * index. Handlers are small; errors become JSON (API) or a readable page (UI), never a stack trace.
 */
package org.claimtrail.server;
