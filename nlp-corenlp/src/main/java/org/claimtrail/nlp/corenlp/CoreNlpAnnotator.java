package org.claimtrail.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.claimtrail.nlp.AnnotatedText;
import org.claimtrail.nlp.Annotator;
import org.claimtrail.nlp.Sentence;
import org.claimtrail.nlp.Token;

/**
 * CoreNLP behind our {@link Annotator}. One {@link StanfordCoreNLP} per thread, created on the
 * thread's first call; CoreNLP's annotator pool shares the loaded models between them, so a second
 * thread costs little memory. Configuration is fixed at construction.
 */
public final class CoreNlpAnnotator implements Annotator {
  /** The annotators we need: no coref (its cost does not pay for pronoun speakers, see claims). */
  public static final String DEFAULT_ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse";

  /**
   * Our changes to what CoreNLP is given, how it is configured or how its output is read: raise it
   * with each, so that kept annotations made before are not taken for this version's. 2: plural
   * possessives' apostrophes straightened before CoreNLP reads the text.
   */
  static final int REVISION = 2;

  private final Properties properties;
  private final ThreadLocal<StanfordCoreNLP> pipelines;

  public CoreNlpAnnotator() {
    this(DEFAULT_ANNOTATORS);
  }

  public CoreNlpAnnotator(String annotators) {
    Properties p = new Properties();
    p.setProperty("annotators", annotators);
    // Keep the paragraph structure: a blank line always ends a sentence.
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("tokenize.options", "invertible=true,normalizeParentheses=false,normalizeOtherBrackets=false,untokenizable=noneKeep");
    p.setProperty("ner.applyNumericClassifiers", "true");
    p.setProperty("ner.useSUTime", "true");
    p.setProperty("ner.applyFineGrained", "true");
    if (Arrays.stream(annotators.split(",")).map(String::strip).anyMatch("ner"::equals)) {
      // CoreNLP's gazetteers less their slow patterns: half the time of the whole pipeline (see the class).
      p.setProperty("ner.fine.regexner.mapping", FineGrainedGazetteers.mapping());
    }
    p.setProperty("ner.buildEntityMentions", "false");
    p.setProperty("depparse.extradependencies", "NONE");
    this.properties = p;
    // StanfordCoreNLP rewrites the properties it is given (it drops "ssplit" from the annotators):
    // each pipeline gets a copy, so that what version() says stays what was configured.
    this.pipelines = ThreadLocal.withInitial(() -> {
      Properties copy = new Properties();
      copy.putAll(properties);
      return new StanfordCoreNLP(copy);
    });
  }

  /** CoreNLP's release (from its jar), the annotators, and our {@link #REVISION}. */
  @Override
  public String version() {
    String release = StanfordCoreNLP.class.getPackage().getImplementationVersion();
    return "CoreNLP " + (release == null ? "(unknown release)" : release) + ", annotators " + properties.getProperty("annotators")
        + ", claimtrail revision " + REVISION;
  }

  /** Loads the models (this thread's pipeline) now rather than on the first document (e.g. before timing). */
  @Override
  public void warmUp() {
    pipelines.get();
  }

  /**
   * Runs CoreNLP alone on {@code text} and returns its sentence count, without converting to our
   * types: the baseline the benchmark compares the full pipeline with.
   */
  public int annotateRaw(String text, Optional<LocalDate> documentDate) {
    Annotation doc = new Annotation(text);
    documentDate.ifPresent(d -> doc.set(CoreAnnotations.DocDateAnnotation.class, d.toString()));
    pipelines.get().annotate(doc);
    return doc.get(CoreAnnotations.SentencesAnnotation.class).size();
  }

  @Override
  public AnnotatedText annotate(String text, Optional<LocalDate> documentDate) {
    // CoreNLP reads the text with plural possessives' apostrophes straightened (same length, so
    // the same offsets); our tokens and the AnnotatedText keep the text as written.
    Annotation doc = new Annotation(PossessiveApostrophes.straighten(text));
    documentDate.ifPresent(d -> doc.set(CoreAnnotations.DocDateAnnotation.class, d.toString()));
    pipelines.get().annotate(doc);
    List<Sentence> sentences = new ArrayList<>();
    List<CoreMap> maps = doc.get(CoreAnnotations.SentencesAnnotation.class);
    for (CoreMap s : maps) {
      sentences.add(sentence(sentences.size(), s, text));
    }
    return new AnnotatedText(text, sentences);
  }

  private static Sentence sentence(int index, CoreMap s, String text) {
    List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> tokens = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      CoreLabel l = labels.get(i);
      String normalized = l.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
      tokens.add(
          new Token(
              i,
              written(l, text),
              l.beginPosition(),
              l.endPosition(),
              nonNull(l.tag(), "X"),
              nonNull(l.lemma(), l.originalText()),
              nonNull(l.ner(), "O"),
              nonNull(normalized, "")));
    }
    int[] heads = new int[tokens.size()];
    String[] relations = new String[tokens.size()];
    Arrays.fill(heads, -1);
    Arrays.fill(relations, "dep");
    SemanticGraph graph = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    if (graph != null) {
      for (IndexedWord root : graph.getRoots()) {
        if (root.index() >= 1 && root.index() <= tokens.size()) {
          relations[root.index() - 1] = "root";
        }
      }
      for (SemanticGraphEdge e : graph.edgeListSorted()) {
        int dep = e.getDependent().index() - 1;
        int gov = e.getGovernor().index() - 1;
        // A word of the graph outside this sentence's tokens (a graph made of another split of the
        // text) leaves its dependent unattached rather than pointing out of the sentence.
        if (dep >= 0 && dep < tokens.size() && gov >= 0 && gov < tokens.size()) {
          heads[dep] = gov;
          relations[dep] = e.getRelation().toString();
        }
      }
    }
    return new Sentence(index, tokens, heads, relations);
  }

  /** The token as the text writes it: CoreNLP's original text, unless an apostrophe was straightened in it. */
  private static String written(CoreLabel l, String text) {
    String original = l.originalText();
    int b = l.beginPosition();
    int e = l.endPosition();
    if (original.indexOf('\'') >= 0 && b >= 0 && e <= text.length() && e - b == original.length()) {
      return text.substring(b, e);
    }
    return original;
  }

  private static String nonNull(String s, String fallback) {
    return s == null ? fallback : s;
  }
}
