package id.terbuka.web.publisher;

import id.terbuka.shared.TerbukaConfig;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.SessionTrackingMode;
import jakarta.servlet.annotation.WebListener;
import java.util.EnumSet;

/**
 * The session cookie of the publisher pages (ADR 0010): {@code HttpOnly} (no script reads it),
 * {@code SameSite=Lax} (not sent with other sites' POSTs and subresource requests, still sent when
 * a link from an e-mail opens the dashboard), {@code Secure} when the site is served over https
 * ({@code TERBUKA_SITE_URL}), and cookies only: never a session id in a URL.
 */
@WebListener
public class SessionCookies implements ServletContextListener {
  /** The cookie's name: not the container's default, which tells what runs behind it. */
  static final String NAME = "terbuka_session";

  /** Minutes without a request after which a publisher must sign in again. */
  static final int IDLE_MINUTES = 120;

  @Inject TerbukaConfig config;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    ServletContext context = event.getServletContext();
    context.setSessionTrackingModes(EnumSet.of(SessionTrackingMode.COOKIE));
    context.setSessionTimeout(IDLE_MINUTES);
    SessionCookieConfig cookie = context.getSessionCookieConfig();
    cookie.setName(NAME);
    cookie.setHttpOnly(true);
    cookie.setSecure(config.siteUrl().startsWith("https://"));
    cookie.setAttribute("SameSite", "Lax");
    cookie.setPath(context.getContextPath().isEmpty() ? "/" : context.getContextPath());
  }
}
