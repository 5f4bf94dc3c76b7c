package org.claimtrail.extract.text;

/**
 * One job of the cleaning chain: marks some blocks as boilerplate. Filters are stateless and
 * thread-safe; each is named so that a removed block says which filter removed it and so that a
 * filter can be turned off on its own.
 */
public interface BlockFilter {

  /** A short stable name, e.g. {@code promo}. */
  String name();

  /** Marks boilerplate in {@code blocks}. */
  void apply(Blocks blocks);
}
