package id.terbuka.web.i18n;

import java.util.Optional;

/**
 * Which language a page is rendered in, and whether to remember it. An explicit {@code ?lang=} wins
 * (so that a shared link shows what its sender saw) and is remembered in a cookie; without one the
 * cookie decides; without both, Indonesian. Unknown values are ignored, never an error.
 *
 * @param language the language to render
 * @param remember the value to store in the cookie, when the request chose one explicitly
 */
public record LanguageChoice(Language language, Optional<Language> remember) {
  /** The cookie that remembers the choice. */
  public static final String COOKIE = "lang";

  /**
   * @param param the {@code lang} query parameter, or null
   * @param cookie the {@code lang} cookie's value, or null
   */
  public static LanguageChoice of(String param, String cookie) {
    Optional<Language> asked = Language.of(param);
    if (asked.isPresent()) {
      Optional<Language> stored = Language.of(cookie);
      // Set the cookie only when it changes: most requests then carry no Set-Cookie.
      return new LanguageChoice(asked.get(), stored.equals(asked) ? Optional.empty() : asked);
    }
    return new LanguageChoice(Language.of(cookie).orElse(Language.DEFAULT), Optional.empty());
  }
}
