package org.claimtrail.nlp.corenlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * CoreNLP's fine-grained NER gazetteers (COUNTRY, NATIONALITY, TITLE, STATE_OR_PROVINCE, CITY …)
 * without most of their entries that are regular expressions.
 *
 * <p>Why: of CoreNLP's 586,731 gazetteer entries, about 1,200 are patterns ("Calif\.?-educated",
 * "Lt\.? Gen\.?", "u\.s\."). A pattern cannot be looked up, so it is tried at every token, and
 * those 0.2 % of the entries took two thirds of the NER time: on 20 PolNeAR dev articles the whole
 * pipeline ran 39.6 s with them and 20.1 s without. What changes is small (145 of 79,430 tokens on
 * the dev split): "U.S." and state abbreviations keep the LOCATION of the statistical tagger
 * instead of COUNTRY or STATE_OR_PROVINCE (both are places to us), abbreviated titles ("Gov.",
 * "Rep.") are no TITLE. The five patterns for web and e-mail addresses and handles are kept: a
 * site can be a source ("Domain.com reported …").
 *
 * <p>The copies are written to the temporary folder once per models jar and shared by later runs
 * (CoreNLP reads a mapping only from a file, URL or classpath resource): a folder per JVM would
 * leave 18 MB behind every time a run is killed.
 */
final class FineGrainedGazetteers {
  static final String CASELESS = "edu/stanford/nlp/models/kbp/english/gazetteers/regexner_caseless.tab";
  static final String CASED = "edu/stanford/nlp/models/kbp/english/gazetteers/regexner_cased.tab";
  /** CoreNLP's own options for the caseless list (its default mapping's); the cased list has none. */
  private static final String CASELESS_OPTIONS = "ignorecase=true,validpospattern=(NN|JJ|ADD).*,";

  private FineGrainedGazetteers() {}

  /** The value of {@code ner.fine.regexner.mapping} that reads the copies without patterns. */
  static synchronized String mapping() {
    try {
      URL source = resource(CASELESS);
      // One folder per models jar (its location names its version) and per version of the filter
      // below, so that an upgrade of either writes new copies.
      Path dir = Path.of(System.getProperty("java.io.tmpdir"), "claimtrail-ner-v2-" + Integer.toHexString(source.toString().hashCode()));
      Files.createDirectories(dir);
      Path caseless = withoutPatterns(CASELESS, dir.resolve("caseless.tab"));
      Path cased = withoutPatterns(CASED, dir.resolve("cased.tab"));
      return CASELESS_OPTIONS + caseless + ";" + cased;
    } catch (IOException e) {
      throw new UncheckedIOException("Writing the fine-grained NER gazetteers to the temporary folder", e);
    }
  }

  private static URL resource(String name) throws IOException {
    URL url = FineGrainedGazetteers.class.getClassLoader().getResource(name);
    if (url == null) {
      throw new IOException(name + " is not on the classpath: is CoreNLP's models jar there?");
    }
    return url;
  }

  /** The copy of {@code resource} without patterns at {@code to}, written unless it is there already. */
  private static Path withoutPatterns(String resource, Path to) throws IOException {
    if (Files.isRegularFile(to)) {
      return to;
    }
    // Written aside and moved into place, so a run killed midway or one running at the same time
    // never reads half a list.
    Path partial = Files.createTempFile(to.getParent(), to.getFileName().toString(), ".partial");
    try (BufferedReader in = new BufferedReader(new InputStreamReader(resource(resource).openStream(), StandardCharsets.UTF_8));
        Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        int tab = line.indexOf('\t');
        if (tab > 0 && kept(line.substring(0, tab), line.substring(tab + 1))) {
          out.write(line);
          out.write('\n');
        }
      }
    } catch (IOException e) {
      Files.deleteIfExists(partial);
      throw e;
    }
    Files.move(partial, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return to;
  }

  /**
   * Whether an entry is kept: words, or one of the five patterns for web addresses, e-mail
   * addresses and handles ("Domain.com reported …", "@nytimes wrote"), which cost next to nothing.
   */
  static boolean kept(String entry, String rest) {
    return isLiteral(entry) || rest.startsWith("URL\t") || rest.startsWith("EMAIL\t") || rest.startsWith("HANDLE\t");
  }

  /**
   * Whether a gazetteer entry is words rather than a pattern. A dot is allowed: in "St. Louis" it
   * stands for itself in practice, and such entries were never slow.
   */
  static boolean isLiteral(String entry) {
    for (int i = 0; i < entry.length(); i++) {
      if ("\\[](){}*+?|^$".indexOf(entry.charAt(i)) >= 0) {
        return false;
      }
    }
    return true;
  }
}
