package id.terbuka.web.i18n;

import java.util.Locale;
import java.util.Optional;

/** The languages of the pages. Indonesian is the default: the portal serves a regency in Java. */
public enum Language {
  ID("id"),
  EN("en");

  public static final Language DEFAULT = ID;

  private final String code;

  Language(String code) {
    this.code = code;
  }

  /** The BCP 47 tag used in {@code <html lang>}, {@code ?lang=} and the cookie. */
  public String code() {
    return code;
  }

  public Locale locale() {
    return Locale.forLanguageTag(code);
  }

  /** The language of a {@code lang} value; empty for anything else (case-insensitive, trimmed). */
  public static Optional<Language> of(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String c = code.trim().toLowerCase(Locale.ROOT);
    for (Language l : values()) {
      if (l.code.equals(c)) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }
}
