package org.claimtrail.claims;

import java.util.ArrayList;
import java.util.List;
import org.claimtrail.nlp.AnnotatedText;
import org.claimtrail.nlp.Sentence;
import org.claimtrail.nlp.Token;

/**
 * Builds annotations by hand, so claim rules are tested without loading CoreNLP. Each token is
 * written {@code text/POS/NER/head/relation} (head is the 1-based index of the governor, 0 for
 * the root), tokens separated by spaces, sentences by {@code " || "}; the text is the tokens
 * joined by single spaces. A sentence written {@code "¶ …"} starts a new paragraph (a blank
 * line before it instead of the space).
 */
public final class Annotations {
  private Annotations() {}

  public static AnnotatedText parse(String spec) {
    StringBuilder text = new StringBuilder();
    List<Sentence> sentences = new ArrayList<>();
    for (String sentence : spec.split(" \\|\\| ")) {
      boolean paragraph = sentence.trim().startsWith("¶ ");
      String[] items = sentence.trim().substring(paragraph ? 2 : 0).split(" ");
      List<Token> tokens = new ArrayList<>();
      int[] heads = new int[items.length];
      String[] relations = new String[items.length];
      for (int i = 0; i < items.length; i++) {
        // A leading "~" glues the token to the one before, as "’s" or "’" is in "Officials’".
        boolean glued = items[i].startsWith("~");
        String[] f = (glued ? items[i].substring(1) : items[i]).split("/");
        if (text.length() > 0 && !glued) {
          text.append(paragraph && i == 0 ? "\n\n" : " ");
        }
        int begin = text.length();
        text.append(f[0]);
        String lemma = f[0].toLowerCase(java.util.Locale.ROOT).replaceAll("(ed|s)$", "");
        if (f[1].startsWith("VB")) {
          lemma = switch (f[0].toLowerCase(java.util.Locale.ROOT)) {
            case "said", "says" -> "say";
            case "claimed" -> "claim";
            case "denied" -> "deny";
            case "declined", "declining" -> "decline";
            case "accused" -> "accuse";
            case "told" -> "tell";
            case "citing" -> "cite";
            case "saying" -> "say";
            case "adding" -> "add";
            case "noting" -> "note";
            case "promising" -> "promise";
            case "wrote" -> "write";
            case "went" -> "go";
            case "offered" -> "offer";
            case "endorsed" -> "endorse";
            case "described" -> "describe";
            case "discuss" -> "discuss";
            default -> lemma;
          };
        }
        tokens.add(new Token(i, f[0], begin, text.length(), f[1], lemma, f[2], f.length > 5 ? f[5] : ""));
        heads[i] = Integer.parseInt(f[3]) - 1;
        relations[i] = f[4];
      }
      sentences.add(new Sentence(sentences.size(), tokens, heads, relations));
    }
    return new AnnotatedText(text.toString(), sentences);
  }
}
