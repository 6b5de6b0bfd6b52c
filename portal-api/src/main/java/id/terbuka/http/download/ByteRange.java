package id.terbuka.http.download;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a {@code Range} header asks of a file of known size. Only a single byte range is served
 * partially; anything else (several ranges, other units, bad syntax) is answered with the whole
 * file, which RFC 9110 allows and every client handles.
 *
 * @param kind whole file, one range, or nothing satisfiable
 * @param first first byte (inclusive), for {@link Kind#PARTIAL}
 * @param last last byte (inclusive), for {@link Kind#PARTIAL}
 */
public record ByteRange(Kind kind, long first, long last) {
  private static final Pattern SINGLE =
      Pattern.compile("^bytes\\s*=\\s*(\\d*)\\s*-\\s*(\\d*)\\s*$");
  private static final ByteRange WHOLE = new ByteRange(Kind.WHOLE, -1, -1);
  private static final ByteRange UNSATISFIABLE = new ByteRange(Kind.UNSATISFIABLE, -1, -1);

  /** The answer a range request gets. */
  public enum Kind {
    WHOLE,
    PARTIAL,
    UNSATISFIABLE
  }

  /** Interprets {@code header} (may be null) for a file of {@code size} bytes. */
  public static ByteRange parse(String header, long size) {
    if (header == null) {
      return WHOLE;
    }
    Matcher m = SINGLE.matcher(header.trim());
    if (!m.matches()) {
      return WHOLE;
    }
    String a = m.group(1);
    String b = m.group(2);
    try {
      if (a.isEmpty()) {
        if (b.isEmpty()) {
          return WHOLE;
        }
        // Suffix: the last n bytes (all of them when n exceeds the size).
        long n = Long.parseLong(b);
        if (n == 0 || size == 0) {
          return UNSATISFIABLE;
        }
        return new ByteRange(Kind.PARTIAL, Math.max(0, size - n), size - 1);
      }
      long first = Long.parseLong(a);
      if (!b.isEmpty() && Long.parseLong(b) < first) {
        return WHOLE;
      }
      if (first >= size) {
        return UNSATISFIABLE;
      }
      long last = b.isEmpty() ? size - 1 : Math.min(Long.parseLong(b), size - 1);
      return new ByteRange(Kind.PARTIAL, first, last);
    } catch (NumberFormatException e) {
      // Digits beyond a long: no file is that large, so nothing there can be satisfied.
      return a.length() > 18 ? UNSATISFIABLE : WHOLE;
    }
  }

  /** Number of bytes in a partial range. */
  public long length() {
    return last - first + 1;
  }

  /** The {@code Content-Range} value of this answer for a file of {@code size} bytes. */
  public String contentRange(long size) {
    return kind == Kind.PARTIAL ? "bytes " + first + "-" + last + "/" + size : "bytes */" + size;
  }
}
