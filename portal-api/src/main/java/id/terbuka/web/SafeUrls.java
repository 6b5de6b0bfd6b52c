package id.terbuka.web;

import java.util.Locale;
import java.util.Set;
import org.commonmark.renderer.html.UrlSanitizer;

/**
 * The link targets allowed in rendered Markdown: http(s), mailto and scheme-less (relative) URLs.
 * Stricter than commonmark's default, which also lets {@code data:} through.
 */
final class SafeUrls implements UrlSanitizer {
  private static final Set<String> SCHEMES = Set.of("http", "https", "mailto");

  @Override
  public String sanitizeLinkUrl(String url) {
    return allowed(url) ? url : "";
  }

  @Override
  public String sanitizeImageUrl(String url) {
    return sanitizeLinkUrl(url);
  }

  static boolean allowed(String url) {
    if (url == null) {
      return false;
    }
    // Browsers ignore control characters and spaces inside a scheme ("java\tscript:"): drop them
    // before looking for one.
    String u = url.replaceAll("[\\x00-\\x20]", "").toLowerCase(Locale.ROOT);
    int colon = u.indexOf(':');
    int end = indexOfAny(u, "/?#");
    if (colon < 0 || (end >= 0 && end < colon)) {
      return true; // no scheme: relative
    }
    return SCHEMES.contains(u.substring(0, colon));
  }

  private static int indexOfAny(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }
}
