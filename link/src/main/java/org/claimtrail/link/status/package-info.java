/** Independent origins of a claim cluster and its status history, by rules over dated claims. */
package org.claimtrail.link.status;
