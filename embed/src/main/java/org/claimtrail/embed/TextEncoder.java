package org.claimtrail.embed;

import java.util.List;

/** Turns texts into unit vectors of one length; {@link SentenceEncoder} is the real one. */
public interface TextEncoder {
  /** The vectors of the texts, in their order. */
  List<float[]> encode(List<String> texts);

  /** What makes the vectors, so that stored vectors of another encoder are never mixed in. */
  String version();
}
