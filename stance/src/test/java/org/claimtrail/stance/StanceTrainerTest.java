package org.claimtrail.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.claimtrail.model.BodyStance;
import org.claimtrail.stance.features.BodyText;
import org.claimtrail.stance.features.ClaimText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StanceTrainerTest {
  @TempDir Path dir;
  private final HashingEncoder encoder = new HashingEncoder();

  /** Twelve made-up stories, each with a claim and a body that confirms, one that refutes and one that reports it. */
  private record Corpus(List<ClaimText> claims, List<BodyText> bodies, List<LabelledPair> pairs) {}

  private Corpus corpus() {
    String[] subjects = {"mayor of Ashford", "river dam in Velna", "striker Tomas Ruiz", "bank of Orvieto", "moon rover Kestrel",
        "ferry company Nordlys", "senator Hale", "museum of Corran", "chess champion Ilse Berg", "airline Skyway", "factory in Dunmore", "zoo of Palmer"};
    List<String> claims = new ArrayList<>();
    List<String> bodies = new ArrayList<>();
    List<LabelledPair> pairs = new ArrayList<>();
    for (int i = 0; i < subjects.length; i++) {
      String s = subjects[i];
      claims.add("The " + s + " collapsed last week");
      int b = bodies.size();
      bodies.add("The " + s + " collapsed last week, officials confirmed. Photos show the " + s + " in ruins. It is true.");
      bodies.add("Reports that the " + s + " collapsed last week are a hoax. Officials denied it and said the story is fake.");
      bodies.add("The " + s + " has reportedly collapsed last week, according to unconfirmed reports. The claim could not be verified.");
      pairs.add(new LabelledPair(i, b, BodyStance.AGREE));
      pairs.add(new LabelledPair(i, b + 1, BodyStance.DISAGREE));
      pairs.add(new LabelledPair(i, b + 2, BodyStance.DISCUSS));
      for (int k = 1; k <= 3; k++) {
        pairs.add(new LabelledPair(i, (b + 3 * k + k) % (3 * subjects.length), BodyStance.UNRELATED));
      }
    }
    List<BodyText> prepared = Preparation.bodies(bodies, bodies.stream().map(x -> List.<org.claimtrail.stance.features.ClaimMark>of()).toList(), encoder, n -> { });
    return new Corpus(Preparation.claims(claims, encoder), prepared, pairs);
  }

  private static List<BodyStance> judge(StanceModel m, Corpus c) {
    return m.judge(c.pairs().stream().map(p -> c.claims().get(p.claim())).toList(),
        c.pairs().stream().map(p -> c.bodies().get(p.body())).toList()).stream().map(StanceVerdict::stance).toList();
  }

  @Test
  void learnsTheStoriesSavesAndLoadsTheSameModel() throws IOException {
    Corpus c = corpus();
    Design d = new Design("test", true, Design.BASE, 0.5, 60, 3, 0.3);
    StanceModel m = new StanceTrainer(d, 7, s -> { }).train(c.claims(), c.bodies(), c.pairs(), "test stories");
    List<BodyStance> predicted = judge(m, c);
    long right = 0;
    for (int i = 0; i < predicted.size(); i++) {
      right += predicted.get(i) == c.pairs().get(i).gold() ? 1 : 0;
    }
    assertTrue(right >= predicted.size() * 0.9, right + " of " + predicted.size() + " right: " + predicted);
    Path file = dir.resolve("m.zip");
    m.save(file);
    StanceModel back = StanceModel.load(file);
    assertEquals(predicted, judge(back, c));
    assertEquals("test stories", back.info().getProperty("trained-on"));
    assertEquals(d, back.design());
  }

  @Test
  void theSameSeedGivesTheSameModel() {
    Corpus c = corpus();
    Design d = new Design("test", false, Design.BASE, 0, 30, 3, 0.3);
    StanceVerdict a = new StanceTrainer(d, 3, s -> { }).train(c.claims(), c.bodies(), c.pairs(), "x").judge(c.claims().get(0), c.bodies().get(1));
    StanceVerdict b = new StanceTrainer(d, 3, s -> { }).train(c.claims(), c.bodies(), c.pairs(), "x").judge(c.claims().get(0), c.bodies().get(1));
    assertEquals(a.probabilities(), b.probabilities());
  }

  @Test
  void oneKindOfStanceIsNotEnoughToLearnFrom() {
    Corpus c = corpus();
    List<LabelledPair> unrelatedOnly = c.pairs().stream().filter(p -> p.gold() == BodyStance.UNRELATED).toList();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new StanceTrainer(Design.named("two-stage"), 1, s -> { }).train(c.claims(), c.bodies(), unrelatedOnly, "x"));
    assertTrue(e.getMessage().startsWith("Too few kinds of stance"), e.getMessage());
  }

  @Test
  void aFileThatIsNoModelIsNamed() throws IOException {
    Path junk = Files.writeString(dir.resolve("junk.zip"), "not a zip");
    IOException e = assertThrows(IOException.class, () -> StanceModel.load(junk));
    assertTrue(e.getMessage().startsWith(junk + ": not a stance model"), e.getMessage());
  }
}
