package org.claimtrail.stance.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Document frequencies of stems over the bodies a model was trained on, with Lucene's BM25
 * inverse document frequency, {@code ln(1 + (N - df + 0.5) / (df + 0.5))}. A stem seen in one
 * body only is not kept (it weighs as an unseen one), which keeps the table small.
 */
public final class Idf {
  private final int documents;
  private final double meanLength;
  private final Map<String, Integer> frequencies;

  private Idf(int documents, double meanLength, Map<String, Integer> frequencies) {
    this.documents = documents;
    this.meanLength = meanLength;
    this.frequencies = frequencies;
  }

  /** Learns the table from the stem counts of each document. */
  public static Idf learn(Collection<? extends Map<String, Integer>> documentCounts) {
    Map<String, Integer> df = new HashMap<>();
    long length = 0;
    for (Map<String, Integer> counts : documentCounts) {
      for (Map.Entry<String, Integer> e : counts.entrySet()) {
        length += e.getValue();
        df.merge(e.getKey(), 1, Integer::sum);
      }
    }
    df.values().removeIf(n -> n < 2);
    int n = documentCounts.size();
    return new Idf(n, n == 0 ? 0 : (double) length / n, df);
  }

  public double idf(String stem) {
    int df = frequencies.getOrDefault(stem, 1);
    return Math.log(1 + (documents - df + 0.5) / (df + 0.5));
  }

  /** The mean number of stems in a document (BM25's average length). */
  public double meanLength() {
    return meanLength;
  }

  public int documents() {
    return documents;
  }

  /** Writes the table: a header line {@code documents<TAB>mean length}, then {@code stem<TAB>df} sorted. */
  public void write(Writer out) throws IOException {
    out.write(documents + "\t" + String.format(Locale.ROOT, "%.4f", meanLength) + "\n");
    for (Map.Entry<String, Integer> e : new TreeMap<>(frequencies).entrySet()) {
      out.write(e.getKey() + "\t" + e.getValue() + "\n");
    }
  }

  /** Reads what {@link #write} wrote; {@code name} is named in errors. */
  public static Idf read(BufferedReader in, String name) throws IOException {
    String header = in.readLine();
    String[] h = header == null ? new String[0] : header.split("\t");
    if (h.length != 2) {
      throw new IOException(name + " line 1: expected 'documents<TAB>mean length', got " + header);
    }
    Map<String, Integer> df = new HashMap<>();
    int lineNo = 1;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      lineNo++;
      int tab = line.indexOf('\t');
      try {
        df.put(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1)));
      } catch (RuntimeException e) {
        throw new IOException(name + " line " + lineNo + ": expected 'stem<TAB>count', got '" + line + "'", e);
      }
    }
    try {
      return new Idf(Integer.parseInt(h[0]), Double.parseDouble(h[1]), df);
    } catch (NumberFormatException e) {
      throw new IOException(name + " line 1: not numbers: " + header, e);
    }
  }
}
