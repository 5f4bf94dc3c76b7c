/** Receiving uploaded files safely: size limits, generated names inside the upload folder, a ledger row before the reply. */
package org.claimtrail.server.upload;
