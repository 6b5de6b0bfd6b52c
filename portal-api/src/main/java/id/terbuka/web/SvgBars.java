package id.terbuka.web;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A horizontal bar chart as inline SVG, drawn on the server so that no chart needs JavaScript
 * (issue 10, item 5). Each bar has its label above it and its value as text after it, so the chart
 * reads without colour or hover; the page puts a real table with the same figures next to it.
 *
 * <p>Pure and escaping everything it writes: labels come from imported files. Amounts are scaled in
 * {@link BigDecimal} (trillions of rupiah lose nothing before the final pixel width); zero and
 * negative values draw no bar but keep their value text; a scale of nothing (all zero) draws none.
 * The SVG has {@code role="img"} and is named by its {@code <title>} and {@code <desc>}.
 */
public final class SvgBars {
  /** One bar: its label, its value (scaled) and the value as the reader sees it. */
  public record Bar(String label, BigDecimal value, String valueText) {
    public Bar {
      Objects.requireNonNull(value, "value");
    }
  }

  static final int WIDTH = 400;
  static final int PLOT = 230;
  static final int ROW = 40;
  static final int LABEL_CHARS = 50;

  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,40}");

  private SvgBars() {}

  /**
   * The chart's SVG.
   *
   * @param id a prefix for the element ids ({@code [a-z][a-z0-9-]*}), unique on the page
   * @param title the chart's name
   * @param description what it shows and where the table with its figures is
   * @param scaleMax the value a full-length bar stands for at least (100 for percentages, drawn as
   *     a reference line); null to scale to the largest value
   */
  public static String horizontal(
      String id, String title, String description, List<Bar> bars, BigDecimal scaleMax) {
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException("Chart id must match " + ID + ": " + id);
    }
    BigDecimal max = scaleMax == null ? BigDecimal.ZERO : scaleMax.max(BigDecimal.ZERO);
    for (Bar b : bars) {
      max = max.max(b.value());
    }
    int height = Math.max(ROW, bars.size() * ROW) + 4;
    StringBuilder svg = new StringBuilder(256 + bars.size() * 200);
    openSvg(svg, id, title, description, height);
    int y = 0;
    for (Bar b : bars) {
      appendBar(svg, b, y, width(b.value(), max));
      y += ROW;
    }
    if (scaleMax != null && scaleMax.signum() > 0 && !bars.isEmpty()) {
      String x = number(width(scaleMax, max));
      svg.append("<line class=\"reference\" x1=\"")
          .append(x)
          .append("\" x2=\"")
          .append(x)
          .append("\" y1=\"16\" y2=\"")
          .append(height)
          .append("\"/>");
    }
    return svg.append("</svg>").toString();
  }

  /** The root element with the chart's accessible name and description. */
  private static void openSvg(
      StringBuilder svg, String id, String title, String description, int height) {
    svg.append(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(height)
        .append("\" aria-labelledby=\"")
        .append(id)
        .append("-title ")
        .append(id)
        .append("-desc\"><title id=\"")
        .append(id)
        .append("-title\">")
        .append(escape(title))
        .append("</title><desc id=\"")
        .append(id)
        .append("-desc\">")
        .append(escape(description))
        .append("</desc>");
  }

  /** One bar: its label above, the bar, and its value after it. */
  private static void appendBar(StringBuilder svg, Bar b, int y, double w) {
    svg.append("<g><title>")
        .append(escape(b.label() + ": " + b.valueText()))
        .append("</title><text x=\"0\" y=\"")
        .append(y + 14)
        .append("\" class=\"label\">")
        .append(escape(shorten(b.label())))
        .append("</text><rect x=\"0\" y=\"")
        .append(y + 19)
        .append("\" height=\"13\" width=\"")
        .append(number(w))
        .append("\"/><text x=\"")
        .append(number(w + 6))
        .append("\" y=\"")
        .append(y + 30)
        .append("\" class=\"value\">")
        .append(escape(b.valueText()))
        .append("</text></g>");
  }

  /** The bar's length: value / max of the plot, 0 for zero, negative or an empty scale. */
  static double width(BigDecimal value, BigDecimal max) {
    if (value.signum() <= 0 || max.signum() <= 0) {
      return 0;
    }
    BigDecimal ratio = value.divide(max, MathContext.DECIMAL64).min(BigDecimal.ONE);
    return ratio.doubleValue() * PLOT;
  }

  private static String number(double d) {
    return String.format(Locale.ROOT, "%.1f", d);
  }

  private static String shorten(String label) {
    String l = label == null ? "" : label.strip();
    return l.codePointCount(0, l.length()) <= LABEL_CHARS
        ? l
        : l.substring(0, l.offsetByCodePoints(0, LABEL_CHARS - 1)) + "…";
  }

  /**
   * Text for SVG character data and attributes: markup characters escaped, and characters XML 1.0
   * does not allow (controls, unpaired surrogates, U+FFFE/U+FFFF) dropped, since one of them would
   * make the inline SVG unreadable to an XML parser.
   */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (allowedInXml(c)) {
            out.appendCodePoint(c);
          }
        }
      }
    }
    return out.toString();
  }

  private static boolean allowedInXml(int c) {
    return c == '\t'
        || c == '\n'
        || c == '\r'
        || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD)
        || c >= 0x10000;
  }
}
