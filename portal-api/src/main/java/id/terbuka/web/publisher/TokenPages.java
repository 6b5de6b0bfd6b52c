package id.terbuka.web.publisher;

import id.terbuka.identity.domain.ApiToken;
import id.terbuka.identity.service.TokenService;
import id.terbuka.shared.InvalidInputException;
import id.terbuka.shared.ObjectNotFoundException;
import id.terbuka.web.i18n.Formats;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code /user/{name}/api-tokens}: the user's tokens (name, created, last used), a form that
 * creates one and shows it this once, and revocation, all through {@link TokenService}.
 */
@ApplicationScoped
public class TokenPages {
  @Inject TokenService tokens;

  Outcome tokens(Call c) {
    String user = c.route().name();
    if (!c.post()) {
      return page(c, user, null, Form.empty(), 200);
    }
    Form form = Form.empty().set("name", c.param("name"));
    try {
      TokenService.CreatedToken created = tokens.create(c.actor(), user, c.param("name"));
      // Shown in this answer only (no-store); a reload shows the list without it.
      return page(c, user, created.token(), Form.empty(), 200);
    } catch (InvalidInputException e) {
      return page(c, user, null, FieldMessages.addTo(form, c.ctx(), e.errors(), Map.of()), 422);
    }
  }

  Outcome revoke(Call c) {
    String user = c.route().name();
    if (!c.post()) {
      return Outcome.redirect("/user/" + user + "/api-tokens");
    }
    try {
      tokens.revoke(c.actor(), null, c.param("jti"));
    } catch (ObjectNotFoundException | InvalidInputException e) {
      return page(c, user, null, Form.empty().error("jti", c.ctx().t("token.gone")), 422);
    }
    return Outcome.redirect("/user/" + user + "/api-tokens?done=token-revoked");
  }

  private Outcome page(Call c, String user, String created, Form form, int status) {
    form.labels(Map.of("name", "token.name"));
    Formats fmt = c.ctx().fmt();
    List<PublisherViews.TokenRow> rows = new ArrayList<>();
    for (ApiToken t : tokens.list(c.actor(), user)) {
      rows.add(
          new PublisherViews.TokenRow(
              t.id(),
              t.name(),
              fmt.dateTime(t.created().toInstant(ZoneOffset.UTC)),
              t.lastAccess() == null
                  ? c.ctx().t("token.never")
                  : fmt.dateTime(t.lastAccess().toInstant(ZoneOffset.UTC))));
    }
    return Outcome.page(
        status,
        "publisher/tokens.jte",
        new PublisherViews.TokensView(c.me(), user, rows, created, form, c.done()));
  }
}
