package org.claimtrail.app.cli;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.claimtrail.model.ArticleLabel;
import org.claimtrail.store.Queries;
import org.claimtrail.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code claimtrail timeline}: claims by or about an entity along time. */
@Command(name = "timeline", mixinStandardHelpOptions = true, description = "Claims by or about an entity, in publication order.")
final class TimelineCommand implements Callable<Integer> {
  @Mixin StoreOptions where;

  @Option(names = "--entity", description = "Canonical entity name (as source, or mentioned in the article).")
  String entity;

  @Mixin DateRange dates;

  @Option(names = "--limit", defaultValue = "200", description = "At most this many claims (default ${DEFAULT-VALUE}).")
  int limit;

  @Override
  public Integer call() {
    try (Store store = Store.open(where.url())) {
      var rows = new Queries(store).timeline(Optional.ofNullable(entity), dates.start(), dates.end(), limit);
      for (Queries.ClaimRow r : rows) {
        System.out.printf(Locale.ROOT, "%-10s %-9s %-26s %s%n%48s— %s%n", r.published().map(t -> t.toString().substring(0, 10)).orElse("?"), r.stance(),
            r.source().replaceAll("(.{26}).+", "$1"), r.content().replaceAll("(.{100}).+", "$1…"), "", ArticleLabel.withPublisher(r.articleLabel(), r.publisher()));
      }
      System.out.println(rows.size() + " claims");
    }
    return 0;
  }
}
