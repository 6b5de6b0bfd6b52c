package id.terbuka.web.publisher;

import id.terbuka.accounts.service.Accounts;
import id.terbuka.identity.domain.UserAccount;
import id.terbuka.identity.domain.UserRules;
import id.terbuka.shared.AccessDeniedException;
import id.terbuka.shared.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The sysadmins' account pages, through {@link Accounts} as {@code user_create} goes: {@code
 * /dashboard/users} lists every account (name, full name, email, sysadmin, active or disabled);
 * {@code .../new} creates one with the API's rules; {@code .../{name}/disable} (after a
 * confirmation) and {@code .../{name}/enable} switch it off and on; {@code .../{name}/password}
 * (after a confirmation) gives it a generated password, shown this once. Anyone else gets a 403
 * page.
 */
@ApplicationScoped
public class UserPages {
  private static final String LIST = "/dashboard/users";

  @Inject Accounts accounts;

  /** An account as listed. */
  public record UserRow(
      String name, String fullname, String email, boolean sysadmin, boolean active, boolean me) {}

  /**
   * The list.
   *
   * @param problem a message already in the reader's language (a refused change), or null
   */
  public record UsersView(PublisherViews.Me me, List<UserRow> users, String done, String problem) {}

  /** The form that creates an account. */
  public record NewUserView(PublisherViews.Me me, Form form) {}

  /** A generated password, shown once. */
  public record PasswordView(PublisherViews.Me me, String user, String password) {}

  Outcome list(Call c) {
    try {
      return list(c, null, 200);
    } catch (AccessDeniedException e) {
      return denied(c);
    }
  }

  Outcome create(Call c) {
    try {
      if (!c.post()) {
        // Asked first, so that a non-sysadmin gets the 403 page rather than the form.
        UserRules.requireMayManageUsers(c.actor());
        return newUser(c, Form.empty(), 200);
      }
      Form form =
          Form.empty()
              .set("name", c.param("name"))
              .set("fullname", c.param("fullname"))
              .set("email", c.param("email"))
              .set("sysadmin", c.param("sysadmin"));
      try {
        accounts.create(
            c.actor(),
            c.param("name"),
            c.param("email"),
            // As typed: spaces may be part of a password; the password is never shown again.
            c.raw("password"),
            c.param("fullname"),
            "1".equals(c.param("sysadmin")));
      } catch (InvalidInputException e) {
        return newUser(c, FieldMessages.addTo(form, c.ctx(), e.errors(), Map.of()), 422);
      }
      return Outcome.redirect(LIST + "?done=user-created");
    } catch (AccessDeniedException e) {
      return denied(c);
    }
  }

  Outcome disable(Call c) {
    try {
      UserAccount user = accounts.require(c.actor(), c.route().name());
      if (!c.post()) {
        return confirm(c, user, "disable", "users.disable");
      }
      try {
        accounts.disable(c.actor(), user.id());
      } catch (InvalidInputException e) {
        return list(c, firstMessage(c, e), 422);
      }
      return Outcome.redirect(LIST + "?done=user-disabled");
    } catch (AccessDeniedException e) {
      return denied(c);
    }
  }

  Outcome enable(Call c) {
    try {
      UserAccount user = accounts.require(c.actor(), c.route().name());
      if (!c.post()) {
        return Outcome.redirect(LIST);
      }
      accounts.enable(c.actor(), user.id());
      return Outcome.redirect(LIST + "?done=user-enabled");
    } catch (AccessDeniedException e) {
      return denied(c);
    }
  }

  Outcome resetPassword(Call c) {
    try {
      UserAccount user = accounts.require(c.actor(), c.route().name());
      if (!c.post()) {
        return confirm(c, user, "password", "users.reset");
      }
      String password = accounts.resetPassword(c.actor(), user.id());
      // Shown in this answer only (no-store); a reload of the list shows no trace of it.
      return Outcome.page(
          "publisher/userPassword.jte", new PasswordView(c.me(), user.name(), password));
    } catch (AccessDeniedException e) {
      return denied(c);
    }
  }

  private Outcome list(Call c, String problem, int status) {
    List<UserRow> rows = new ArrayList<>();
    for (UserAccount u : accounts.list(c.actor())) {
      rows.add(
          new UserRow(
              u.name(),
              u.fullname(),
              u.email(),
              u.sysadmin(),
              UserRules.maySignIn(u.state()),
              c.actor().is(u.id())));
    }
    return Outcome.page(
        status, "publisher/users.jte", new UsersView(c.me(), rows, c.done(), problem));
  }

  private static Outcome newUser(Call c, Form form, int status) {
    form.labels(
        Map.of(
            "name", "login.username",
            "fullname", "users.fullname",
            "email", "users.email",
            "password", "users.password"));
    return Outcome.page(status, "publisher/userNew.jte", new NewUserView(c.me(), form));
  }

  private static Outcome confirm(Call c, UserAccount user, String action, String key) {
    return Outcome.page(
        "publisher/confirm.jte",
        new PublisherViews.ConfirmView(
            c.me(),
            key + ".title",
            key + ".text",
            user.name(),
            LIST + "/" + user.name() + "/" + action,
            key,
            LIST));
  }

  private static String firstMessage(Call c, InvalidInputException e) {
    return e.errors().values().stream()
        .flatMap(List::stream)
        .findFirst()
        .map(m -> FieldMessages.translate(c.ctx(), m))
        .orElse(c.ctx().t("denied.generic"));
  }

  private static Outcome denied(Call c) {
    return Outcome.denied(c.me(), "denied.users");
  }
}
