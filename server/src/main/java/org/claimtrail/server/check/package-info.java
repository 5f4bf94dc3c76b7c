/** Checking a claim against the store: the app's checker as the routes see it, and its JSON. */
package org.claimtrail.server.check;
