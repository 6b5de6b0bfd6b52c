package id.terbuka.web.publisher;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Completes the session cookie the container just set. Payara Micro ignores {@code SameSite} from
 * {@code SessionCookieConfig.setAttribute} (checked by PublisherPagesIT), and marks {@code Secure}
 * only from the configuration; so before a publisher answer is sent, a {@code Set-Cookie} of the
 * session gets {@code SameSite=Lax}, and {@code Secure} when the request came over TLS, if it lacks
 * them. Other cookies pass unchanged.
 */
final class SessionCookieFlags {
  private SessionCookieFlags() {}

  static void complete(HttpServletRequest req, HttpServletResponse resp) {
    if (resp.isCommitted()) {
      return;
    }
    List<String> cookies = new ArrayList<>(resp.getHeaders("Set-Cookie"));
    if (cookies.stream().noneMatch(c -> c.startsWith(SessionCookies.NAME + "="))) {
      return;
    }
    boolean first = true;
    for (String c : cookies) {
      String value = c.startsWith(SessionCookies.NAME + "=") ? flagged(c, req.isSecure()) : c;
      if (first) {
        resp.setHeader("Set-Cookie", value);
        first = false;
      } else {
        resp.addHeader("Set-Cookie", value);
      }
    }
  }

  /** The cookie with {@code SameSite=Lax} and, over TLS, {@code Secure} added when missing. */
  static String flagged(String setCookie, boolean secureRequest) {
    String lower = setCookie.toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(setCookie);
    if (!lower.contains("samesite=")) {
      out.append("; SameSite=Lax");
    }
    if (secureRequest && !lower.matches("(?s).*;\\s*secure\\s*(;.*)?$")) {
      out.append("; Secure");
    }
    return out.toString();
  }
}
