package org.claimtrail.stance.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IdfTest {
  @Test
  void rareStemsWeighMoreAndTheTableRoundTrips() throws IOException {
    Idf idf = Idf.learn(List.of(Map.of("troop", 2, "russia", 1), Map.of("russia", 1, "budget", 1), Map.of("russia", 3, "troop", 1)));
    assertTrue(idf.idf("troop") > idf.idf("russia"));
    // Seen in one body only: kept out of the table, weighs as unseen.
    assertEquals(idf.idf("budget"), idf.idf("never-seen"), 1e-12);
    assertEquals(3, idf.documents());
    assertEquals(9 / 3.0, idf.meanLength(), 1e-9);
    StringWriter w = new StringWriter();
    idf.write(w);
    Idf back = Idf.read(new BufferedReader(new StringReader(w.toString())), "idf.tsv");
    assertEquals(idf.idf("troop"), back.idf("troop"), 1e-12);
    assertEquals(idf.idf("russia"), back.idf("russia"), 1e-12);
  }

  @Test
  void aBadLineIsNamed() {
    IOException e = assertThrows(IOException.class, () -> Idf.read(new BufferedReader(new StringReader("3\t2.0\ntroop\tmany\n")), "idf.tsv"));
    assertTrue(e.getMessage().startsWith("idf.tsv line 2:"), e.getMessage());
  }
}
