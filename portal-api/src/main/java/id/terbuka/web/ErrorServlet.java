package id.terbuka.web;

import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The container's error pages (web.xml {@code <error-page>}: unknown URLs, uncaught exceptions).
 * Readers get the friendly page in their language; API and dump clients, which never asked for
 * HTML, get the short plain text the container would have sent.
 */
@WebServlet(name = "error-pages", urlPatterns = "/_error")
public class ErrorServlet extends HttpServlet {
  @Inject Pages pages;

  @Override
  protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    long started = System.nanoTime();
    Object code = req.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer i ? i : 404;
    String uri = String.valueOf(req.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
    String below =
        uri.startsWith(req.getContextPath()) ? uri.substring(req.getContextPath().length()) : uri;
    if (below.startsWith("/api/") || below.startsWith("/datastore/")) {
      Object message = req.getAttribute(RequestDispatcher.ERROR_MESSAGE);
      byte[] text =
          (message == null || message.toString().isBlank() ? "Error " + status : message.toString())
              .getBytes(StandardCharsets.UTF_8);
      resp.setStatus(status);
      resp.setContentType("text/plain;charset=utf-8");
      resp.setContentLength(text.length);
      resp.getOutputStream().write(text);
      return;
    }
    req.setCharacterEncoding("UTF-8");
    PageContext ctx = pages.context(req, resp);
    pages.send(req, resp, ctx, ErrorView.of(status == 404 ? 404 : 500), started);
  }
}
