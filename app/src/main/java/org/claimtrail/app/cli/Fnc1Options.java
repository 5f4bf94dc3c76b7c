package org.claimtrail.app.cli;

import java.nio.file.Path;
import org.claimtrail.embed.SentenceEncoder;
import org.claimtrail.embed.TextEncoder;
import org.claimtrail.embed.VectorCache;
import picocli.CommandLine.Option;

/** Options shared by {@code train fnc1} and {@code eval fnc1}. */
final class Fnc1Options {
  @Option(names = "--vector-cache", paramLabel = "DIR", description = "Keep the sentence vectors in DIR, so a second run over the same texts encodes nothing.")
  Path vectorCache;

  TextEncoder encoder() {
    SentenceEncoder encoder = SentenceEncoder.shared();
    return vectorCache == null ? encoder : VectorCache.open(encoder, vectorCache);
  }
}
