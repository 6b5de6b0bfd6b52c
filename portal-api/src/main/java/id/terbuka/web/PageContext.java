package id.terbuka.web;

import id.terbuka.web.i18n.Formats;
import id.terbuka.web.i18n.Language;
import id.terbuka.web.i18n.Messages;
import java.util.Map;
import java.util.StringJoiner;

/**
 * What every template needs about the current request: the language with its texts and formats, and
 * how to build links (relative to the context root, so the WAR works under any context path;
 * absolute only for canonical URLs and API examples, from the configured site URL).
 *
 * @param path the request's path below the context root, for the language switch
 * @param query the request's parameters, for the language switch
 */
public record PageContext(
    Language language,
    String contextPath,
    String siteUrl,
    String path,
    Map<String, String[]> query,
    StaticAssets assets) {

  public Messages messages() {
    return Messages.of(language);
  }

  /** The interface text for {@code key}. */
  public String t(String key) {
    return messages().get(key);
  }

  /** The interface text for {@code key} with {@code {0}}, {@code {1}}... filled in. */
  public String t(String key, Object... args) {
    return messages().get(key, args);
  }

  public Formats fmt() {
    return new Formats(language);
  }

  public String lang() {
    return language.code();
  }

  /** A link to {@code path} ({@code /dataset?...}) on this site. */
  public String url(String path) {
    return contextPath + path;
  }

  /** The fingerprinted URL of a static file. */
  public String asset(String name) {
    return contextPath + assets.url(name);
  }

  /**
   * The canonical absolute URL of a page whose state is {@code path} (normalised by the page):
   * Indonesian without a language parameter, English with {@code lang=en}.
   */
  public String canonical(String path) {
    return siteUrl + withLanguage(path, language);
  }

  /** The canonical URL of the same page in {@code other} (for {@code hreflang} alternates). */
  public String canonicalIn(String path, Language other) {
    return siteUrl + withLanguage(path, other);
  }

  /** The current page in the other language (relative link; the choice is then remembered). */
  public String switchUrl(Language to) {
    StringJoiner q = new StringJoiner("&");
    query.forEach(
        (k, values) -> {
          if (!k.equals("lang")) {
            for (String v : values) {
              q.add(SearchParams.enc(k) + "=" + SearchParams.enc(v));
            }
          }
        });
    q.add("lang=" + to.code());
    return contextPath + path + "?" + q;
  }

  public Language other() {
    return language == Language.ID ? Language.EN : Language.ID;
  }

  private static String withLanguage(String path, Language language) {
    if (language == Language.DEFAULT) {
      return path;
    }
    return path + (path.contains("?") ? "&" : "?") + "lang=" + language.code();
  }
}
