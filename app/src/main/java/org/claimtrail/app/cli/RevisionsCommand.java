package org.claimtrail.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.claimtrail.store.Queries;
import org.claimtrail.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code claimtrail revisions URL}: an article's stored revisions and how its claims changed. */
@Command(name = "revisions", mixinStandardHelpOptions = true, description = "Lists the stored revisions of an article and the claims each one added or dropped.")
final class RevisionsCommand implements Callable<Integer> {
  @Mixin StoreOptions where;

  @Parameters(index = "0", paramLabel = "URL", description = "The article's canonical URL (or sha256:HASH for articles without one).")
  String key;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    try (Store store = Store.open(where.url())) {
      List<Queries.Revision> revisions = new Queries(store).revisions(key);
      if (revisions.isEmpty()) {
        throw new CommandLine.ParameterException(spec.commandLine(), "No article stored under " + key);
      }
      List<String> before = List.of();
      for (Queries.Revision r : revisions) {
        System.out.printf(Locale.ROOT, "revision %d  ingested %s  %d claims  %s  (article %d, text %s…)%n", r.revision(), r.ingestedAt(), r.claims().size(),
            r.label(), r.articleId(), r.contentHash().substring(0, 12));
        List<String> added = new ArrayList<>(r.claims());
        added.removeAll(before);
        List<String> dropped = new ArrayList<>(before);
        dropped.removeAll(r.claims());
        added.forEach(c -> System.out.println("  + " + c));
        dropped.forEach(c -> System.out.println("  - " + c));
        before = r.claims();
      }
    }
    return 0;
  }
}
