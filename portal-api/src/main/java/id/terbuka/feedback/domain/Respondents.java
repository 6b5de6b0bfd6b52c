package id.terbuka.feedback.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The browser token behind "one answer per browser": 128 random bits in a cookie, nothing else
 * about the visitor. The database keeps only its SHA-256, so the table cannot be used to answer on
 * someone else's behalf.
 */
public final class Respondents {
  /** The cookie's name; its value is {@link #newToken()}. */
  public static final String COOKIE = "terbuka_tanggapan";

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Pattern TOKEN = Pattern.compile("^[A-Za-z0-9_-]{22}$");

  private Respondents() {}

  public static String newToken() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Whether a cookie value is a token this class made (anything else is ignored). */
  public static boolean valid(String token) {
    return token != null && TOKEN.matcher(token).matches();
  }

  public static String hash(String token) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
