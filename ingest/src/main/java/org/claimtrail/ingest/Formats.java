package org.claimtrail.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * The registry of input formats, loaded once with {@link ServiceLoader}, in the order of the
 * services file: a content match beats a name match, and among equals the earlier wins (so the
 * seed format's {@code date} line beats plain text).
 */
public final class Formats {
  private static final List<Ingester> ALL = load();

  private Formats() {}

  private static List<Ingester> load() {
    List<Ingester> list = new ArrayList<>();
    ServiceLoader.load(Ingester.class, Formats.class.getClassLoader()).forEach(list::add);
    return List.copyOf(list);
  }

  /** Every registered ingester. */
  public static List<Ingester> all() {
    return ALL;
  }

  /** The names accepted by {@code --format}. */
  public static String names() {
    return ALL.stream().map(Ingester::name).collect(Collectors.joining(", "));
  }

  /** The ingester called {@code name}. */
  public static Optional<Ingester> byName(String name) {
    return ALL.stream().filter(i -> i.name().equalsIgnoreCase(name)).findFirst();
  }

  /** The ingester whose sniff fits best, if any fits. */
  public static Optional<Ingester> sniff(Head head) {
    Ingester byName = null;
    for (Ingester ingester : ALL) {
      Ingester.Match match = ingester.sniff(head);
      if (match == Ingester.Match.BY_CONTENT) {
        return Optional.of(ingester);
      }
      if (match == Ingester.Match.BY_NAME && byName == null) {
        byName = ingester;
      }
    }
    return Optional.ofNullable(byName);
  }
}
