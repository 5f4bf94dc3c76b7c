package org.claimtrail.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The ordered filters that clean a document's blocks, assembled once and shared. Order matters:
 * line filters first, so the related-list and tail filters measure the prose that is left.
 */
public final class CleaningChain {
  private final List<BlockFilter> filters;

  public CleaningChain(List<BlockFilter> filters) {
    this.filters = List.copyOf(filters);
  }

  /**
   * The standard chain.
   *
   * @param model lines learned from the corpus, or {@link RepeatedLines#NONE}
   * @param disabled names of filters to leave out (e.g. {@code tail})
   */
  public static CleaningChain standard(RepeatedLines model, Set<String> disabled) {
    List<BlockFilter> all = new ArrayList<>();
    all.add(new LinePatternFilter("promo", 15));
    all.add(new LinePatternFilter("pager", 20));
    all.add(new LinePatternFilter("correction", 30));
    all.add(new LinePatternFilter("stamp", 12));
    all.add(new RepeatedLineFilter(model));
    all.add(new RepeatedHeadlineFilter());
    all.add(new RelatedListFilter());
    all.add(new TailFilter());
    all.removeIf(f -> disabled.contains(f.name()));
    return new CleaningChain(all);
  }

  public List<BlockFilter> filters() {
    return filters;
  }

  /** Runs every filter over {@code blocks}, in order. */
  public Blocks apply(Blocks blocks) {
    for (BlockFilter f : filters) {
      f.apply(blocks);
    }
    return blocks;
  }
}
