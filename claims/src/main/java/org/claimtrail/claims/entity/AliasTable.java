package org.claimtrail.claims.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.claimtrail.model.EntityType;

/**
 * Names to canonical entities, across documents. Built from the generated country table (names,
 * official names, codes, demonyms, capitals), the shipped {@code aliases.tsv} and, optionally, a
 * user file in the same format ({@code canonical<TAB>TYPE<TAB>alias}). Immutable once built.
 */
public final class AliasTable {
  /** How an alias relates to its entity: capitals name a government only in agent position. */
  public enum Kind {
    NAME,
    DEMONYM,
    CAPITAL
  }

  /** What an alias resolves to. */
  public record Target(String canonical, EntityType type, Kind kind) {}

  private final Map<String, Target> byAlias;

  private AliasTable(Map<String, Target> byAlias) {
    this.byAlias = Map.copyOf(byAlias);
  }

  /** The shipped tables. */
  public static AliasTable standard() {
    return Holder.STANDARD;
  }

  /** The shipped tables plus a user file (the user's lines win). */
  public static AliasTable withUserFile(Path file) throws IOException {
    Map<String, Target> map = new HashMap<>(Holder.STANDARD.byAlias);
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      readAliases(r, map, file.toString());
    }
    return new AliasTable(map);
  }

  private static final class Holder {
    static final AliasTable STANDARD = load();
  }

  private static AliasTable load() {
    Map<String, Target> map = new HashMap<>();
    try (InputStream in = resource("countries.tsv")) {
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t");
        Kind kind = switch (f[1]) {
          case "demonym" -> Kind.DEMONYM;
          case "capital" -> Kind.CAPITAL;
          default -> Kind.NAME;
        };
        // A demonym or capital never overrides a name ("Georgia" the state vs the country aside).
        map.merge(key(f[2]), new Target(f[0], EntityType.COUNTRY, kind), (old, neu) -> old.kind() == Kind.NAME ? old : neu);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the country table", e);
    }
    try (InputStream in = resource("aliases.tsv")) {
      readAliases(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), map, "aliases.tsv");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read aliases.tsv", e);
    }
    return new AliasTable(map);
  }

  private static InputStream resource(String name) {
    InputStream in = AliasTable.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("Missing resource " + name + " next to " + AliasTable.class.getName()
          + (name.equals("countries.tsv") ? " (generated at build time from the world-countries npm package)" : ""));
    }
    return in;
  }

  private static void readAliases(BufferedReader r, Map<String, Target> map, String origin) throws IOException {
    String line;
    int number = 0;
    while ((line = r.readLine()) != null) {
      number++;
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length != 3 && f.length != 4) {
        throw new IllegalArgumentException(origin + ":" + number + ": expected canonical<TAB>TYPE<TAB>alias[<TAB>capital], got: " + line);
      }
      EntityType type;
      try {
        type = EntityType.valueOf(f[1].strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(origin + ":" + number + ": unknown type '" + f[1] + "'", e);
      }
      Kind kind = f.length == 4 && f[3].strip().equalsIgnoreCase("capital") ? Kind.CAPITAL : Kind.NAME;
      map.put(key(f[2]), new Target(f[0].strip(), type, kind));
      map.putIfAbsent(key(f[0]), new Target(f[0].strip(), type, Kind.NAME));
    }
  }

  /** The entity an alias names, if the table knows it. */
  public Optional<Target> lookup(String alias) {
    String k = key(alias);
    Target t = byAlias.get(k);
    if (t == null && k.startsWith("the ")) {
      t = byAlias.get(k.substring(4));
    }
    return Optional.ofNullable(t);
  }

  static String key(String s) {
    return s.strip().replace('’', '\'').replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
