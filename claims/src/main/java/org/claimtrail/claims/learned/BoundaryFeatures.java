package org.claimtrail.claims.learned;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimtrail.claims.cue.DataFile;
import org.claimtrail.nlp.Sentence;
import org.claimtrail.nlp.Token;

/**
 * The features of the candidate boundaries of one span (one per {@link Role} and {@link Frame}:
 * what all candidates share, such as where the span's subtree ends, is worked out once). They describe the words on either side of the boundary
 * (function words and punctuation by their form, other words by their part of speech, and each
 * of the two by its lemma alone), how the dependency tree crosses it, and how far it is from the
 * rules' boundary. The model file thus holds single words of the articles it learnt from, never
 * a passage of them.
 */
final class BoundaryFeatures {
  /** Parts of speech whose words are few and telling enough to be features themselves. */
  private static final Set<String> CLOSED = Set.of("CC", "IN", "TO", "WDT", "WP", "WP$", "WRB", "DT", "MD", "PRP", "PRP$", "POS", "EX", "RP");

  /**
   * Nouns that name where something was said ("said in a statement", "told in an interview"):
   * annotators often count them into the cue, so they are features by their lemma.
   */
  private static final Set<String> MEDIUM = DataFile.words(BoundaryFeatures.class, "medium-nouns.txt");

  private final String r;
  private final Frame f;
  private final Sentence s;
  /** The token the rules' span hangs from, and the last token of its subtree. */
  private final int root;
  private final int subtreeEnd;
  private final int lastWord;
  /** The cue's lemma, "-" when the cue is in another sentence: a word of the lexicon, not of an article. */
  private final String cueLemma;

  BoundaryFeatures(Role role, Frame frame) {
    this.r = role.key + ":";
    this.f = frame;
    this.s = frame.sentence();
    this.root = attachment(s, f.first(), f.last());
    this.subtreeEnd = s.span(root)[1];
    this.lastWord = lastWord(s);
    this.cueLemma = f.cue() >= 0 ? s.token(f.cue()).lemma().toLowerCase(Locale.ROOT) : "-";
  }

  /** Features of ending the span after token {@code k}. */
  String[] end(int k) {
    int n = k + 1;
    List<String> out = new ArrayList<>();
    String kw = form(s, k);
    String nw = n < s.size() ? form(s, n) : "</s>";
    add(out, r + "e.kw", kw);
    add(out, r + "e.nw", nw);
    add(out, r + "e.kw_nw", kw + "_" + nw);
    if (n < s.size()) {
      String nr = s.relation(n);
      add(out, r + "e.nr", nr);
      add(out, r + "e.nw_nr", nw + "_" + nr);
      String where = place(f, f.first(), k, s.head(n));
      add(out, r + "e.nh", where);
      add(out, r + "e.nh_nr", where + "_" + nr);
      if (n + 1 < s.size()) {
        String n2 = form(s, n + 1);
        add(out, r + "e.nw_n2", nw + "_" + n2);
        add(out, r + "e.nw_n2r", nw + "_" + s.relation(n + 1));
        add(out, r + "e.nw_n2h", nw + "_" + place(f, f.first(), k, s.head(n + 1)));
      }
      if (lastWord <= k) {
        add(out, r + "e.atEnd", "1");
      }
      // Where what is left after the boundary hangs in the tree: a clause on the cue ("…, which"),
      // inside the content, or before it.
      int a = attachment(s, n, s.size() - 1);
      String att = place(f, f.first(), k, s.head(a)) + "_" + s.relation(a);
      add(out, r + "e.att", att);
      add(out, r + "e.att_nw", att + "_" + nw);
      // And by cue: annotators end "endorsed [Cruz] last week" at the name but let "described
      // [Obama as weak]" run on, with the same tree (held-out-210 content F1 .545 -> .550).
      add(out, r + "e.att_cl", att + "_" + cueLemma);
    }
    // The end of the subtree the rules' span hangs from: "endorsed [Cruz] in November" ends with the object.
    add(out, r + "e.subtree", distance(k - subtreeEnd) + "_" + s.relation(root));
    add(out, r + "e.roots", bucket(roots(s, f.first(), k)));
    add(out, r + "e.cut", bucket(cut(s, f.first(), k, k + 1, s.size() - 1)));
    add(out, r + "e.rule", distance(k - f.last()));
    add(out, r + "e.rule_nw", distance(k - f.last()) + "_" + nw);
    add(out, r + "e.len", bucket2(k - f.first() + 1));
    add(out, r + "e.side", f.beforeCue() ? "before" : "after");
    // And the two words by lemma: where a content ends is partly a matter of which noun or verb
    // it is, which the tags above do not tell (held-out-210 content F1 .554 -> .560).
    add(out, r + "e.kl", lemma(s, k));
    if (n < s.size()) {
      add(out, r + "e.nl", lemma(s, n));
    }
    // Every feature again, tagged by whether this is the rules' own end, so that each also weighs
    // on its own there: the same evidence tells differently whether to stay at the rules' end than
    // which other end to move to (a comma after the rules' end is a reason to stay; elsewhere, one
    // to move). A boosted-tree ranker over these features split on exactly that first;
    // as conjunctions, content ends right on held-out 210 .812 -> .821, on held-out 98 .804 -> .813.
    String at = k == f.last() ? "atRule|" : "offRule|";
    int shared = out.size();
    for (int i = 0; i < shared; i++) {
      out.add(at + out.get(i));
    }
    return out.toArray(new String[0]);
  }

  /** Features of starting the span at token {@code j}. */
  String[] start(int j) {
    int p = j - 1;
    List<String> out = new ArrayList<>();
    String jw = form(s, j);
    String pw = p >= 0 ? form(s, p) : "<s>";
    add(out, r + "s.jw", jw);
    add(out, r + "s.pw", pw);
    add(out, r + "s.pw_jw", pw + "_" + jw);
    add(out, r + "s.jr", s.relation(j));
    add(out, r + "s.jw_jr", jw + "_" + s.relation(j));
    String where = f.cue() >= 0 && s.head(j) == f.cue() ? "cue" : place(f, j, f.last(), s.head(j));
    add(out, r + "s.jh", where);
    add(out, r + "s.jh_jr", where + "_" + s.relation(j));
    if (p >= 0) {
      add(out, r + "s.pr", s.relation(p));
      add(out, r + "s.ph", f.cue() >= 0 && s.head(p) == f.cue() ? "cue" : place(f, j, f.last(), s.head(p)));
      add(out, r + "s.pw_pr", pw + "_" + s.relation(p));
      add(out, r + "s.pIsCue", Boolean.toString(p == f.cue()));
    }
    int from = f.cue() >= 0 && f.cue() < j ? f.cue() + 1 : 0;
    if (from < j) {
      int a = attachment(s, from, j - 1);
      String att = (f.cue() >= 0 && s.head(a) == f.cue() ? "cue" : place(f, j, f.last(), s.head(a))) + "_" + s.relation(a);
      add(out, r + "s.att", att);
      add(out, r + "s.att_jw", att + "_" + jw);
      add(out, r + "s.att_cl", att + "_" + cueLemma);
    }
    add(out, r + "s.roots", bucket(roots(s, j, f.last())));
    add(out, r + "s.cut", bucket(cut(s, j, f.last(), Math.max(0, f.cue() + 1), j - 1)));
    add(out, r + "s.rule", distance(j - f.first()));
    add(out, r + "s.rule_jw", distance(j - f.first()) + "_" + jw);
    add(out, r + "s.side", f.beforeCue() ? "before" : "after");
    add(out, r + "s.jl", lemma(s, j));
    if (p >= 0) {
      add(out, r + "s.pl", lemma(s, p));
    }
    return out.toArray(new String[0]);
  }

  private static String lemma(Sentence s, int i) {
    return s.token(i).lemma().toLowerCase(Locale.ROOT);
  }

  private static void add(List<String> out, String name, String value) {
    out.add(name + "=" + value);
  }

  /** A token as a feature: function words and punctuation as written, others by part of speech. */
  static String form(Sentence s, int i) {
    Token t = s.token(i);
    if (CLOSED.contains(t.pos())) {
      return t.text().toLowerCase(Locale.ROOT);
    }
    if (t.pos().startsWith("NN") && MEDIUM.contains(t.lemma().toLowerCase(Locale.ROOT))) {
      return "n:" + t.lemma().toLowerCase(Locale.ROOT);
    }
    if (!Character.isLetterOrDigit(t.text().charAt(0))) {
      return "p" + t.pos(); // punctuation: its tag, so “ ” " '' and `` are one mark each
    }
    return t.pos();
  }

  /** Where a head lies relative to the span {@code a..b}: the cue, inside, before, after, or root. */
  private static String place(Frame f, int a, int b, int head) {
    if (head < 0) {
      return "root";
    }
    if (head == f.cue()) {
      return "cue";
    }
    return head >= a && head <= b ? "in" : head < a ? "before" : "after";
  }

  /** The token of {@code a..b} through which that stretch hangs on the rest: climb from {@code a} while the head stays inside. */
  private static int attachment(Sentence s, int a, int b) {
    int node = a;
    for (int steps = 0; steps < s.size(); steps++) {
      int h = s.head(node);
      if (h < a || h > b) {
        return node;
      }
      node = h;
    }
    return node;
  }

  /** How many tokens of {@code a..b} hang on a token outside it: 1 for a whole subtree. */
  private static int roots(Sentence s, int a, int b) {
    int n = 0;
    for (int i = a; i <= b; i++) {
      int h = s.head(i);
      if (h < a || h > b) {
        n++;
      }
    }
    return n;
  }

  /** How many tokens of {@code from..to} (outside the span) hang on a token of {@code a..b}. */
  private static int cut(Sentence s, int a, int b, int from, int to) {
    int n = 0;
    for (int i = from; i <= to && i < s.size(); i++) {
      int h = s.head(i);
      if (h >= a && h <= b && Character.isLetterOrDigit(s.token(i).text().charAt(0))) {
        n++;
      }
    }
    return n;
  }

  /** The last token that is not punctuation. */
  private static int lastWord(Sentence s) {
    int i = s.size() - 1;
    while (i > 0 && !Character.isLetterOrDigit(s.token(i).text().charAt(0))) {
      i--;
    }
    return i;
  }

  private static String bucket(int n) {
    return n >= 3 ? "3+" : Integer.toString(n);
  }

  private static String bucket2(int n) {
    return n <= 3 ? Integer.toString(n) : n <= 6 ? "4-6" : n <= 12 ? "7-12" : n <= 25 ? "13-25" : "26+";
  }

  private static String distance(int d) {
    int a = Math.abs(d);
    String size = a == 0 ? "0" : a == 1 ? "1" : a == 2 ? "2" : a <= 5 ? "3-5" : a <= 10 ? "6-10" : "11+";
    return (d < 0 ? "-" : d > 0 ? "+" : "") + size;
  }
}
