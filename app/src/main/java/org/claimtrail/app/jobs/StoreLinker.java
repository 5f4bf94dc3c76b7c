package org.claimtrail.app.jobs;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.claimtrail.link.LinkInput;
import org.claimtrail.link.LinkResult;
import org.claimtrail.link.Linker;
import org.claimtrail.store.LinkQueries;
import org.claimtrail.store.Store;

/**
 * Links everything in a store: near-duplicate articles, claim clusters, origins and status; the
 * results replace the previous run's in one transaction. Used by {@code claimtrail link} and by the
 * server after uploads. The store supplies what linking reads ({@link LinkQueries}); the linker
 * decides.
 */
public final class StoreLinker {
  private StoreLinker() {}

  /** What a run found, with the clusters' new database ids in the order of its clusters. */
  public record Result(int articles, int claims, LinkResult links, List<Long> ids) {}

  public static Result link(Store store, Linker linker) {
    // Linking reads the whole store and rewrites the link tables; one run at a time.
    synchronized (StoreLinker.class) {
      LinkQueries q = new LinkQueries(store);
      LinkInput.Builder in = linker.input();
      q.forEachArticle(in::article);
      q.claims().forEach(in::claim);
      LinkInput input = in.build();
      LinkResult r = linker.link(input);
      Map<Long, Long> groups = new HashMap<>();
      r.groups().forEach((a, g) -> groups.put(Long.parseLong(a), Long.parseLong(g)));
      List<Long> ids = store.replaceLinks(groups, r.clusters());
      return new Result(input.articles().size(), input.claims().size(), r, ids);
    }
  }
}
