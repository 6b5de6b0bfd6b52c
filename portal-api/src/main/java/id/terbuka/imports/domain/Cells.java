package id.terbuka.imports.domain;

/** How a cell's or header's text is tidied before it is used. */
final class Cells {
  private Cells() {}

  /**
   * Trimmed, with the invisible characters that copying from web pages and Word leaves behind
   * handled: a no-break space counts as a space, a zero-width space or stray byte order mark is
   * dropped. Null reads as empty.
   */
  static String clean(String text) {
    if (text == null) {
      return "";
    }
    String s = text;
    if (s.indexOf('\u00A0') >= 0) {
      s = s.replace('\u00A0', ' ');
    }
    if (s.indexOf('\uFEFF') >= 0 || s.indexOf('\u200B') >= 0) {
      s = s.replace("\uFEFF", "").replace("\u200B", "");
    }
    return s.strip();
  }
}
