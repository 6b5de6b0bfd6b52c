package id.terbuka.audit.chain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** SHA-256 as the log writes it: 64 lower-case hex digits. */
public final class Sha256 {

  /** The previous hash of the first entry: 64 zeros. */
  public static final String ZERO = "0".repeat(64);

  private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");
  private static final HexFormat LOWER_HEX = HexFormat.of();

  private Sha256() {}

  /** The hash of {@code bytes} in lower-case hex. */
  public static String hex(byte[] bytes) {
    try {
      return LOWER_HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** True for 64 lower-case hex digits. */
  public static boolean isHex(String text) {
    return text != null && HEX.matcher(text).matches();
  }

  /** {@code text} if it is 64 lower-case hex digits; otherwise refused, naming the field. */
  static String require(String text, String field) {
    if (!isHex(text)) {
      throw new IllegalArgumentException(field + " must be 64 lower-case hex digits: " + text);
    }
    return text;
  }
}
