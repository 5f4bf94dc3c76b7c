package org.claimtrail.extract.text;

/**
 * Removes lines that the corpus model learned as this publisher's boilerplate. Precondition: the
 * blocks know their publisher (from metadata, the URL's host or the input folder); without one,
 * nothing is removed.
 */
public final class RepeatedLineFilter implements BlockFilter {
  public static final String NAME = "repeated";
  private final RepeatedLines model;

  public RepeatedLineFilter(RepeatedLines model) {
    this.model = model;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void apply(Blocks blocks) {
    if (blocks.publisher().isEmpty() || model.size() == 0) {
      return;
    }
    String publisher = blocks.publisher().get();
    for (int i = 0; i < blocks.size(); i++) {
      if (model.isBoilerplate(publisher, blocks.text(i))) {
        blocks.remove(i, NAME);
      }
    }
  }
}
