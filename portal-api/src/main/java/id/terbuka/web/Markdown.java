package id.terbuka.web;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Dataset descriptions (CKAN's {@code notes}, Markdown written by publishers) as safe HTML: raw
 * HTML in the text is escaped, not passed through ({@code <script>} shows as text), and link and
 * image URLs other than http(s), mailto and relative ones are dropped ({@link SafeUrls}). Images
 * become links to the image (commonmark would allow {@code data:} sources, and a remote image costs
 * a reader on a slow connection; a tracking pixel would reach a third party). No HTML is ever
 * parsed from the input, so no allow-list sanitiser is needed (and jsoup stays out of the WAR).
 * Links get {@code rel="nofollow noopener"}: publishers' links are not the portal's endorsements.
 */
public final class Markdown {
  private static final Parser PARSER = Parser.builder().build();
  private static final HtmlRenderer RENDERER =
      HtmlRenderer.builder()
          .escapeHtml(true)
          .sanitizeUrls(true)
          .urlSanitizer(new SafeUrls())
          .attributeProviderFactory(
              context ->
                  (node, tagName, attributes) -> {
                    if (node instanceof Link) {
                      attributes.put("rel", "nofollow noopener");
                    }
                  })
          .build();

  /** Descriptions longer than this are cut before parsing: rendering time stays bounded. */
  static final int MAX_INPUT = 100_000;

  private Markdown() {}

  /** The HTML of {@code text}; empty for null or blank. */
  public static String toHtml(String text) {
    if (text == null || text.isBlank()) {
      return "";
    }
    String input = text.length() > MAX_INPUT ? text.substring(0, MAX_INPUT) : text;
    Node doc = PARSER.parse(input);
    imagesToLinks(doc);
    return RENDERER.render(doc);
  }

  private static void imagesToLinks(Node doc) {
    List<Image> images = new ArrayList<>();
    doc.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Image image) {
            images.add(image);
          }
        });
    for (Image image : images) {
      Link link = new Link(image.getDestination(), image.getTitle());
      Node child = image.getFirstChild();
      while (child != null) {
        Node next = child.getNext();
        link.appendChild(child);
        child = next;
      }
      image.insertAfter(link);
      image.unlink();
    }
  }

  /** Plain text of the first paragraph, shortened: for meta descriptions and result snippets. */
  public static String summary(String text, int max) {
    if (text == null || text.isBlank()) {
      return "";
    }
    String input = text.length() > MAX_INPUT ? text.substring(0, MAX_INPUT) : text;
    StringBuilder b = new StringBuilder();
    PARSER
        .parse(input)
        .accept(
            new AbstractVisitor() {
              @Override
              public void visit(Text text) {
                b.append(text.getLiteral());
              }

              @Override
              public void visit(Code code) {
                b.append(code.getLiteral());
              }

              @Override
              public void visit(SoftLineBreak br) {
                b.append(' ');
              }

              @Override
              public void visit(HardLineBreak br) {
                b.append(' ');
              }

              @Override
              public void visit(Paragraph p) {
                visitChildren(p);
                b.append(' ');
              }

              @Override
              public void visit(Heading h) {
                visitChildren(h);
                b.append(' ');
              }
            });
    // Link targets and raw HTML are left out: a summary is what a reader would read.
    String plain = b.toString().replaceAll("\\s+", " ").strip();
    if (plain.length() <= max) {
      return plain;
    }
    int cut = plain.lastIndexOf(' ', max - 1);
    return plain.substring(0, cut > max / 2 ? cut : max - 1) + "…";
  }
}
