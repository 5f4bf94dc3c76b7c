package org.claimtrail.stance.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.tartarus.snowball.ext.PorterStemmer;

/**
 * The words of a text (Lucene's {@link StandardTokenizer}, Unicode word breaks, lower case, curly
 * apostrophes straightened: "don't" stays one word) and their content stems (Porter, as Lucene's
 * {@link EnglishAnalyzer} stems; its stop words and a possessive "'s" dropped). Thread-safe.
 */
public final class Words {
  private static final CharArraySet STOP = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
  private static final Analyzer LOWER = new Analyzer() {
    @Override
    protected TokenStreamComponents createComponents(String field) {
      StandardTokenizer source = new StandardTokenizer();
      return new TokenStreamComponents(source, new LowerCaseFilter(source));
    }
  };
  private static final ThreadLocal<PorterStemmer> STEMMER = ThreadLocal.withInitial(PorterStemmer::new);

  private Words() {}

  /** One word: lower case, with its character offsets in the text. */
  public record Word(String text, int start, int end) {}

  /** The words of {@code text}, offsets counted from {@code offset}. */
  public static List<Word> of(String text, int offset) {
    List<Word> words = new ArrayList<>();
    try (TokenStream ts = LOWER.tokenStream("", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute at = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        words.add(new Word(term.toString().replace('\u2019', '\''), offset + at.startOffset(), offset + at.endOffset()));
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("Lucene cannot tokenize a string", e);
    }
    return words;
  }

  /** The content stems of the words, in order (stop words left out). */
  public static List<String> stems(List<Word> words) {
    List<String> stems = new ArrayList<>(words.size());
    PorterStemmer stemmer = STEMMER.get();
    for (Word w : words) {
      String t = w.text().endsWith("'s") ? w.text().substring(0, w.text().length() - 2) : w.text();
      if (t.isEmpty() || STOP.contains(t)) {
        continue;
      }
      stemmer.setCurrent(t);
      stemmer.stem();
      stems.add(stemmer.getCurrent());
    }
    return stems;
  }
}
