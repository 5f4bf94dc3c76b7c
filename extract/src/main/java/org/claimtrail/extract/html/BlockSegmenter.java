package org.claimtrail.extract.html;

import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.claimtrail.extract.text.Blocks;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Cuts a DOM into text {@link Block}s in document order: every block-level element starts and ends
 * a block, {@code <br><br>} splits one, and text directly inside a {@code div} is a block of its
 * own. Iterative (jsoup's traversor), so 100 000 nested elements cannot overflow the stack.
 */
final class BlockSegmenter {
  static final Set<String> BLOCK_TAGS =
      Set.of("p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "blockquote", "pre",
          "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tr", "td", "th", "h1", "h2", "h3", "h4",
          "h5", "h6", "figure", "figcaption", "form", "fieldset", "address", "center", "body", "html", "hr",
          "details", "summary", "caption");

  private BlockSegmenter() {}

  static List<Block> segment(Element root) {
    List<Block> out = new ArrayList<>();
    Deque<Element> owners = new ArrayDeque<>();
    owners.push(root);
    StringBuilder text = new StringBuilder();
    int[] linkChars = {0};
    int[] linkDepth = {0};
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
              String s = t.text();
              if (!s.isBlank() || (text.length() > 0 && !s.isEmpty())) {
                int before = text.length();
                text.append(s);
                if (linkDepth[0] > 0) {
                  linkChars[0] += text.length() - before;
                }
              }
            } else if (node instanceof Element e) {
              String tag = e.normalName();
              if ("a".equals(tag)) {
                linkDepth[0]++;
              } else if ("br".equals(tag)) {
                text.append('\n');
              } else if (BLOCK_TAGS.contains(tag) && e != root) {
                flush(out, owners.peek(), text, linkChars);
                owners.push(e);
              }
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e) {
              String tag = e.normalName();
              if ("a".equals(tag)) {
                linkDepth[0]--;
              } else if (BLOCK_TAGS.contains(tag) && e != root) {
                flush(out, owners.peek(), text, linkChars);
                owners.pop();
              }
            }
          }
        },
        root);
    flush(out, owners.peek(), text, linkChars);
    return out;
  }

  private static void flush(List<Block> out, Element owner, StringBuilder text, int[] linkChars) {
    if (text.length() > 0) {
      String raw = text.toString();
      // A double line break inside one element separates paragraphs (old CMS markup).
      String[] parts = raw.split("\\n\\s*\\n");
      int totalRaw = Math.max(1, raw.length());
      boolean heading = owner.normalName().matches("h[1-6]");
      for (String part : parts) {
        String t = Blocks.normalise(part);
        if (!t.isEmpty()) {
          int links = (int) Math.round((double) linkChars[0] * part.length() / totalRaw);
          out.add(new Block(owner, t, Math.min(links, t.length()), heading));
        }
      }
    }
    text.setLength(0);
    linkChars[0] = 0;
  }
}
