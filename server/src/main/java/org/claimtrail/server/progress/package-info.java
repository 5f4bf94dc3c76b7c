/**
 * An ingest the server runs beside its pages (the demo's): its live counts, which the dashboard
 * and the Ingest page show and poll while it runs.
 */
package org.claimtrail.server.progress;
