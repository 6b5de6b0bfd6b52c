package id.terbuka.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import id.terbuka.http.download.Compression;
import id.terbuka.shared.TerbukaConfig;
import id.terbuka.web.i18n.LanguageChoice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.GZIPOutputStream;

/**
 * Renders {@link View}s with the precompiled jte templates and writes them: UTF-8 HTML, gzip when
 * the client accepts it (the whole page is rendered first, so the compressed length is known and a
 * template error can still become an error page), the language cookie when it changed, and the time
 * spent as {@code Server-Timing}.
 */
@ApplicationScoped
public class Pages {
  private static final Logger LOG = Logger.getLogger(Pages.class.getName());

  /** Package of the classes that jte-maven-plugin generates from src/main/jte (see the pom). */
  static final String TEMPLATE_PACKAGE = "id.terbuka.web.templates";

  /** Below this size gzip saves less than its header and the CPU cost. */
  static final int GZIP_MIN_BYTES = 1024;

  private static final int COOKIE_MAX_AGE = 365 * 24 * 3600;

  @Inject TerbukaConfig config;
  @Inject StaticAssets assets;

  private final TemplateEngine engine =
      TemplateEngine.createPrecompiled(
          null, ContentType.Html, Pages.class.getClassLoader(), TEMPLATE_PACKAGE);

  /**
   * The request's page context; sets the language cookie on {@code resp} when the choice changed.
   */
  public PageContext context(HttpServletRequest req, HttpServletResponse resp) {
    LanguageChoice choice =
        LanguageChoice.of(req.getParameter("lang"), cookie(req, LanguageChoice.COOKIE));
    choice
        .remember()
        .ifPresent(
            l -> {
              Cookie c = new Cookie(LanguageChoice.COOKIE, l.code());
              c.setPath(req.getContextPath().isEmpty() ? "/" : req.getContextPath());
              c.setMaxAge(COOKIE_MAX_AGE);
              c.setHttpOnly(true);
              c.setAttribute("SameSite", "Lax");
              resp.addCookie(c);
            });
    String path = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
    Object failed = req.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    if (failed != null && failed.toString().startsWith(req.getContextPath())) {
      // An error page: its links (language switch) are those of the URL that failed.
      path = failed.toString().substring(req.getContextPath().length());
    }
    return new PageContext(
        choice.language(),
        req.getContextPath(),
        config.siteUrl(),
        path.isEmpty() ? "/" : path,
        req.getParameterMap(),
        assets);
  }

  /** Renders and sends {@code view}; a failing template becomes the 500 page. */
  public void send(
      HttpServletRequest req, HttpServletResponse resp, PageContext ctx, View view, long started)
      throws IOException {
    byte[] html;
    int status = view.status();
    try {
      html = render(ctx, view);
    } catch (RuntimeException e) { // TemplateException included
      LOG.log(Level.SEVERE, "Page template failed: " + view.template(), e);
      status = 500;
      html = render(ctx, ErrorView.of(500));
    }
    resp.setStatus(status);
    resp.setContentType("text/html;charset=utf-8");
    resp.setHeader("Content-Language", ctx.lang());
    // Pages change with every edit and depend on the language cookie: revalidate each time.
    resp.setHeader("Cache-Control", "no-cache");
    resp.setHeader("Vary", "Accept-Encoding, Cookie");
    resp.setHeader("X-Content-Type-Options", "nosniff");
    resp.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    if (html.length >= GZIP_MIN_BYTES
        && Compression.acceptsGzip(req.getHeader("Accept-Encoding"))) {
      html = gzip(html);
      resp.setHeader("Content-Encoding", "gzip");
    }
    resp.setHeader(
        "Server-Timing",
        String.format(Locale.ROOT, "app;dur=%.1f", (System.nanoTime() - started) / 1e6));
    resp.setContentLength(html.length);
    if (!"HEAD".equals(req.getMethod())) {
      resp.getOutputStream().write(html);
    }
  }

  byte[] render(PageContext ctx, View view) {
    Utf8ByteOutput out = new Utf8ByteOutput();
    engine.render(view.template(), Map.of("ctx", ctx, "view", view.model()), out);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(out.getContentLength());
    try {
      out.writeTo(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 64);
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static String cookie(HttpServletRequest req, String name) {
    Cookie[] cookies = req.getCookies();
    if (cookies == null) {
      return null;
    }
    for (Cookie c : cookies) {
      if (name.equals(c.getName())) {
        return c.getValue();
      }
    }
    return null;
  }
}
