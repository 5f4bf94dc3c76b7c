/**
 * A claim cluster's independent origins ({@link org.claimtrail.link.status.Origins}) and its status
 * history ({@link org.claimtrail.link.status.StatusRules}; today {@link
 * org.claimtrail.link.status.StanceStatus}), by rules over the members' stances and dates.
 */
package org.claimtrail.link.status;
