package org.claimtrail.nlp.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimtrail.nlp.AnnotatedText;
import org.claimtrail.nlp.Sentence;
import org.junit.jupiter.api.Test;

class FineGrainedGazetteersTest {
  @Test
  void patternsAreLeftOutAndWordsKept() {
    assertFalse(FineGrainedGazetteers.isLiteral("Calif\\.?-educated"));
    assertFalse(FineGrainedGazetteers.isLiteral("@[A-Za-z_][a-zA-Z_0-9]*"));
    assertFalse(FineGrainedGazetteers.isLiteral("Private [0-9].?.? [Cc]lass"));
    assertTrue(FineGrainedGazetteers.isLiteral("St. Louis"));
    assertTrue(FineGrainedGazetteers.isLiteral("secretary of state"));
    assertTrue(FineGrainedGazetteers.kept(".*\\.(ca|gov|com)", "URL\tMISC\t1"), "web addresses can be sources");
    assertFalse(FineGrainedGazetteers.kept("Lt\\.? Gen\\.?", "TITLE\tMISC\t2"));
  }

  @Test
  void theMappingReadsBothListsWithoutTheirPatterns() throws IOException {
    String mapping = FineGrainedGazetteers.mapping();
    assertTrue(mapping.startsWith("ignorecase=true,"), mapping);
    String[] files = mapping.substring(mapping.lastIndexOf(",") + 1).split(";");
    assertEquals(2, files.length, mapping);
    List<String> caseless = Files.readAllLines(Path.of(files[0]));
    assertTrue(caseless.size() > 500_000, "the caseless list keeps its words: " + caseless.size());
    for (String file : files) {
      for (String line : Files.readAllLines(Path.of(file))) {
        int tab = line.indexOf('\t');
        assertTrue(FineGrainedGazetteers.kept(line.substring(0, tab), line.substring(tab + 1)), file + ": " + line);
      }
    }
  }

  @Test
  void fineGrainedTagsStillComeFromTheLists() {
    AnnotatedText text = new CoreNlpAnnotator().annotate("The French ambassador said Germany and Ohio would sign the treaty, Domain.com reported.", Optional.empty());
    Map<String, String> ner = new HashMap<>();
    for (Sentence s : text.sentences()) {
      for (int i = 0; i < s.size(); i++) {
        ner.put(s.token(i).text(), s.token(i).ner());
      }
    }
    assertEquals("NATIONALITY", ner.get("French"), ner.toString());
    assertEquals("TITLE", ner.get("ambassador"), ner.toString());
    assertEquals("COUNTRY", ner.get("Germany"), ner.toString());
    assertEquals("STATE_OR_PROVINCE", ner.get("Ohio"), ner.toString());
    assertEquals("URL", ner.get("Domain.com"), ner.toString());
  }
}
