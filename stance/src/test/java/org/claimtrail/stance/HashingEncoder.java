package org.claimtrail.stance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.claimtrail.embed.SentenceEncoder;
import org.claimtrail.embed.TextEncoder;
import org.claimtrail.embed.Vectors;

/** A stand-in for MiniLM in unit tests: each word adds one to a dimension chosen by its hash; texts sharing words are alike. */
public final class HashingEncoder implements TextEncoder {
  @Override
  public List<float[]> encode(List<String> texts) {
    List<float[]> out = new ArrayList<>();
    for (String t : texts) {
      float[] v = new float[SentenceEncoder.DIMENSIONS];
      for (String w : t.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
        if (w.length() > 2) {
          v[Math.floorMod(w.hashCode(), v.length)] += 1;
        }
      }
      v[0] += 0.01f;
      out.add(Vectors.unit(v));
    }
    return out;
  }

  @Override
  public String version() {
    return "hashing test encoder";
  }
}
