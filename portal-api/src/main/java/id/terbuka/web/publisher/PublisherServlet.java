package id.terbuka.web.publisher;

import id.terbuka.http.FrontController;
import id.terbuka.http.Visitors;
import id.terbuka.identity.domain.Actor;
import id.terbuka.shared.AccessDeniedException;
import id.terbuka.shared.ObjectNotFoundException;
import id.terbuka.web.ErrorView;
import id.terbuka.web.PageContext;
import id.terbuka.web.Pages;
import id.terbuka.web.View;
import id.terbuka.web.publisher.PublisherRoute.Page;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The publisher pages' front controller. Everything but the sign-in page needs a signed-in user
 * (others are sent to sign in, and come back); every POST must carry the session's form token
 * ({@link Csrf}); answers are never stored by caches. Refusals are a 403 page in the reader's
 * language, a missing object the 404 page, never a stack trace.
 */
@WebServlet(
    name = "publisher-pages",
    urlPatterns = {
      "/user/*",
      "/dashboard",
      "/dashboard/*",
      "/dataset/new",
      "/dataset/edit/*",
      "/organization/members/*"
    })
@MultipartConfig(fileSizeThreshold = 1024 * 1024)
public class PublisherServlet extends FrontController {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(PublisherServlet.class.getName());

  @Inject transient Pages pages;
  @Inject transient Visitors visitors;
  @Inject transient LoginPage login;
  @Inject transient DashboardPage dashboard;
  @Inject transient DatasetForms datasetForms;
  @Inject transient ResourceForms resourceForms;
  @Inject transient MemberPages memberPages;
  @Inject transient TokenPages tokenPages;
  @Inject transient HarvestPages harvestPages;
  @Inject transient UserPages userPages;
  @Inject transient ReviewPages reviewPages;
  @Inject transient ImportPages importPages;
  @Inject transient DasaWismaHome dasaWismaHome;
  @Inject transient HouseholdForms householdForms;
  @Inject transient DasaWismaRecapPage dasaWismaRecap;
  @Inject transient DasaWismaAdminForms dasaWismaAdmin;

  @Override
  protected void handle(Exchange x) throws IOException {
    HttpServletResponse out = new NoStore(x.resp());
    HttpServletRequest request = x.req();
    if (x.bodyTooLarge() && !isMultipart(request)) {
      // Only the resource and import forms upload; any other form this large is not ours.
      out.setHeader("Connection", "close");
      out.sendError(413);
      return;
    }
    PublisherRoute route = PublisherRouter.route(request.getServletPath(), request.getPathInfo());
    if (reviewPages.servedFile(route, request, out, x.post())) {
      return;
    }
    HttpServletRequest req = request;
    if (x.bodyTooLarge()) {
      // Refused before the body is read, as the API does: nothing is stored, no time is spent.
      req = new QueryOnlyRequest(request);
      out.setHeader("Connection", "close");
    }
    // A form's body stays out of the page's links (the language switch repeats the parameters):
    // a password or a household's answers never end up in a URL.
    PageContext ctx = pages.context(x.post() ? new QueryOnlyRequest(req) : req, out);
    Actor actor = visitors.fromRequest(req);
    PublisherViews.Me me =
        actor.authenticated()
            ? new PublisherViews.Me(
                actor.userName(), PublisherSession.csrfToken(req), actor.sysadmin())
            : null;
    Outcome outcome;
    try {
      outcome = outcome(new Call(ctx, actor, route, req, me, x.post()), x.bodyTooLarge());
    } catch (AccessDeniedException e) {
      outcome = Outcome.denied(me, "denied.generic");
    } catch (ObjectNotFoundException e) {
      outcome = Outcome.page(404, "error.jte", new id.terbuka.web.ErrorView(404));
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Publisher page failed: " + req.getRequestURI(), e);
      outcome = Outcome.page(500, "error.jte", new id.terbuka.web.ErrorView(500));
    }
    SessionCookieFlags.complete(req, out);
    if (outcome.redirect() != null) {
      out.setStatus(303);
      out.setHeader("Location", ctx.url(outcome.redirect()));
      out.setContentLength(0);
      return;
    }
    View view = outcome.view();
    pages.send(req, out, ctx, view, x.startedNanos());
  }

  @Override
  protected void refuse(Exchange x, String field, String message) throws IOException {
    HttpServletResponse out = new NoStore(x.resp());
    PageContext ctx = pages.context(x.req(), out);
    pages.send(x.req(), out, ctx, ErrorView.badRequest(field), x.startedNanos());
  }

  private Outcome outcome(Call c, boolean tooLarge) {
    PublisherRoute route = c.route();
    if (route.page() == Page.NOT_FOUND) {
      return Outcome.page(404, "error.jte", new id.terbuka.web.ErrorView(404));
    }
    if (route.needsLogin() && !c.actor().authenticated()) {
      return signInFirst(c);
    }
    if (c.post() && !tooLarge && !Csrf.valid(c.req(), config.siteUrl())) {
      return Outcome.denied(c.me(), "denied.csrf");
    }
    return switch (route.page()) {
      case LOGIN -> login.login(c);
      case LOGOUT -> login.logout(c);
      case DASHBOARD -> dashboard.render(c);
      case DATASET_NEW -> datasetForms.create(c);
      case DATASET_EDIT -> datasetForms.edit(c);
      case DATASET_DELETE -> datasetForms.delete(c);
      case RESOURCES -> resourceForms.list(c, tooLarge);
      case RESOURCE_EDIT -> resourceForms.edit(c, tooLarge);
      case RESOURCE_DELETE -> resourceForms.delete(c);
      case MEMBERS -> memberPages.members(c);
      case MEMBER_REMOVE -> memberPages.remove(c);
      case ORG_REVIEW -> memberPages.review(c);
      case TOKENS -> tokenPages.tokens(c);
      case TOKEN_REVOKE -> tokenPages.revoke(c);
      case IMPORT -> importPages.upload(c, tooLarge);
      case IMPORT_REPORT -> importPages.report(c);
      case DASAWISMA -> dasaWismaHome.home(c);
      case DASAWISMA_HOUSEHOLD -> householdForms.form(c);
      case DASAWISMA_HOUSEHOLD_REMOVE -> householdForms.remove(c);
      case DASAWISMA_RECAP -> dasaWismaRecap.recap(c);
      case DASAWISMA_SNAPSHOT -> dasaWismaAdmin.publishSnapshot(c);
      case DASAWISMA_ROLE_ASSIGN -> dasaWismaAdmin.assignRole(c);
      case DASAWISMA_ROLE_REVOKE -> dasaWismaAdmin.revokeRole(c);
      case HARVEST -> harvestPages.sources(c);
      case HARVEST_SOURCE -> harvestPages.source(c);
      case USERS -> userPages.list(c);
      case USER_NEW -> userPages.create(c);
      case USER_DISABLE -> userPages.disable(c);
      case USER_ENABLE -> userPages.enable(c);
      case USER_PASSWORD -> userPages.resetPassword(c);
      case REVIEWS, REVIEW, REVIEW_APPROVE, REVIEW_RETURN, REVIEW_FILE -> reviewPages.page(c);
      case NOT_FOUND -> throw new ObjectNotFoundException("Not found");
    };
  }

  /** A signed-out visitor: a form is refused, a page sends them to sign in and come back. */
  private static Outcome signInFirst(Call c) {
    if (c.post()) {
      return Outcome.denied(null, "denied.signed-out");
    }
    String back =
        c.req().getServletPath() + (c.req().getPathInfo() == null ? "" : c.req().getPathInfo());
    return Outcome.redirect(
        "/user/login?came_from=" + URLEncoder.encode(back, StandardCharsets.UTF_8));
  }

  private static boolean isMultipart(HttpServletRequest req) {
    String type = req.getContentType();
    return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
  }

  /**
   * The publisher pages show private datasets, tokens and form tokens: no cache may keep them
   * (Pages sets {@code no-cache}, right for public pages, which this turns into {@code no-store}).
   */
  private static final class NoStore extends HttpServletResponseWrapper {
    NoStore(HttpServletResponse resp) {
      super(resp);
      resp.setHeader("Cache-Control", "no-store");
    }

    @Override
    public void setHeader(String name, String value) {
      super.setHeader(name, "Cache-Control".equalsIgnoreCase(name) ? "no-store" : value);
    }

    @Override
    public void addHeader(String name, String value) {
      if ("Cache-Control".equalsIgnoreCase(name)) {
        super.setHeader(name, "no-store");
      } else {
        super.addHeader(name, value);
      }
    }
  }
}
