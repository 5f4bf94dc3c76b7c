/** Server-rendered HTML pages; every text from articles is escaped. */
package org.claimtrail.server.web;
