/** The API token: who may write, and (when reads are closed) who may read. */
package org.claimtrail.server.auth;
