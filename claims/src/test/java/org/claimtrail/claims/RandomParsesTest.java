package org.claimtrail.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.claimtrail.claims.cue.CueLexicon;
import org.claimtrail.claims.cue.DataFile;
import org.claimtrail.claims.entity.AliasTable;
import org.claimtrail.claims.entity.EntityResolver;
import org.claimtrail.model.Article;
import org.claimtrail.model.ArticleClaims;
import org.claimtrail.model.Claim;
import org.claimtrail.nlp.AnnotatedText;
import org.claimtrail.nlp.Sentence;
import org.claimtrail.nlp.Token;

/**
 * Random parses through every pass and the whole extractor: tokens from the cue lexicon, function
 * words, names, quote marks and punctuation; random tags, lemmas and NER; head arrays that are
 * trees, and head arrays that are not (cycles, several roots, a token its own head). No exception
 * may escape, every claim must lie inside the text, and a pass that fails on a sentence must cost
 * that pass's claims in that sentence and nothing else.
 */
class RandomParsesTest {
  private static final List<String> WORDS = words();
  private static final List<String> POS = List.of("VBD", "VBZ", "VBP", "VBG", "VBN", "VB", "MD", "NN", "NNS", "NNP", "NNPS", "PRP", "PRP$", "DT",
      "IN", "TO", "JJ", "RB", "CC", "WP", "WDT", "WRB", "POS", "CD", "RP", "EX", ",", ".", ":", "``", "''", "-LRB-", "-RRB-", "HYPH");
  private static final List<String> NER = List.of("O", "O", "O", "O", "PERSON", "ORGANIZATION", "COUNTRY", "CITY", "NATIONALITY", "DATE",
      "TIME", "NUMBER", "PERCENT", "MONEY", "TITLE", "LOCATION", "DURATION");
  private static final List<String> RELATIONS = List.of("nsubj", "nsubj:pass", "obj", "iobj", "ccomp", "xcomp", "advcl", "acl", "acl:relcl",
      "conj", "cc", "mark", "case", "det", "amod", "advmod", "aux", "aux:pass", "cop", "obl", "obl:tmod", "obl:agent", "nmod", "nmod:poss",
      "compound", "compound:prt", "appos", "punct", "root", "dep", "parataxis", "nummod");
  private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();
  private static final ClaimExtractor OPEN = new ClaimExtractor(AliasTable.standard(), Optional.empty(), true);

  /** The cue lexicon's lemmas (as words and as lemmas) and the words the passes look for. */
  private static List<String> words() {
    List<String> out = new ArrayList<>();
    for (String[] f : DataFile.rows(CueLexicon.class, "cues.tsv", 4)) {
      out.add(f[0]);
    }
    out.addAll(List.of("said", "says", "told", "according", "to", "allegedly", "reportedly", "In", "poll", "survey", "as", "As", "by", "that",
        "he", "she", "they", "it", "I", "we", "who", "which", "the", "a", "of", "and", "but", ",", ",", ".", ":", ";", "“", "”", "\"", "—", "(",
        ")", "not", "n't", "Trump", "Clinton", "Reuters", "Post", "Ukraine", "officials", "report", "data", "claim", "statement", "Monday",
        "2024", "if", "whether", "Mr.", "spokesman", "WASHINGTON", "-", "'s", "((WN))", "Q", "yes", "citing", "asked", "seemed", "went", "on"));
    return List.copyOf(out);
  }

  /** One sentence's parts before offsets are known: words, tags, lemmas, NER, heads, relations. */
  private record Draft(List<String> words, List<String> pos, List<String> lemmas, List<String> ner, int[] heads, List<String> relations,
      boolean paragraph) {}

  @Provide
  Arbitrary<AnnotatedText> parses() {
    return draft().list().ofMinSize(1).ofMaxSize(5).map(RandomParsesTest::text);
  }

  private static Arbitrary<Draft> draft() {
    return Arbitraries.integers().between(1, 18).flatMap(n -> Combinators.combine(
        Arbitraries.of(WORDS).list().ofSize(n),
        Arbitraries.of(POS).list().ofSize(n),
        Arbitraries.integers().between(0, 2).list().ofSize(n),
        Arbitraries.of(NER).list().ofSize(n),
        heads(n),
        Arbitraries.of(RELATIONS).list().ofSize(n),
        Arbitraries.of(true, false))
        .as((w, p, lemmaKind, ner, heads, rel, paragraph) -> new Draft(w, p, lemmas(w, lemmaKind), ner, heads, rel, paragraph)));
  }

  /** A word's lemma: the word in lower case, the word as written, or a cue's lemma. */
  private static List<String> lemmas(List<String> words, List<Integer> kinds) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      out.add(switch (kinds.get(i)) {
        case 0 -> w.toLowerCase(java.util.Locale.ROOT);
        case 1 -> w;
        default -> WORDS.get(Math.floorMod(w.hashCode(), WORDS.size()));
      });
    }
    return out;
  }

  /** Heads for {@code n} tokens: a tree (each token under one placed before it in a random order), or any values inside the sentence. */
  private static Arbitrary<int[]> heads(int n) {
    Arbitrary<int[]> tree = Arbitraries.longs().map(seed -> {
      Random r = new Random(seed);
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        order.add(i);
      }
      java.util.Collections.shuffle(order, r);
      int[] heads = new int[n];
      heads[order.get(0)] = -1;
      for (int i = 1; i < n; i++) {
        heads[order.get(i)] = order.get(r.nextInt(i));
      }
      return heads;
    });
    Arbitrary<int[]> anything = Arbitraries.integers().between(-1, n - 1).array(int[].class).ofSize(n);
    return Arbitraries.oneOf(tree, anything);
  }

  /** The drafts as an annotated text: words joined by a space (a blank line before a new paragraph). */
  private static AnnotatedText text(List<Draft> drafts) {
    StringBuilder text = new StringBuilder();
    List<Sentence> sentences = new ArrayList<>();
    for (Draft d : drafts) {
      List<Token> tokens = new ArrayList<>();
      for (int i = 0; i < d.words().size(); i++) {
        if (text.length() > 0) {
          text.append(d.paragraph() && i == 0 ? "\n\n" : " ");
        }
        int begin = text.length();
        text.append(d.words().get(i));
        String ner = d.ner().get(i);
        String normalized = ner.equals("DATE") ? (i % 2 == 0 ? "2024-10-22" : "XXXX-10") : "";
        tokens.add(new Token(i, d.words().get(i), begin, text.length(), d.pos().get(i), d.lemmas().get(i), ner, normalized));
      }
      sentences.add(new Sentence(sentences.size(), tokens, d.heads(), d.relations().toArray(new String[0])));
    }
    return new AnnotatedText(text.toString(), sentences);
  }

  private static Article article(AnnotatedText text) {
    return new Article("random", "random", Optional.empty(), Optional.of("Random parses"), Optional.empty(), List.of("Jane Doe"),
        Optional.of(Instant.parse("2024-10-23T00:00:00Z")), Optional.empty(), Optional.of("en"), List.of(text.text()), List.of(), "h");
  }

  @Property(tries = 400)
  void noPassThrowsAndEveryClaimLiesInsideTheText(@ForAll("parses") AnnotatedText text) {
    for (ClaimExtractor extractor : List.of(EXTRACTOR, OPEN)) {
      Extraction x = extractor.extractWithWarnings(article(text), text);
      assertEquals(List.of(), x.warnings(), "a pass or step failed on this text: " + text.text());
      for (Claim c : x.claims().claims()) {
        assertTrue(c.start() >= 0 && c.end() <= text.text().length(), () -> "content outside the text: " + c);
        assertEquals(text.text().substring(c.start(), c.end()), c.content(), () -> "content is not the text at its offsets: " + c);
        assertTrue(c.cueStart() >= 0 && c.cueStart() <= text.text().length(), () -> "cue outside the text: " + c);
        assertTrue(c.source().begin() >= 0 && c.source().begin() <= c.source().end() && c.source().end() <= text.text().length(),
            () -> "source outside the text: " + c);
      }
    }
  }

  @Property(tries = 200)
  void everyPassAloneReadsEverySentenceWithoutThrowing(@ForAll("parses") AnnotatedText text) {
    for (ClaimPass pass : ClaimExtractor.standardPasses()) {
      Context ctx = new Context(article(text), text, new EntityResolver(AliasTable.standard()).resolve(text), CueLexicon.standard(), true);
      for (Sentence s : text.sentences()) {
        pass.find(ctx, s); // an exception here fails the property, naming the pass in its stack trace
      }
    }
  }

  /**
   * A pass that throws on one sentence, before or after doing its work there, costs exactly what
   * skipping that sentence costs: the same claims, entities and mentions as a pass that leaves the
   * sentence out, and one warning naming the article and the sentence.
   */
  @Property(tries = 300)
  void aSentenceThatMakesAPassThrowCostsOnlyThatSentence(@ForAll("parses") AnnotatedText text, @ForAll @IntRange(min = 0, max = 7) int which,
      @ForAll @IntRange(min = 0, max = 4) int sentence, @ForAll boolean afterItsWork) {
    int broken = Math.min(sentence, text.sentences().size() - 1);
    List<ClaimPass> passes = ClaimExtractor.standardPasses();
    ClaimPass pass = passes.get(which);
    ArticleClaims skipped = extractor(passes, which, new Broken(pass, broken, Broken.Mode.SKIP)).extract(article(text), text);
    Extraction failed = extractor(passes, which, new Broken(pass, broken, afterItsWork ? Broken.Mode.THROW_AFTER : Broken.Mode.THROW_BEFORE))
        .extractWithWarnings(article(text), text);
    assertEquals(skipped, failed.claims());
    assertEquals(1, failed.warnings().size(), failed.warnings()::toString);
    String warning = failed.warnings().get(0);
    assertTrue(warning.contains("article random") && warning.contains("sentence " + broken + " (") && warning.contains(pass.name()), warning);
  }

  private static ClaimExtractor extractor(List<ClaimPass> passes, int which, ClaimPass replacement) {
    List<ClaimPass> changed = new ArrayList<>(passes);
    changed.set(which, replacement);
    return new ClaimExtractor(AliasTable.standard(), Optional.empty(), false, changed);
  }

  /** A pass that, on one sentence, does nothing or fails before or after its work. */
  private record Broken(ClaimPass pass, int sentence, Mode mode) implements ClaimPass {
    enum Mode { SKIP, THROW_BEFORE, THROW_AFTER }

    @Override
    public String name() {
      return pass.name();
    }

    @Override
    public void find(Context ctx, Sentence s) {
      if (s.index() != sentence) {
        pass.find(ctx, s);
        return;
      }
      if (mode == Mode.THROW_BEFORE) {
        throw new IllegalStateException("broken before");
      }
      if (mode == Mode.THROW_AFTER) {
        pass.find(ctx, s);
        throw new IllegalStateException("broken after");
      }
    }
  }

  @Property(tries = 100)
  void aHeadOutsideTheSentenceIsRefusedWhereTheSentenceIsBuilt(@ForAll @IntRange(min = 1, max = 12) int n, @ForAll @IntRange(min = 0, max = 11) int at,
      @ForAll boolean below) {
    int k = at % n;
    List<Token> tokens = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      tokens.add(new Token(i, "w", 2 * i, 2 * i + 1, "NN", "w", "O", ""));
    }
    int[] heads = new int[n];
    java.util.Arrays.fill(heads, -1);
    heads[k] = below ? -2 : n;
    String[] relations = new String[n];
    java.util.Arrays.fill(relations, "dep");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Sentence(0, tokens, heads, relations));
    assertTrue(e.getMessage().contains("token " + k), e.getMessage());
  }
}
