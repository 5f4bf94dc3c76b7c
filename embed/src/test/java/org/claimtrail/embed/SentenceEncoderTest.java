package org.claimtrail.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceEncoderTest {
  private final SentenceEncoder encoder = SentenceEncoder.shared();

  @Test
  void theSameTextGetsTheSameUnitVector() {
    float[] a = encoder.encode("North Korean troops are in Russia.");
    float[] b = encoder.encode("North Korean troops are in Russia.");
    assertEquals(SentenceEncoder.DIMENSIONS, a.length);
    assertArrayEquals(a, b);
    assertEquals(1.0, Vectors.dot(a, a), 1e-5);
  }

  @Test
  void similarSentencesAreCloserThanUnrelatedOnes() {
    List<float[]> v = encoder.encode(List.of(
        "North Korean troops are in Russia.",
        "Soldiers from North Korea have been deployed to Russian territory.",
        "The city council approved a new budget for public libraries."));
    float similar = Vectors.cosine(v.get(0), v.get(1));
    float unrelated = Vectors.cosine(v.get(0), v.get(2));
    assertTrue(similar > 0.6f, "paraphrase cosine " + similar);
    assertTrue(unrelated < 0.2f, "unrelated cosine " + unrelated);
  }

  @Test
  void aBatchOfMixedLengthsEqualsOneTextAtATime() {
    // Padding a short text to the length of a long one in the same run must not change its vector.
    List<String> texts = List.of("Yes.", "The ministry denied that any soldiers had crossed the border on Tuesday night, "
        + "saying the reports were invented by foreign media to sow panic.", "", "Officials said the talks would resume.");
    List<float[]> batch = encoder.encode(texts);
    for (int i = 0; i < texts.size(); i++) {
      assertArrayEquals(encoder.encode(texts.get(i)), batch.get(i), 1e-5f, texts.get(i));
    }
  }

  @Test
  void vectorsAreThoseOfTheReferenceImplementation() {
    // langchain4j's own encoder of the same graph, one text at a time: the pooling and scaling agree.
    AllMiniLmL6V2EmbeddingModel reference = new AllMiniLmL6V2EmbeddingModel();
    for (String text : List.of("A small meteorite crashed into a wooded area overnight, the government said.",
        "Reports that the singer had died were a hoax, her spokesman said.")) {
      float[] theirs = reference.embed(text).content().vector();
      assertTrue(Vectors.cosine(encoder.encode(text), theirs) > 0.9999f, text);
    }
  }

  @Test
  void tokenStatesCarryEachWordPieceWithItsOffsets() {
    String text = "Budanov confirmed it.";
    TokenStates t = encoder.tokenStates(text);
    assertEquals("[CLS]", t.pieces().get(0));
    assertEquals("[SEP]", t.pieces().get(t.size() - 1));
    int confirmed = t.pieces().indexOf("confirmed");
    assertEquals("confirmed", text.substring(t.starts()[confirmed], t.ends()[confirmed]));
    assertEquals(SentenceEncoder.DIMENSIONS, t.states()[confirmed].length);
    // Pieces of one word ("bud", "##ano", "##v") cover it end to end.
    assertEquals(0, t.starts()[1]);
    assertEquals("Budanov".length(), t.ends()[confirmed - 1]);
  }

  @Test
  void aLongTextIsReadUpToTheModelsLength() {
    String longText = "word ".repeat(2_000);
    TokenStates t = encoder.tokenStates(longText);
    assertEquals(SentenceEncoder.MAX_PIECES, t.size());
    assertEquals(SentenceEncoder.DIMENSIONS, encoder.encode(longText).length);
  }
}
