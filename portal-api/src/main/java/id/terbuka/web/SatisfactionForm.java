package id.terbuka.web;

import id.terbuka.feedback.domain.Respondents;
import id.terbuka.feedback.domain.SatisfactionInput;
import id.terbuka.feedback.service.SatisfactionService;
import id.terbuka.identity.domain.Actor;
import id.terbuka.shared.TerbukaConfig;
import id.terbuka.web.i18n.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code POST /dataset/{name}/satisfaction}: the answer to "Bagaimana tanggapan Anda?" from a plain
 * HTML form. Accepted: the answer is stored for this browser's cookie (made on its first answer; a
 * later answer replaces the earlier one) and the reader is sent back to the page (303, so reloading
 * does not post again). Refused (another site's form, no answer, comment too long): the dataset
 * page again, with the reason in the reader's language and everything typed still in the form.
 */
@ApplicationScoped
public class SatisfactionForm {
  static final String SAVED_PARAM = "tanggapan";
  private static final int COOKIE_MAX_AGE = 365 * 24 * 3600;

  @Inject SatisfactionService satisfaction;
  @Inject DatasetPage page;
  @Inject TerbukaConfig config;

  /** Handles the POST; empty when it answered with a redirect, else the page to send. */
  public Optional<View> submit(
      HttpServletRequest req, HttpServletResponse resp, PageContext ctx, Actor actor, String name)
      throws IOException {
    String token = cookie(req);
    String answer = req.getParameter("answer");
    String comment = req.getParameter("comment");
    SatisfactionInput input = SatisfactionInput.parse(answer, comment);
    List<String> problems = new ArrayList<>();
    int status = 422;
    // Anonymous, without a token: only a declared origin of this portal is accepted.
    if (SameOrigin.of(req, config.siteUrl()) != SameOrigin.Verdict.SAME) {
      problems.add(ctx.t("satisfaction.error.origin"));
      status = 403;
    } else {
      for (SatisfactionInput.Problem p : input.problems()) {
        Object[] args =
            p.args().stream()
                .map(a -> a instanceof Number n ? ctx.fmt().number(n.longValue()) : a)
                .toArray();
        problems.add(ctx.t(p.key(), args));
      }
    }
    if (!problems.isEmpty()) {
      DatasetUsage.Form form =
          new DatasetUsage.Form(
              input.answer() == null ? null : input.answer().code(),
              input.comment(),
              problems,
              false);
      View view = page.render(ctx, actor, name, form, token);
      return Optional.of(new View(status, view.template(), view.model()));
    }
    if (!Respondents.valid(token)) {
      token = newRespondent(req, resp);
    }
    satisfaction.answer(actor, name, token, input);
    resp.setStatus(303);
    resp.setHeader("Location", savedUrl(ctx, name));
    resp.setHeader("Cache-Control", "no-store");
    return Optional.empty();
  }

  /** A new answer cookie for this browser, set on the response; returns its token. */
  private String newRespondent(HttpServletRequest req, HttpServletResponse resp) {
    String token = Respondents.newToken();
    Cookie c = new Cookie(Respondents.COOKIE, token);
    c.setPath(req.getContextPath().isEmpty() ? "/" : req.getContextPath());
    c.setMaxAge(COOKIE_MAX_AGE);
    c.setHttpOnly(true);
    c.setSecure(req.isSecure() || config.siteUrl().startsWith("https:"));
    c.setAttribute("SameSite", "Lax");
    resp.addCookie(c);
    return token;
  }

  /** Back to the dataset's answer section, saying it was saved, in the reader's language. */
  private static String savedUrl(PageContext ctx, String name) {
    return ctx.url("/dataset/" + name)
        + "?"
        + SAVED_PARAM
        + "=1"
        + (ctx.language() == Language.DEFAULT ? "" : "&lang=" + ctx.lang())
        + "#tanggapan";
  }

  /** The browser's answer cookie, null when it has none. */
  static String cookie(HttpServletRequest req) {
    Cookie[] cookies = req.getCookies();
    if (cookies != null) {
      for (Cookie c : cookies) {
        if (Respondents.COOKIE.equals(c.getName())) {
          return c.getValue();
        }
      }
    }
    return null;
  }
}
