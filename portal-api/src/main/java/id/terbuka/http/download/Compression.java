package id.terbuka.http.download;

import java.util.Locale;

/**
 * When a download is gzipped: text-like media types only (CSV, JSON, XML and other text shrink
 * several times; spreadsheets, archives and images are compressed already), and only when the
 * client says it accepts gzip. Public for the pages, which compress HTML by the same rule.
 */
public final class Compression {
  private Compression() {}

  static boolean compressible(String contentType) {
    if (contentType == null) {
      return false;
    }
    String t = contentType.toLowerCase(Locale.ROOT).replaceAll(";.*$", "").trim();
    return t.startsWith("text/")
        || t.equals("application/json")
        || t.endsWith("+json")
        || t.equals("application/xml")
        || t.endsWith("+xml")
        || t.equals("application/csv")
        || t.equals("application/x-ndjson");
  }

  /** Whether {@code Accept-Encoding} allows gzip (listed, or {@code *}, without {@code q=0}). */
  public static boolean acceptsGzip(String acceptEncoding) {
    if (acceptEncoding == null) {
      return false;
    }
    boolean viaStar = false;
    for (String item : acceptEncoding.toLowerCase(Locale.ROOT).split(",")) {
      String[] parts = item.trim().split(";");
      String coding = parts[0].trim();
      boolean refused = false;
      for (int i = 1; i < parts.length; i++) {
        String p = parts[i].trim().replace(" ", "");
        if (p.startsWith("q=")) {
          try {
            refused = Double.parseDouble(p.substring(2)) <= 0;
          } catch (NumberFormatException e) {
            refused = true;
          }
        }
      }
      if (coding.equals("gzip") || coding.equals("x-gzip")) {
        return !refused;
      }
      if (coding.equals("*")) {
        viaStar = !refused;
      }
    }
    return viaStar;
  }
}
