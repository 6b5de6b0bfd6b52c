package id.terbuka.web.publisher;

import id.terbuka.dasawisma.service.RoleAssignments;
import id.terbuka.dasawisma.service.Snapshots;
import id.terbuka.shared.AccessDeniedException;
import id.terbuka.shared.ConflictException;
import id.terbuka.shared.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Dasa Wisma home's POST forms for the walidata and the role administrators: publish this
 * month's snapshot ({@link Snapshots#publishNow}), assign a role and withdraw one ({@link
 * RoleAssignments}). The services decide who may; a refusal is the 403 page, a problem with what
 * was typed is shown next to the field on the home again, and success redirects (303) with a
 * notice.
 */
@ApplicationScoped
public class DasaWismaAdminForms {
  /** The role form's fields and their label keys, for the error summary. */
  static final Map<String, String> ROLE_LABELS =
      Map.of("user", "dw.roles.user", "role", "dw.roles.role", "region", "dw.roles.region");

  private static final Pattern NOT_A_REGION = Pattern.compile("Not a Kemendagri code.*");
  private static final Pattern WRONG_LEVEL =
      Pattern.compile("Role (\\S+) is held over a (\\S+), not (.*)");

  @Inject Snapshots snapshots;
  @Inject RoleAssignments roles;
  @Inject DasaWismaHome home;

  Outcome publishSnapshot(Call c) {
    if (!c.post()) {
      return Outcome.redirect("/dashboard/dasawisma");
    }
    int tahun = DasaWismaParams.parseYear(c.param("tahun")).orElse(DasaWismaParams.currentYear());
    try {
      snapshots.publishNow(c.actor(), tahun);
    } catch (AccessDeniedException e) {
      return Outcome.denied(c.me(), "dw.denied.walidata");
    } catch (ConflictException e) {
      return home.render(c, null, c.ctx().t("dw.snapshot.exists", tahun), 409);
    } catch (InvalidInputException e) {
      String problem =
          e.errors().containsKey("tahun")
              ? c.ctx().t("dw.snapshot.year", DasaWismaParams.currentYear())
              : c.ctx().t("dw.snapshot.setup");
      return home.render(c, null, problem, 422);
    }
    return Outcome.redirect("/dashboard/dasawisma?tahun=" + tahun + "&done=snapshot-published");
  }

  Outcome assignRole(Call c) {
    if (!c.post()) {
      return Outcome.redirect("/dashboard/dasawisma");
    }
    Form form =
        Form.empty()
            .set("user", c.param("user"))
            .set("role", c.param("role"))
            .set("region", c.param("region"));
    try {
      RoleAssignments.Assigned done =
          roles.assign(c.actor(), c.param("user"), c.param("role"), c.param("region"));
      return Outcome.redirect(
          "/dashboard/dasawisma?done=" + (done.created() ? "role-assigned" : "role-held"));
    } catch (AccessDeniedException e) {
      return Outcome.denied(c.me(), "dw.denied.roles");
    } catch (InvalidInputException e) {
      e.errors()
          .forEach(
              (field, messages) -> messages.forEach(m -> form.error(field, text(c, field, m))));
      return home.render(c, form, null, 422);
    }
  }

  Outcome revokeRole(Call c) {
    if (!c.post()) {
      return Outcome.redirect("/dashboard/dasawisma");
    }
    try {
      boolean removed =
          roles.revoke(c.actor(), c.param("user"), c.param("role"), c.param("region"));
      return Outcome.redirect(
          "/dashboard/dasawisma?done=" + (removed ? "role-revoked" : "role-not-held"));
    } catch (AccessDeniedException e) {
      return Outcome.denied(c.me(), "dw.denied.roles");
    } catch (InvalidInputException e) {
      // Only a crafted request gets here: the list's buttons send assignments that exist.
      return Outcome.redirect("/dashboard/dasawisma?done=role-not-held");
    }
  }

  /** The role service's English messages in the reader's language (the rules stay there). */
  private static String text(Call c, String field, String message) {
    Matcher wrong = WRONG_LEVEL.matcher(message);
    if (wrong.matches()) {
      return c.ctx().t("dw.roles.invalid.level", c.ctx().t("dw.role." + wrong.group(1)));
    }
    if (NOT_A_REGION.matcher(message).matches()) {
      return c.ctx().t("dw.roles.invalid.region");
    }
    if ("role".equals(field) && !message.startsWith("Missing")) {
      return c.ctx().t("dw.roles.invalid.role");
    }
    return FieldMessages.translate(c.ctx(), message);
  }
}
