/** Plain-text inputs: the seed format ({@code date YYYY-MM-DD} then the body) and bare text. */
package org.claimtrail.ingest.text;
