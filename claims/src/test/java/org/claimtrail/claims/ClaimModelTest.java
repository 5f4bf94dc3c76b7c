package org.claimtrail.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import org.claimtrail.claims.learned.ClaimModel;
import org.claimtrail.claims.entity.AliasTable;
import org.claimtrail.model.Article;
import org.claimtrail.model.Claim;
import org.claimtrail.model.QuoteType;
import org.claimtrail.nlp.AnnotatedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The learned content boundaries, trained and applied on hand-built parses (no CoreNLP). */
class ClaimModelTest {
  // Every attribution with its kind: the model learns PolNeAR's attributions, which are more than claims.
  private final ClaimExtractor rules = new ClaimExtractor(AliasTable.standard(), Optional.empty(), false, true);

  /** The rules and the model, every attribution kept. */
  private static ClaimExtractor withModel(ClaimModel model) {
    return new ClaimExtractor(AliasTable.standard(), Optional.of(model), model.openCues(), true);
  }

  /** "X said the port closed, which Y disputed.": the rules run the content to the full stop. */
  private static AnnotatedText relativeClause(String subject, String noun) {
    return Annotations.parse(subject + "/NNP/PERSON/2/nsubj said/VBD/O/0/root the/DT/O/4/det " + noun + "/NN/O/5/nsubj closed/VBD/O/2/ccomp"
        + " ,/,/O/5/punct which/WDT/O/9/obj officials/NNS/O/9/nsubj disputed/VBD/O/5/acl:relcl ././O/2/punct");
  }

  private List<Claim> claims(ClaimExtractor extractor, AnnotatedText text) {
    Article a = new Article("t", "t", Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
        Optional.of(Instant.parse("2024-10-23T00:00:00Z")), Optional.empty(), Optional.of("en"), List.of(text.text()), List.of(), "h");
    return extractor.extract(a, text).claims();
  }

  private ClaimModel trainedToStopBeforeRelativeClauses() {
    ClaimModel.Trainer trainer = ClaimModel.trainer();
    for (String[] example : new String[][] {{"Smith", "port"}, {"Jones", "road"}, {"Brown", "bridge"}}) {
      AnnotatedText t = relativeClause(example[0], example[1]);
      Claim c = claims(rules, t).get(0);
      int comma = t.text().indexOf(" ,");
      trainer.addSpan("content", c, t, b -> b == c.start(), e -> e == comma);
    }
    ClaimModel model = trainer.train(5);
    int[] ends = trainer.accuracy(model).get("content.end");
    assertEquals(3, ends[2], "one end example per sentence");
    assertEquals(0, ends[1], "the rules end none of them right");
    return model;
  }

  @Test
  void learnsToEndTheContentBeforeARelativeClause() {
    AnnotatedText unseen = relativeClause("Green", "airport");
    assertEquals("the airport closed , which officials disputed", claims(rules, unseen).get(0).content(), "the rules' span, as the model must find it");

    ClaimExtractor learned = withModel(trainedToStopBeforeRelativeClauses());
    Claim c = claims(learned, unseen).get(0);
    assertEquals("the airport closed", c.content());
    assertEquals(c.content(), unseen.text().substring(c.start(), c.end()));
  }

  @Test
  void aModelWithoutWeightsKeepsTheRulesSpans() {
    AnnotatedText t = relativeClause("Green", "airport");
    ClaimExtractor untrained = withModel(ClaimModel.trainer().train(1));
    assertEquals(claims(rules, t), claims(untrained, t));
  }

  @Test
  void directQuotesKeepTheirMarksAsBoundaries() {
    AnnotatedText t = Annotations.parse("“/``/O/3/punct Ports/NNS/O/3/nsubj closed/VBD/O/0/root ,/,/O/3/punct ”/''/O/3/punct Smith/NNP/PERSON/7/nsubj said/VBD/O/3/parataxis ././O/3/punct");
    List<Claim> byRules = claims(rules, t);
    assertTrue(byRules.stream().anyMatch(c -> c.quote() == QuoteType.DIRECT), byRules::toString);
    ClaimExtractor learned = withModel(trainedToStopBeforeRelativeClauses());
    assertEquals(byRules, claims(learned, t));
  }

  @Test
  void aWrittenModelReadsBackTheSame(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("model.tsv");
    trainedToStopBeforeRelativeClauses().write(file);
    ClaimExtractor reread = withModel(ClaimModel.read(file));
    assertEquals("the airport closed", claims(reread, relativeClause("Green", "airport")).get(0).content());
  }

  @Test
  void aBrokenModelFileIsNamedWithItsLine(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("model.tsv");
    trainedToStopBeforeRelativeClauses().write(file);
    Files.writeString(file, "content.end\tcontent:e.kw=pDT\tnot-a-number\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    IOException e = assertThrows(IOException.class, () -> ClaimModel.read(file));
    assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("line ") && e.getMessage().contains("not-a-number"), e.getMessage());

    Files.writeString(file, "hello\n", StandardCharsets.UTF_8);
    IOException notModel = assertThrows(IOException.class, () -> ClaimModel.read(file));
    assertTrue(notModel.getMessage().contains("not a claim model"), notModel.getMessage());
  }

  /** "X visited the port on Monday": with every verb tried as a cue, the rules take it for a claim. */
  private static AnnotatedText visit(String subject, String noun) {
    return Annotations.parse(subject + "/NNP/PERSON/2/nsubj visited/VBD/O/0/root the/DT/O/4/det " + noun + "/NN/O/2/obj on/IN/O/6/case Monday/NNP/DATE/2/obl ././O/2/punct");
  }

  @Test
  void learnsToDropFalseFindsAmongEveryVerbTriedAsACue() {
    ClaimExtractor open = new ClaimExtractor(AliasTable.standard(), Optional.empty(), true, true);
    ClaimModel.Trainer trainer = ClaimModel.trainer();
    for (String[] example : new String[][] {{"Smith", "port"}, {"Jones", "road"}, {"Brown", "bridge"}}) {
      for (AnnotatedText t : List.of(relativeClause(example[0], example[1]), visit(example[0], example[1]))) {
        List<Claim> found = claims(open, t); // "visited", "said", and "closed" (its object: "which officials disputed")
        assertTrue(!found.isEmpty(), t::text);
        for (Claim c : found) {
          trainer.addKeep(c, t, found, c.cueLemma().equals("say"));
        }
      }
    }
    ClaimModel model = trainer.train(5).withOpenCues(true);
    int[] keep = trainer.accuracy(model).get("keep");
    assertEquals(3, keep[1], "three sayings among the examples");
    assertEquals(3, keep[0], "the three sayings are kept");
    assertEquals(3, keep[2], "and nothing else");

    ClaimExtractor learned = withModel(model);
    assertEquals(1, claims(open, visit("Green", "airport")).size(), "the rules alone take the visit for a claim");
    assertEquals(List.of(), claims(learned, visit("Green", "airport")), "the model drops it");
    assertEquals(List.of("say"), claims(learned, relativeClause("Green", "airport")).stream().map(Claim::cueLemma).toList(), "the saying stays, the closing goes");
  }

  @Test
  void aModelWithoutKeepWeightsKeepsEveryClaimAndLexiconCuesOnly() {
    ClaimModel empty = ClaimModel.trainer().train(1);
    assertTrue(!empty.openCues());
    AnnotatedText t = visit("Green", "airport");
    assertEquals(List.of(), claims(withModel(empty), t), "'visit' is no cue of the lexicon");
  }

  /** "X said on Monday that the port closed.": PolNeAR-style cues take the time of saying. */
  private static AnnotatedText saidOnMonday(String subject, String noun) {
    return Annotations.parse(subject + "/NNP/PERSON/2/nsubj said/VBD/O/0/root on/IN/O/4/case Monday/NNP/DATE/2/obl that/IN/O/8/mark the/DT/O/7/det "
        + noun + "/NN/O/8/nsubj closed/VBD/O/2/ccomp ././O/2/punct");
  }

  @Test
  void learnsCueBoundariesWithoutRunningIntoTheContent() {
    ClaimModel.Trainer trainer = ClaimModel.trainer();
    for (String[] example : new String[][] {{"Smith", "port"}, {"Jones", "road"}, {"Brown", "bridge"}}) {
      AnnotatedText t = saidOnMonday(example[0], example[1]);
      Claim c = claims(rules, t).get(0);
      assertEquals("said", c.cue());
      int monday = t.text().indexOf("Monday") + "Monday".length();
      trainer.addSpan("cue", c, t, b -> b == c.cueStart(), e -> e == monday);
    }
    ClaimModel model = trainer.train(5);
    AnnotatedText unseen = saidOnMonday("Green", "airport");
    Claim c = claims(withModel(model), unseen).get(0);
    assertEquals("said on Monday", c.cue());
    assertEquals(c.cue(), unseen.text().substring(c.cueStart(), c.cueStart() + c.cue().length()), "the cue's offset moves with it");
    assertEquals("the airport closed", c.content(), "the content is untouched");
    assertTrue(c.cueStart() + c.cue().length() <= c.start(), "the cue stops before the content");
  }

  /** "“Talks failed,” X said in a NOUN.": whether the cue takes the phrase depends on the noun. */
  private static AnnotatedText saidIn(String subject, String noun) {
    return Annotations.parse("“/``/O/3/punct Talks/NNS/O/3/nsubj failed/VBD/O/7/ccomp ,/,/O/3/punct ”/''/O/3/punct " + subject
        + "/NNP/PERSON/7/nsubj said/VBD/O/0/root in/IN/O/10/case a/DT/O/10/det " + noun + "/NN/O/7/obl ././O/7/punct");
  }

  @Test
  void learnsWhichNounsNameWhereSomethingWasSaid() {
    // Annotators count some places of saying into the cue ("in a video") and not others ("in a
    // hurry"): only the noun tells them apart.
    ClaimModel.Trainer trainer = ClaimModel.trainer();
    for (String speaker : List.of("Smith", "Jones", "Brown")) {
      for (String noun : List.of("video", "hurry")) {
        AnnotatedText t = saidIn(speaker, noun);
        Claim c = claims(rules, t).get(0);
        assertEquals("said", c.cue());
        int end = noun.equals("video") ? t.text().indexOf(noun) + noun.length() : c.cueStart() + "said".length();
        trainer.addSpan("cue", c, t, b -> b == c.cueStart(), e -> e == end);
      }
    }
    ClaimExtractor learned = withModel(trainer.train(5));
    assertEquals("said in a video", claims(learned, saidIn("Green", "video")).get(0).cue());
    // Six toy examples leave the full stop untrained; what matters is that the hurry does not join the cue.
    String hurried = claims(learned, saidIn("Green", "hurry")).get(0).cue();
    assertTrue(!hurried.endsWith("hurry"), hurried);
  }

  /** "X endorsed Kim there.": an object and then where it happened, both on the cue. */
  private static AnnotatedText objectAndPlace(String subject, String verb) {
    return Annotations.parse(subject + "/NNP/PERSON/2/nsubj " + verb + "/VBD/O/0/root Kim/NNP/PERSON/2/obj there/RB/O/2/advmod ././O/2/punct");
  }

  /**
   * A model trained on three speakers' "endorsed Kim there" (the content ends at the name) and
   * "described Kim there" (it runs on), each built by {@code sentence(speaker, verb)};
   * {@code check(verb, claim)} sees each of the rules' claims first.
   */
  private ClaimExtractor trainedToEndEndorsementsAtTheName(BiFunction<String, String, AnnotatedText> sentence, BiConsumer<String, Claim> check) {
    ClaimModel.Trainer trainer = ClaimModel.trainer();
    for (String speaker : List.of("Smith", "Jones", "Brown")) {
      for (String verb : List.of("endorsed", "described")) {
        AnnotatedText t = sentence.apply(speaker, verb);
        Claim c = claims(rules, t).get(0);
        check.accept(verb, c);
        assertEquals("Kim there", c.content(), "the rules' span, as the model must learn to move it");
        int end = verb.equals("endorsed") ? t.text().indexOf("Kim") + 3 : c.end();
        trainer.addSpan("content", c, t, b -> b == c.start(), e -> e == end);
      }
    }
    // Six toy examples need more passes than real data to settle the untried full stop.
    return withModel(trainer.train(20));
  }

  @Test
  void learnsWhereAnObjectContentEndsFromItsCue() {
    // Annotators end "endorsed Kim there" at the name and let "described Kim there" run on: the
    // same tree, told apart only by the cue's word.
    ClaimExtractor learned = trainedToEndEndorsementsAtTheName(ClaimModelTest::objectAndPlace, (verb, c) -> {});
    assertEquals("Kim", claims(learned, objectAndPlace("Green", "endorsed")).get(0).content());
    assertEquals("Kim there", claims(learned, objectAndPlace("Green", "described")).get(0).content());
  }

  /** "X has endorsed Kim there.": as above, the cue after an auxiliary. */
  private static AnnotatedText objectAndPlaceAfterHas(String subject, String verb) {
    return Annotations.parse(subject + "/NNP/PERSON/3/nsubj has/VBZ/O/3/aux " + verb + "/VBN/O/0/root Kim/NNP/PERSON/3/obj there/RB/O/3/advmod"
        + " ././O/3/punct");
  }

  @Test
  void learnsFromTheCuesOwnWordNotItsAuxiliary() {
    // The cue "has endorsed" starts at "has"; what tells the two verbs' contents apart is
    // "endorsed" / "described", and the content hangs on that word, not on "has".
    ClaimExtractor learned = trainedToEndEndorsementsAtTheName(ClaimModelTest::objectAndPlaceAfterHas,
        (verb, c) -> assertEquals("has " + verb, c.cue(), "a cue that starts at its auxiliary"));
    assertEquals("Kim", claims(learned, objectAndPlaceAfterHas("Green", "endorsed")).get(0).content());
    assertEquals("Kim there", claims(learned, objectAndPlaceAfterHas("Green", "described")).get(0).content());
  }

  /** "X said Kim won easily.": a clause with an adverb at its end. */
  private static AnnotatedText clauseAndAdverb(String subject, String adverb) {
    return Annotations.parse(subject + "/NNP/PERSON/2/nsubj said/VBD/O/0/root Kim/NNP/PERSON/4/nsubj won/VBD/O/2/ccomp " + adverb
        + "/RB/O/4/advmod ././O/2/punct");
  }

  @Test
  void learnsWhereAContentEndsFromTheWordsAtItsEnd() {
    // Same tags, same tree, same cue: only the adverb's word tells "Kim won easily" (all of it said)
    // from "Kim won" said "yesterday".
    ClaimModel.Trainer trainer = ClaimModel.trainer();
    for (String speaker : List.of("Smith", "Jones", "Brown")) {
      for (String adverb : List.of("easily", "yesterday")) {
        AnnotatedText t = clauseAndAdverb(speaker, adverb);
        Claim c = claims(rules, t).get(0);
        assertEquals("Kim won " + adverb, c.content(), "the rules' span, as the model must learn to move it");
        int end = adverb.equals("yesterday") ? t.text().indexOf("won") + 3 : c.end();
        trainer.addSpan("content", c, t, b -> b == c.start(), e -> e == end);
      }
    }
    ClaimExtractor learned = withModel(trainer.train(20));
    assertEquals("Kim won", claims(learned, clauseAndAdverb("Green", "yesterday")).get(0).content());
    assertEquals("Kim won easily", claims(learned, clauseAndAdverb("Green", "easily")).get(0).content());
  }
}
