package id.terbuka.datastore.load;

/** Yes/no values in Indonesian and English; 1/0 are left to the integer type. */
final class Booleans {
  private static final String[] YES = {"true", "ya", "yes"};
  private static final String[] NO = {"false", "tidak", "no"};

  private Booleans() {}

  /** {@code "true"}, {@code "false"} or null if the text is not a boolean. */
  static String toBoolean(String text) {
    // equalsIgnoreCase: no lower-cased copy of every cell of every column being inferred.
    if (text.length() > 5) {
      return null;
    }
    for (String yes : YES) {
      if (yes.equalsIgnoreCase(text)) {
        return "true";
      }
    }
    for (String no : NO) {
      if (no.equalsIgnoreCase(text)) {
        return "false";
      }
    }
    return null;
  }
}
