/**
 * Entity normalisation: NER spans become canonical entities through the alias table (countries
 * from the world-countries data, demonyms, capitals used for governments, hand-kept aliases, user
 * files), acronym definitions ("Ukrainian Defense Intelligence (HUR)"), surname merging
 * ("Budanov" = "Kyrylo Budanov") and roles ("US Defense Secretary Lloyd Austin").
 */
package org.claimtrail.claims.entity;
