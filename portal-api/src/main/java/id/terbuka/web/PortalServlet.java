package id.terbuka.web;

import id.terbuka.catalog.ResourceDownloads;
import id.terbuka.identity.Actor;
import id.terbuka.identity.Authenticator;
import id.terbuka.search.SearchUnavailableException;
import id.terbuka.shared.AccessDeniedException;
import id.terbuka.shared.ObjectNotFoundException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The front controller of the public pages. It owns {@code /dataset/*} together with CKAN's
 * download URLs below it: {@link Router} tells them apart, and downloads go to {@link
 * ResourceDownloads} unchanged. The empty pattern is the context root only (the home page), not a
 * catch-all. GET and HEAD only: pages never change anything.
 */
@WebServlet(
    name = "portal-pages",
    urlPatterns = {"", "/dataset", "/dataset/*"})
public class PortalServlet extends HttpServlet {
  private static final Logger LOG = Logger.getLogger(PortalServlet.class.getName());

  @Inject Pages pages;
  @Inject Authenticator authenticator;
  @Inject ResourceDownloads downloads;
  @Inject HomePage home;
  @Inject SearchPage search;
  @Inject DatasetPage dataset;
  @Inject ResourcePage resource;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    handle(req, resp, false);
  }

  @Override
  protected void doHead(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    handle(req, resp, true);
  }

  private void handle(HttpServletRequest req, HttpServletResponse resp, boolean head)
      throws IOException {
    long started = System.nanoTime();
    Route route = Router.route(req.getServletPath(), req.getPathInfo());
    if (route.page() == Route.Page.DOWNLOAD) {
      downloads.serve(req, resp, head);
      return;
    }
    // Query parameters are UTF-8 (the container's default for them is ISO-8859-1).
    req.setCharacterEncoding("UTF-8");
    PageContext ctx = pages.context(req, resp);
    View view;
    try {
      Actor actor = authenticator.fromHeaders(req::getHeader);
      view =
          switch (route.page()) {
            case HOME -> home.render(ctx, actor);
            case SEARCH -> search.render(ctx, actor, SearchParams.parse(req.getParameterMap()));
            case DATASET -> dataset.render(ctx, actor, route.name());
            case RESOURCE ->
                resource.render(
                    ctx,
                    actor,
                    route.name(),
                    route.resourceId(),
                    PreviewParams.parse(req.getParameterMap()));
            default -> ErrorView.of(404);
          };
    } catch (ObjectNotFoundException | AccessDeniedException e) {
      view = ErrorView.of(404);
    } catch (SearchUnavailableException e) {
      view = ErrorView.of(503);
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Page failed: " + req.getRequestURI(), e);
      view = ErrorView.of(500);
    }
    pages.send(req, resp, ctx, view, started);
  }
}
