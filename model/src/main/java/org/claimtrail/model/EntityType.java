package org.claimtrail.model;

/** The kinds of entity Claimtrail tells apart. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  COUNTRY,
  PLACE,
  /** A news outlet: a possible intermediary in a provenance chain. */
  MEDIA,
  OTHER
}
