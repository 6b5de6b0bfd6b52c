package id.terbuka.web.publisher;

import id.terbuka.identity.domain.PasswordHasher;
import id.terbuka.identity.domain.UserAccount;
import id.terbuka.identity.domain.UserRules;
import id.terbuka.identity.service.UserService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * {@code /user/login} and {@code /user/logout}. A failed login says only that name or password is
 * wrong, takes as long for a name that does not exist (a password hash is checked either way), and
 * counts towards {@link LoginThrottle}. A disabled account with the right password is told that it
 * is disabled, so its owner knows whom to ask.
 */
@ApplicationScoped
public class LoginPage {
  /** A hash of a random password: checked when the name is unknown, so both take as long. */
  private static final String DECOY_HASH = PasswordHasher.hash("decoy-" + System.nanoTime());

  @Inject UserService users;
  @Inject LoginThrottle throttle;

  Outcome login(Call c) {
    String cameFrom = safeTarget(c.param("came_from"));
    if (!c.post()) {
      if (c.actor().authenticated()) {
        return Outcome.redirect(cameFrom);
      }
      return form(c, Form.empty(), cameFrom, null, 200);
    }
    String name = c.param("username");
    String password = c.req().getParameter("password");
    Form form = Form.empty().set("username", name);
    if (name == null || password == null || password.isEmpty()) {
      if (name == null) {
        form.error("username", c.ctx().t("invalid.missing"));
      }
      if (password == null || password.isEmpty()) {
        form.error("password", c.ctx().t("invalid.missing"));
      }
      return form(c, form, cameFrom, null, 422);
    }
    if (throttle.blocked(name)) {
      return form(c, form, cameFrom, "login.throttled", 429);
    }
    Optional<UserAccount> user = users.withPassword(name, password);
    if (user.isPresent() && !UserRules.maySignIn(user.get().state())) {
      // The password was right: saying that the account is disabled tells a guesser nothing.
      throttle.failed(name);
      return form(c, form, cameFrom, "login.disabled", 200);
    }
    if (user.isEmpty()) {
      if (users.findByName(name).isEmpty()) {
        PasswordHasher.verify(password, DECOY_HASH);
      }
      throttle.failed(name);
      return form(c, form, cameFrom, "login.failed", 200);
    }
    throttle.succeeded(name);
    PublisherSession.signIn(c.req(), user.get().id());
    return Outcome.redirect(cameFrom);
  }

  Outcome logout(Call c) {
    if (!c.post()) {
      return Outcome.page(
          "publisher/confirm.jte",
          new PublisherViews.ConfirmView(
              c.me(),
              "logout.title",
              "logout.text",
              c.me().userName(),
              "/user/logout",
              "logout.button",
              "/dashboard"));
    }
    PublisherSession.signOut(c.req());
    return Outcome.redirect("/");
  }

  private static Outcome form(Call c, Form form, String cameFrom, String problem, int status) {
    form.labels(java.util.Map.of("username", "login.username", "password", "login.password"));
    return Outcome.page(
        status,
        "publisher/login.jte",
        new PublisherViews.LoginView(PublisherSession.csrfToken(c.req()), form, cameFrom, problem));
  }

  /** Only a path of this site: never {@code //evil.example} or an absolute URL (open redirect). */
  static String safeTarget(String cameFrom) {
    if (cameFrom == null
        || !cameFrom.startsWith("/")
        || cameFrom.startsWith("//")
        || cameFrom.contains("\\")
        || cameFrom.contains("\r")
        || cameFrom.contains("\n")) {
      return "/dashboard";
    }
    return cameFrom;
  }
}
