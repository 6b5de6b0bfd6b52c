package id.terbuka.harvest.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * A harvest source's base URL: the CKAN site root (the harvester adds {@code /api/3/action/...}).
 * Only {@code http} and {@code https} with a host, no user info (a password in a URL ends up in
 * logs and reports), no query or fragment. A pasted action URL ({@code .../api/3/action/...}) is
 * cut back to the site root.
 */
public final class SourceUrl {
  private SourceUrl() {}

  /** The normalised base URL without a trailing slash, or a reason why it is refused. */
  public static String normalise(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("Missing value");
    }
    URI uri;
    try {
      uri = new URI(text.strip());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("Not a valid URL");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IllegalArgumentException("Must be an http or https URL");
    }
    if (uri.getHost() == null || uri.getHost().isBlank()) {
      throw new IllegalArgumentException("Must name a host");
    }
    if (uri.getRawUserInfo() != null) {
      throw new IllegalArgumentException("Must not contain a user name or password");
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw new IllegalArgumentException("Must not have a query or fragment");
    }
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    int api = path.indexOf("/api/");
    if (api >= 0) {
      path = path.substring(0, api);
    }
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
    return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + port + path;
  }
}
