package id.terbuka.web;

import id.terbuka.catalog.ResourceDownloads;
import id.terbuka.identity.Actor;
import id.terbuka.identity.Authenticator;
import id.terbuka.search.SearchUnavailableException;
import id.terbuka.shared.AccessDeniedException;
import id.terbuka.shared.ObjectNotFoundException;
import id.terbuka.usage.UsageCounter;
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
 * catch-all. GET and HEAD for pages; POST only for the satisfaction form ({@link
 * SatisfactionForm}). Dataset page views and downloads are counted here ({@link UsageCounter}: in
 * memory, no database write on the request path).
 */
@WebServlet(
    name = "portal-pages",
    urlPatterns = {
      "",
      "/dataset",
      "/dataset/*",
      "/organization",
      "/organization/*",
      "/group",
      "/group/*"
    })
public class PortalServlet extends HttpServlet {
  private static final Logger LOG = Logger.getLogger(PortalServlet.class.getName());

  @Inject Pages pages;
  @Inject Authenticator authenticator;
  @Inject ResourceDownloads downloads;
  @Inject HomePage home;
  @Inject SearchPage search;
  @Inject DatasetPage dataset;
  @Inject ResourcePage resource;
  @Inject GroupListPage groupList;
  @Inject GroupPage groupPage;
  @Inject UsageCounter usage;
  @Inject SatisfactionForm satisfaction;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    handle(req, resp, false);
  }

  @Override
  protected void doHead(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    handle(req, resp, true);
  }

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    long started = System.nanoTime();
    Route route = Router.route(req.getServletPath(), req.getPathInfo());
    if (route.page() != Route.Page.SATISFACTION) {
      resp.setHeader("Allow", "GET, HEAD");
      resp.sendError(405);
      return;
    }
    req.setCharacterEncoding("UTF-8");
    PageContext ctx = pages.context(req, resp);
    View view;
    try {
      Actor actor = authenticator.fromRequest(req);
      var shown = satisfaction.submit(req, resp, ctx, actor, route.name());
      if (shown.isEmpty()) {
        return;
      }
      view = shown.get();
    } catch (ObjectNotFoundException | AccessDeniedException e) {
      view = ErrorView.of(404);
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Form failed: " + req.getRequestURI(), e);
      view = ErrorView.of(500);
    }
    pages.send(req, resp, ctx, view, started);
  }

  private void handle(HttpServletRequest req, HttpServletResponse resp, boolean head)
      throws IOException {
    long started = System.nanoTime();
    Route route = Router.route(req.getServletPath(), req.getPathInfo());
    if (route.page() == Route.Page.DOWNLOAD) {
      downloads.serve(req, resp, head);
      usage.downloadAnswered(
          req.getHeader("User-Agent"),
          req.getMethod(),
          resp.getStatus(),
          req.getHeader("Range"),
          null,
          ResourceDownloads.resourceId(req.getPathInfo()));
      return;
    }
    // Query parameters are UTF-8 (the container's default for them is ISO-8859-1).
    req.setCharacterEncoding("UTF-8");
    PageContext ctx = pages.context(req, resp);
    View view;
    try {
      Actor actor = authenticator.fromRequest(req);
      view =
          switch (route.page()) {
            case HOME -> home.render(ctx, actor);
            case SEARCH -> search.render(ctx, actor, SearchParams.parse(req.getParameterMap()));
            case RESOURCE ->
                resource.render(
                    ctx,
                    actor,
                    route.name(),
                    route.resourceId(),
                    PreviewParams.parse(req.getParameterMap()));
            case ORGANIZATIONS -> groupList.render(ctx, actor, true, req.getParameter("page"));
            case GROUPS -> groupList.render(ctx, actor, false, req.getParameter("page"));
            case ORGANIZATION ->
                groupPage.render(ctx, actor, true, route.name(), req.getParameterMap());
            case GROUP -> groupPage.render(ctx, actor, false, route.name(), req.getParameterMap());
            case DATASET ->
                dataset.render(
                    ctx, actor, route.name(), savedForm(req), SatisfactionForm.cookie(req));
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
    if (!head && view.status() == 200 && view.model() instanceof DatasetView d) {
      usage.datasetViewed(req.getHeader("User-Agent"), d.id());
    }
    if (!head && view.status() == 200 && view.model() instanceof ResourceView r) {
      // The flush finds the resource's dataset, as for downloads.
      usage.resourceViewed(req.getHeader("User-Agent"), null, r.id());
    }
    pages.send(req, resp, ctx, view, started);
  }

  /** After a saved satisfaction answer the page thanks the reader. */
  private static DatasetUsage.Form savedForm(HttpServletRequest req) {
    return req.getParameter(SatisfactionForm.SAVED_PARAM) == null
        ? DatasetUsage.Form.EMPTY
        : new DatasetUsage.Form(null, null, java.util.List.of(), true);
  }
}
