package id.terbuka.dcat.domain;

/**
 * Text and links as every output syntax can carry them. RDF/XML and Atom are XML 1.0, which has no
 * way to write most control characters (nor lone surrogates): a value holding one would make the
 * whole page fail, so those characters are dropped from literals, the same in every syntax. A link
 * is only written when it is a plain absolute http(s) URL.
 */
public final class XmlText {
  private XmlText() {}

  /** The text without the characters XML 1.0 cannot hold. */
  public static String clean(String s) {
    if (s == null) {
      return null;
    }
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok;
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        if (out != null) {
          out.append(c).append(s.charAt(i + 1));
        }
        i++;
        continue;
      }
      ok =
          c == '\t'
              || c == '\n'
              || c == '\r'
              || (c >= 0x20 && c <= 0xD7FF)
              || (c >= 0xE000 && c <= 0xFFFD);
      if (!ok && out == null) {
        out = new StringBuilder(s.substring(0, i));
      } else if (ok && out != null) {
        out.append(c);
      }
    }
    return out == null ? s : out.toString();
  }

  /**
   * Whether a value is an absolute http(s) URL of printable ASCII without IRI-breaking characters.
   */
  public static boolean isHttpUrl(String s) {
    return s != null && s.matches("(?i)https?://[^\\s<>\"{}|\\\\^`\\x00-\\x1F\\x7F-\\x{10FFFF}]+");
  }

  /** Whether a value looks like one e-mail address (so {@code mailto:} makes a valid IRI). */
  public static boolean isEmail(String s) {
    return s != null && s.matches("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
  }
}
