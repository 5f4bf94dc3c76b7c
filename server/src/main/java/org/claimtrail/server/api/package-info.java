/** The JSON API under {@code /api/v1}, described at {@code /api/v1/openapi.json}. */
package org.claimtrail.server.api;
