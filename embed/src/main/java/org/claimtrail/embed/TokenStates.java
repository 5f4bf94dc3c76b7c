package org.claimtrail.embed;

import java.util.List;

/**
 * The encoder's last hidden layer for one text: one 384-float state per word piece, with the
 * piece's character offsets in the text ({@code [CLS]}, {@code [SEP]}: start = end = 0). A
 * contextual tagger reads these instead of the pooled sentence vector.
 */
public record TokenStates(List<String> pieces, int[] starts, int[] ends, float[][] states) {
  public TokenStates {
    pieces = List.copyOf(pieces);
    if (starts.length != pieces.size() || ends.length != pieces.size() || states.length != pieces.size()) {
      throw new IllegalArgumentException("pieces, offsets and states differ in length: " + pieces.size() + ", "
          + starts.length + "/" + ends.length + ", " + states.length);
    }
  }

  public int size() {
    return pieces.size();
  }
}
