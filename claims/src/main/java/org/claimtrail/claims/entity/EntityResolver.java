package org.claimtrail.claims.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimtrail.claims.cue.DataFile;
import org.claimtrail.model.Entity;
import org.claimtrail.model.EntityType;
import org.claimtrail.model.Mention;
import org.claimtrail.nlp.AnnotatedText;
import org.claimtrail.nlp.Sentence;
import org.claimtrail.nlp.Token;

/**
 * Finds the entities of one article: groups NER tokens into mentions, then gives each a canonical
 * entity. Order of evidence: acronyms the article defines, the alias table, surnames of full names
 * seen in the article, and last the mention's own text. Stateless apart from its alias table.
 */
public final class EntityResolver {
  private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Z0-9&\\-]{1,7}");
  private static final Pattern MEDIA_NAME =
      Pattern.compile("(?i).*\\b" + DataFile.alternation(EntityResolver.class, "media-words.txt") + "\\b.*");
  private static final Set<String> TITLE_WORDS = DataFile.words(EntityResolver.class, "title-words.txt");
  private static final Set<String> LOCATIVE = DataFile.words(EntityResolver.class, "locative-prepositions.txt");
  private static final Set<String> HONORIFICS = DataFile.words(EntityResolver.class, "honorifics.txt");

  private final AliasTable aliases;

  public EntityResolver(AliasTable aliases) {
    this.aliases = aliases;
  }

  private record Group(int sentence, int first, int last, String kind) {}

  private static final class Builder {
    final String id;
    final String canonical;
    final EntityType type;
    final Set<String> aliases = new LinkedHashSet<>();
    String role;

    Builder(String id, String canonical, EntityType type) {
      this.id = id;
      this.canonical = canonical;
      this.type = type;
    }

    Entity build() {
      aliases.remove(canonical);
      return new Entity(id, canonical, type, List.copyOf(aliases), Optional.ofNullable(role));
    }
  }

  /** Resolves every entity mention of {@code text}. */
  public Entities resolve(AnnotatedText text) {
    List<Group> groups = new ArrayList<>();
    Map<String, String[]> acronyms = new HashMap<>(); // acronym -> {canonical, type}
    for (Sentence s : text.sentences()) {
      groups.addAll(groups(s));
    }
    for (Sentence s : text.sentences()) {
      findAcronyms(text, s, groups, acronyms);
    }
    Map<String, String> surnames = new HashMap<>(); // surname -> full name
    for (Group g : groups) {
      if (g.kind().equals("PERSON") && g.last() > g.first()) {
        String full = personName(text, g);
        surnames.putIfAbsent(lastWord(full), full);
      }
    }
    Map<String, Builder> byKey = new LinkedHashMap<>();
    List<Entities.TokenMention> tokenMentions = new ArrayList<>();
    List<Mention> mentions = new ArrayList<>();
    for (Group g : groups) {
      Sentence s = text.sentences().get(g.sentence());
      String surface = text.slice(s.token(g.first()).begin(), s.token(g.last()).end());
      String[] resolved = canonical(text, s, g, surface, acronyms, surnames);
      if (resolved == null) {
        continue;
      }
      EntityType type = EntityType.valueOf(resolved[1]);
      String key = resolved[0] + "|" + type;
      Builder b = byKey.computeIfAbsent(key, k -> new Builder("e" + (byKey.size() + 1), resolved[0], type));
      b.aliases.add(surface);
      if (type == EntityType.PERSON && b.role == null) {
        b.role = role(text, s, g.first());
      }
      if (resolved.length > 2 && resolved[2] != null) {
        b.aliases.add(resolved[2]);
      }
      Entity placeholder = new Entity(b.id, b.canonical, b.type, List.of(), Optional.empty());
      boolean possessive = g.last() + 1 < s.size() && s.token(g.last() + 1).pos().equals("POS");
      tokenMentions.add(new Entities.TokenMention(g.sentence(), g.first(), g.last(), placeholder, possessive));
      mentions.add(new Mention(s.token(g.first()).begin(), s.token(g.last()).end(), surface, b.id));
    }
    Map<String, Entity> built = new LinkedHashMap<>();
    byKey.values().forEach(b -> built.put(b.id, b.build()));
    List<Entities.TokenMention> finalMentions = new ArrayList<>();
    for (Entities.TokenMention m : tokenMentions) {
      finalMentions.add(new Entities.TokenMention(m.sentence(), m.first(), m.last(), built.get(m.entity().id()), m.possessive()));
    }
    return new Entities(new ArrayList<>(built.values()), mentions, finalMentions);
  }

  /** Contiguous tokens of one entity class; a nationality right before an organisation joins it. */
  private List<Group> groups(Sentence s) {
    List<Group> out = new ArrayList<>();
    int i = 0;
    while (i < s.size()) {
      String kind = kind(s.token(i));
      if (kind == null) {
        i++;
        continue;
      }
      int j = i;
      while (j + 1 < s.size() && sameGroup(kind, kind(s.token(j + 1)))) {
        j++;
      }
      if (kind.equals("PLACE") && j + 1 < s.size() && "ORGANIZATION".equals(kind(s.token(j + 1))) && s.token(i).ner().equals("NATIONALITY")) {
        kind = "ORGANIZATION";
        while (j + 1 < s.size() && "ORGANIZATION".equals(kind(s.token(j + 1)))) {
          j++;
        }
      }
      // "The" is not part of a name, but an outlet's "The Economist" keeps it in the canonical form.
      out.add(new Group(s.index(), i, j, kind));
      i = j + 1;
    }
    return out;
  }

  private static boolean sameGroup(String kind, String next) {
    return next != null && next.equals(kind);
  }

  private static String kind(Token t) {
    return switch (t.ner()) {
      case "PERSON" -> "PERSON";
      case "ORGANIZATION" -> "ORGANIZATION";
      case "COUNTRY", "NATIONALITY", "STATE_OR_PROVINCE", "CITY", "LOCATION" -> "PLACE";
      default -> ACRONYM.matcher(t.text()).matches() && t.pos().startsWith("NNP") ? "ACRONYM" : null;
    };
  }

  /** "Name (ACR)": the acronym names the organisation before the bracket. */
  private void findAcronyms(AnnotatedText text, Sentence s, List<Group> groups, Map<String, String[]> acronyms) {
    for (int i = 1; i + 2 < s.size(); i++) {
      if (!s.token(i).text().equals("(") || !s.token(i + 2).text().equals(")") || !ACRONYM.matcher(s.token(i + 1).text()).matches()) {
        continue;
      }
      int end = i - 1;
      int start = end;
      while (start - 1 >= 0 && start > end - 6 && capitalised(s.token(start - 1)) && !s.token(start - 1).pos().equals("POS")) {
        start--;
      }
      if (!capitalised(s.token(end))) {
        continue;
      }
      String name = text.slice(s.token(start).begin(), s.token(end).end());
      // "Seoul's National Intelligence Service": the possessor qualifies the canonical name.
      if (start >= 2 && s.token(start - 1).pos().equals("POS")) {
        Optional<AliasTable.Target> owner = aliases.lookup(s.token(start - 2).text());
        if (owner.isPresent() && owner.get().type() == EntityType.COUNTRY) {
          name = name + " (" + owner.get().canonical() + ")";
        }
      }
      acronyms.putIfAbsent(s.token(i + 1).text(), new String[] {name, "ORGANIZATION"});
      // The defining name is one mention of the organisation even when NER missed it.
      final int fs = start;
      final int fe = end;
      groups.removeIf(g -> g.sentence() == s.index() && g.first() >= fs && g.last() <= fe);
      groups.add(new Group(s.index(), start, end, "DEFINED:" + s.token(i + 1).text()));
      groups.sort((a, b) -> a.sentence() != b.sentence() ? Integer.compare(a.sentence(), b.sentence()) : Integer.compare(a.first(), b.first()));
    }
  }

  private static boolean capitalised(Token t) {
    String x = t.text();
    return !x.isEmpty() && Character.isUpperCase(x.codePointAt(0));
  }

  /** {canonical, type name, extra alias} for a group, or null to drop it. */
  private String[] canonical(AnnotatedText text, Sentence s, Group g, String surface, Map<String, String[]> acronyms, Map<String, String> surnames) {
    if (g.kind().startsWith("DEFINED:")) {
      String[] def = acronyms.get(g.kind().substring("DEFINED:".length()));
      return new String[] {def[0], def[1], g.kind().substring("DEFINED:".length())};
    }
    if (acronyms.containsKey(surface)) {
      String[] def = acronyms.get(surface);
      return new String[] {def[0], def[1], surface};
    }
    Optional<AliasTable.Target> alias = aliases.lookup(surface);
    switch (g.kind()) {
      case "PERSON" -> {
        String name = personName(text, g);
        if (g.first() == g.last() || !name.contains(" ")) {
          String full = surnames.get(lastWord(name));
          name = full != null ? full : name;
        }
        // A person alias ("Zelenskyy" for "Volodymyr Zelensky") names the same person across articles.
        Optional<AliasTable.Target> person = aliases.lookup(name).filter(t -> t.type() == EntityType.PERSON);
        return new String[] {person.map(AliasTable.Target::canonical).orElse(name), "PERSON"};
      }
      case "ORGANIZATION", "ACRONYM" -> {
        if (alias.isPresent()) {
          return new String[] {alias.get().canonical(), alias.get().type().name()};
        }
        if (g.kind().equals("ACRONYM")) {
          return null; // an unknown all-caps word: not enough to call it an entity
        }
        String name = surface.replaceFirst("^(?i)the\\s+", "");
        return new String[] {name, MEDIA_NAME.matcher(name).matches() ? "MEDIA" : "ORGANIZATION"};
      }
      default -> {
        if (alias.isPresent()) {
          AliasTable.Target t = alias.get();
          if (t.kind() == AliasTable.Kind.CAPITAL && g.first() > 0 && LOCATIVE.contains(s.token(g.first() - 1).lemma())) {
            return new String[] {surface, "PLACE"}; // "in Rome": the city, not its government
          }
          return new String[] {t.canonical(), t.type().name()};
        }
        if (s.token(g.first()).ner().equals("NATIONALITY")) {
          return null;
        }
        return new String[] {surface, "PLACE"};
      }
    }
  }

  private static String personName(AnnotatedText text, Group g) {
    Sentence s = text.sentences().get(g.sentence());
    int first = g.first();
    while (first < g.last() && HONORIFICS.contains(s.token(first).text().toLowerCase(java.util.Locale.ROOT))) {
      first++;
    }
    return text.slice(s.token(first).begin(), s.token(g.last()).end());
  }

  private static String lastWord(String name) {
    String[] parts = name.split("\\s+");
    return parts[parts.length - 1];
  }

  /** A title before a person's name ("US Defense Secretary", "HUR Chief"), if one is there. */
  private static String role(AnnotatedText text, Sentence s, int personStart) {
    int start = personStart;
    boolean titled = false;
    while (start - 1 >= 0) {
      Token t = s.token(start - 1);
      boolean bracket = t.text().equals("(") || t.text().equals(")");
      if (!(capitalised(t) || bracket) || t.pos().equals("POS")) {
        break;
      }
      titled |= t.ner().equals("TITLE") || TITLE_WORDS.contains(t.text().toLowerCase(java.util.Locale.ROOT));
      start--;
    }
    if (!titled || start == personStart) {
      return null;
    }
    return text.slice(s.token(start).begin(), s.token(personStart - 1).end());
  }
}
