package id.terbuka.datastore.load;

import java.util.Locale;

/** Yes/no values in Indonesian and English; 1/0 are left to the integer type. */
final class Booleans {
  private Booleans() {}

  /** {@code "true"}, {@code "false"} or null if the text is not a boolean. */
  static String toBoolean(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "true", "ya", "yes" -> "true";
      case "false", "tidak", "no" -> "false";
      default -> null;
    };
  }
}
