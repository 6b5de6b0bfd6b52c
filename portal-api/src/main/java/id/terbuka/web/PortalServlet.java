package id.terbuka.web;

import id.terbuka.dcat.domain.RdfSyntax;
import id.terbuka.http.FrontController;
import id.terbuka.http.Visitors;
import id.terbuka.identity.domain.Actor;
import id.terbuka.search.SearchUnavailableException;
import id.terbuka.shared.AccessDeniedException;
import id.terbuka.shared.ObjectNotFoundException;
import id.terbuka.usage.service.UsageCounter;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
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
      "/group/*",
      "/anggaran",
      "/anggaran/*",
      "/kontrak",
      "/kontrak/*",
      "/dasawisma",
      "/dasawisma/*",
      "/laporan",
      "/laporan/*",
      "/developer",
      "/developer/*"
    })
public class PortalServlet extends FrontController {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(PortalServlet.class.getName());

  @Inject transient Pages pages;
  @Inject transient Visitors visitors;
  @Inject transient ResourceDownloads downloads;
  @Inject transient HomePage home;
  @Inject transient SearchPage search;
  @Inject transient DatasetPage dataset;
  @Inject transient ResourcePage resource;
  @Inject transient GroupListPage groupList;
  @Inject transient GroupPage groupPage;
  @Inject transient UsageCounter usage;
  @Inject transient SatisfactionForm satisfaction;
  @Inject transient BudgetPages budget;
  @Inject transient ContractExplorer contracts;
  @Inject transient ContractProcessPage contract;
  @Inject transient DasaWismaPages dasaWisma;
  @Inject transient ReportPage reports;
  @Inject transient DcatResponses dcat;
  @Inject transient DeveloperPage developer;
  @Inject transient HistoryPage history;

  @Override
  protected void handle(Exchange x) throws IOException {
    Route route = Router.route(x.req().getServletPath(), x.req().getPathInfo());
    if (x.post()) {
      post(x, route);
    } else if (route.page() == Route.Page.DOWNLOAD) {
      download(x);
    } else if (route.page() == Route.Page.DATASET_RDF) {
      dcat.dataset(
          x.resp(),
          x.head(),
          route.name(),
          RdfSyntax.ofExtension(route.resourceId()).orElseThrow());
    } else if (route.page() == Route.Page.BUDGET && budgetIndex(x)) {
      return;
    } else if (route.page() == Route.Page.DASAWISMA && dasaWismaIndex(x)) {
      return;
    } else {
      page(x, route);
    }
  }

  @Override
  protected void refuse(Exchange x, String field, String message) throws IOException {
    PageContext ctx = pages.context(x.req(), x.resp());
    pages.send(x.req(), x.resp(), ctx, ErrorView.badRequest(field), x.startedNanos());
  }

  private void post(Exchange x, Route route) throws IOException {
    HttpServletRequest req = x.req();
    HttpServletResponse resp = x.resp();
    if (route.page() != Route.Page.SATISFACTION) {
      resp.setHeader("Allow", "GET, HEAD");
      resp.sendError(405);
      return;
    }
    PageContext ctx = pages.context(req, resp);
    View view;
    try {
      Actor actor = visitors.fromRequest(req);
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
    pages.send(req, resp, ctx, view, x.startedNanos());
  }

  private void download(Exchange x) throws IOException {
    HttpServletRequest req = x.req();
    downloads.serve(req, x.resp(), x.head());
    usage.downloadAnswered(
        req.getHeader("User-Agent"),
        req.getMethod(),
        x.resp().getStatus(),
        req.getHeader("Range"),
        null,
        ResourceDownloads.resourceId(req.getPathInfo()));
  }

  private void page(Exchange x, Route route) throws IOException {
    HttpServletRequest req = x.req();
    HttpServletResponse resp = x.resp();
    PageContext ctx = pages.context(req, resp);
    View view;
    try {
      view = view(ctx, visitors.fromRequest(req), route, req);
    } catch (ObjectNotFoundException | AccessDeniedException e) {
      view = ErrorView.of(404);
    } catch (SearchUnavailableException e) {
      view = ErrorView.of(503);
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Page failed: " + req.getRequestURI(), e);
      view = ErrorView.of(500);
    }
    if (!x.head() && view.status() == 200 && view.model() instanceof DatasetView d) {
      usage.datasetViewed(req.getHeader("User-Agent"), d.id());
    }
    if (!x.head() && view.status() == 200 && view.model() instanceof ResourceView r) {
      // The flush finds the resource's dataset, as for downloads.
      usage.resourceViewed(req.getHeader("User-Agent"), null, r.id());
    }
    pages.send(req, resp, ctx, view, x.startedNanos());
  }

  /**
   * {@code /anggaran} redirects (302: it moves with the next year's import) to the newest year,
   * keeping an explicit language choice; false when no year has figures (the page then says so).
   */
  private boolean budgetIndex(Exchange x) throws IOException {
    var latest = budget.latestYear();
    if (latest.isEmpty()) {
      return false;
    }
    PageContext ctx = pages.context(x.req(), x.resp());
    String lang = x.req().getParameter("lang") == null ? "" : "?lang=" + ctx.lang();
    x.resp().setHeader("Cache-Control", "no-cache");
    x.resp().sendRedirect(ctx.url("/anggaran/" + latest.get() + lang));
    return true;
  }

  /**
   * {@code /dasawisma} redirects (302: it moves with the next year's snapshot) to the newest year
   * with a snapshot, keeping an explicit language choice; false when none is published yet.
   */
  private boolean dasaWismaIndex(Exchange x) throws IOException {
    var latest = dasaWisma.latestYear();
    if (latest.isEmpty()) {
      return false;
    }
    PageContext ctx = pages.context(x.req(), x.resp());
    String lang = x.req().getParameter("lang") == null ? "" : "?lang=" + ctx.lang();
    x.resp().setHeader("Cache-Control", "no-cache");
    x.resp().sendRedirect(ctx.url("/dasawisma/" + latest.get() + lang));
    return true;
  }

  private View view(PageContext ctx, Actor actor, Route route, HttpServletRequest req) {
    return switch (route.page()) {
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
      case ORGANIZATION -> groupPage.render(ctx, actor, true, route.name(), req.getParameterMap());
      case GROUP -> groupPage.render(ctx, actor, false, route.name(), req.getParameterMap());
      case DATASET_HISTORY -> history.history(ctx, actor, route.name(), req.getParameter("page"));
      case DATASET_CHANGE -> history.change(ctx, actor, route.name());
      case DATASET ->
          dataset.render(ctx, actor, route.name(), savedForm(req), SatisfactionForm.cookie(req));
      case BUDGET -> View.of("budgetNone.jte", "");
      case BUDGET_YEAR -> budget.year(ctx, actor, Integer.parseInt(route.name()));
      case BUDGET_UNIT ->
          budget.unit(
              ctx,
              actor,
              Integer.parseInt(route.name()),
              route.resourceId(),
              req.getParameter("periode"),
              req.getParameter("tab"));
      case CONTRACTS -> contracts.render(ctx, actor, ContractParams.parse(req.getParameterMap()));
      case CONTRACT -> contract.render(ctx, route.name());
      case DASAWISMA -> dasaWisma.none();
      case DASAWISMA_YEAR -> dasaWisma.year(ctx, Integer.parseInt(route.name()));
      case DASAWISMA_KECAMATAN ->
          dasaWisma.kecamatan(ctx, Integer.parseInt(route.name()), route.resourceId());
      case DASAWISMA_DESA ->
          dasaWisma.desa(ctx, Integer.parseInt(route.name()), route.resourceId());
      case REPORTS -> reports.render(ctx, req.getParameterMap());
      case DEVELOPER -> developer.render(ctx);
      default -> ErrorView.of(404);
    };
  }

  /** After a saved satisfaction answer the page thanks the reader. */
  private static DatasetUsage.Form savedForm(HttpServletRequest req) {
    return req.getParameter(SatisfactionForm.SAVED_PARAM) == null
        ? DatasetUsage.Form.EMPTY
        : new DatasetUsage.Form(null, null, java.util.List.of(), true);
  }
}
