/** HTML pages: one file, one document; the charset is detected later from the bytes. */
package org.claimtrail.ingest.html;
