package id.terbuka.ckan;

import id.terbuka.accounts.service.Accounts;
import id.terbuka.identity.domain.ApiToken;
import id.terbuka.identity.domain.UserAccount;
import id.terbuka.identity.domain.UserRules;
import id.terbuka.identity.domain.UserUpdate;
import id.terbuka.identity.service.TokenService;
import id.terbuka.identity.service.UserService;
import id.terbuka.shared.AccessDeniedException;
import id.terbuka.shared.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Users and API tokens; a created user is recorded as a {@code new user} activity, an updated or
 * deleted (disabled) one as {@code changed user}.
 */
@ApplicationScoped
public class IdentityActions {
  @Inject UserService users;
  @Inject Accounts accounts;
  @Inject TokenService tokens;

  void register(ActionTable t) {
    t.write(
        "user_create",
        c ->
            user(
                accounts.create(
                    c.actor(),
                    c.text("name"),
                    c.text("email"),
                    c.text("password"),
                    c.text("fullname"),
                    c.bool("sysadmin", false)),
                true));
    t.write(
        "user_update",
        c ->
            user(
                accounts.update(
                    c.actor(),
                    c.required("id"),
                    u ->
                        new UserUpdate(
                            c.text("name"),
                            c.text("email"),
                            c.text("fullname"),
                            c.text("about"),
                            c.text("password"),
                            users.passwordMatches(u, c.text("old_password")),
                            c.params().containsKey("sysadmin") ? c.bool("sysadmin", false) : null)),
                true));
    // CKAN marks the account deleted; here it is disabled, as on the account pages, so that its
    // name keeps meaning one person in the log and the activities, and a sysadmin can re-enable it.
    t.write(
        "user_delete",
        c -> {
          accounts.disable(c.actor(), c.required("id"));
          return null;
        });
    t.read(
        "user_show",
        c -> {
          UserAccount u =
              users.require(c.text("id") != null ? c.text("id") : c.required("user_obj"));
          return user(u, UserRules.maySeePrivateFields(c.actor(), u));
        });
    t.write(
        "api_token_create",
        c -> {
          TokenService.CreatedToken created =
              tokens.create(c.actor(), c.text("user"), c.text("name"));
          return Map.of("token", created.token());
        });
    t.read(
        "api_token_list",
        c -> {
          if (!c.actor().authenticated()) {
            throw new AccessDeniedException("User not authorized to list API tokens");
          }
          String user = c.text("user_id") != null ? c.text("user_id") : c.text("user");
          return tokens
              .list(c.actor(), user == null ? c.actor().userId().orElseThrow() : user)
              .stream()
              .map(IdentityActions::token)
              .toList();
        });
    t.write(
        "api_token_revoke",
        c -> {
          tokens.revoke(c.actor(), c.text("token"), c.text("jti"));
          return null;
        });
  }

  static Map<String, Object> user(UserAccount u, boolean withPrivate) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", u.id());
    m.put("name", u.name());
    m.put("fullname", u.fullname());
    m.put("display_name", u.fullname() == null ? u.name() : u.fullname());
    m.put("about", u.about());
    m.put("created", Timestamps.ckan(u.created()));
    m.put("sysadmin", u.sysadmin());
    m.put("state", u.state());
    if (withPrivate) {
      m.put("email", u.email());
    }
    return m;
  }

  static Map<String, Object> token(ApiToken t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", t.id());
    m.put("name", t.name());
    m.put("user_id", t.userId());
    m.put("created_at", Timestamps.ckan(t.created()));
    m.put("last_access", Timestamps.ckan(t.lastAccess()));
    return m;
  }
}
