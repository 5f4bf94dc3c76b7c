package org.claimtrail.model;

/** What the bytes of a {@link RawDocument} are, which decides how the extract stage reads them. */
public enum ContentKind {
  /** An HTML page or fragment: boilerplate is removed on the DOM. */
  HTML,
  /** Plain text such as a scraped page: boilerplate is removed line by line. */
  TEXT
}
