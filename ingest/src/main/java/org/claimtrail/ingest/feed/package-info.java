/** RSS 0.9x/1.0/2.0 and Atom feeds read with Rome: each item or entry is a document. */
package org.claimtrail.ingest.feed;
