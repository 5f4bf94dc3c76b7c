package org.claimtrail.eval.fnc1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimtrail.model.BodyStance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Fnc1CsvTest {
  @TempDir Path dir;

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  @Test
  void readsQuotedMultiLineBodies() throws IOException {
    Path f = write("bodies.csv", "Body ID,articleBody\n0,\"First line, with a comma.\n\nA \"\"quoted\"\" word.\"\n7,Plain body\n");
    Map<Integer, String> bodies = Fnc1Csv.readBodies(f);
    assertEquals(List.of(0, 7), List.copyOf(bodies.keySet()));
    assertEquals("First line, with a comma.\n\nA \"quoted\" word.", bodies.get(0));
    assertEquals("Plain body", bodies.get(7));
  }

  @Test
  void readsPairsWithAndWithoutTheStanceColumnAndKnowsTheirLines() throws IOException {
    Path labelled = write("stances.csv", "Headline,Body ID,Stance\r\n\"Troops, reportedly, in Russia\",7,Discuss\r\n\"Two\nlines\",0,unrelated\r\nThird,7,agree\r\n");
    List<Fnc1Pair> pairs = Fnc1Csv.readPairs(labelled);
    assertEquals(new Fnc1Pair("Troops, reportedly, in Russia", 7, Optional.of(BodyStance.DISCUSS), 2), pairs.get(0));
    assertEquals(new Fnc1Pair("Two\nlines", 0, Optional.of(BodyStance.UNRELATED), 3), pairs.get(1));
    assertEquals(5, pairs.get(2).line());
    Path unlabelled = write("unlabelled.csv", "Body ID,Headline\n7,Troops in Russia\n");
    assertEquals(List.of(new Fnc1Pair("Troops in Russia", 7, Optional.empty(), 2)), Fnc1Csv.readPairs(unlabelled));
  }

  @Test
  void aMissingColumnIsNamed() throws IOException {
    Path f = write("bodies.csv", "Body ID,text\n0,x\n");
    Fnc1FormatException e = assertThrows(Fnc1FormatException.class, () -> Fnc1Csv.readBodies(f));
    assertTrue(e.getMessage().startsWith(f + " line 1: no 'articleBody' column"), e.getMessage());
  }

  @Test
  void malformedRowsStopWithTheFileAndLine() throws IOException {
    Path fields = write("a.csv", "Headline,Body ID,Stance\nOne,1,agree\n\"Two\nlines\",2,agree,extra\n");
    assertMessage(fields, " line 3: 4 fields where the header has 3", () -> Fnc1Csv.readPairs(fields));
    Path number = write("b.csv", "Headline,Body ID\nOne,1\nTwo,two\n");
    assertMessage(number, " line 3: 'Body ID' is not a number: 'two'", () -> Fnc1Csv.readPairs(number));
    Path stance = write("c.csv", "Headline,Body ID,Stance\nOne,1,maybe\n");
    assertMessage(stance, " line 2: unknown stance 'maybe'", () -> Fnc1Csv.readPairs(stance));
    Path twice = write("d.csv", "Body ID,articleBody\n1,a\n1,b\n");
    assertMessage(twice, " line 3: Body ID 1 comes twice", () -> Fnc1Csv.readBodies(twice));
    Path quote = write("e.csv", "Body ID,articleBody\n1,a\n2,\"never closed\n");
    assertMessage(quote, " line 3: malformed CSV", () -> Fnc1Csv.readBodies(quote));
  }

  @Test
  void predictionsKeepTheInputOrderAndQuoteWhatNeedsIt() throws IOException {
    List<Fnc1Pair> pairs = List.of(new Fnc1Pair("A, \"quoted\" claim", 3, Optional.empty(), 2),
        new Fnc1Pair("Plain", 1, Optional.empty(), 3));
    Path out = dir.resolve("out.csv");
    Fnc1Csv.writePredictions(out, pairs, List.of(BodyStance.DISAGREE, BodyStance.UNRELATED));
    List<Fnc1Pair> back = Fnc1Csv.readPairs(out);
    assertEquals("Headline,Body ID,Stance", Files.readAllLines(out, StandardCharsets.UTF_8).get(0));
    assertEquals(new Fnc1Pair("A, \"quoted\" claim", 3, Optional.of(BodyStance.DISAGREE), 2), back.get(0));
    assertEquals(new Fnc1Pair("Plain", 1, Optional.of(BodyStance.UNRELATED), 3), back.get(1));
  }

  private static void assertMessage(Path f, String expected, org.junit.jupiter.api.function.Executable read) {
    Fnc1FormatException e = assertThrows(Fnc1FormatException.class, read);
    assertTrue(e.getMessage().startsWith(f + expected), e.getMessage());
  }
}
