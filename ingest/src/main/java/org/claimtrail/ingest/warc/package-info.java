/** WARC archives (plain or gzip) read with jwarc: HTTP responses with HTML payloads. */
package org.claimtrail.ingest.warc;
