package id.terbuka.web.publisher;

import id.terbuka.catalog.service.GroupService;
import id.terbuka.identity.domain.Capacity;
import id.terbuka.shared.InvalidInputException;
import id.terbuka.shared.ObjectNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code /organization/members/{name}}: the members with their roles; organisation admins and
 * sysadmins add a user with a role, change a role (adding again) and remove a member, through
 * {@link GroupService} as {@code organization_member_create}/{@code _delete} do. Sysadmins also
 * switch the unit's review by the walidata on or off there ({@code review_required}, ADR 0016), as
 * {@code organization_patch} does.
 */
@ApplicationScoped
public class MemberPages {
  @Inject GroupService groups;

  Outcome members(Call c) {
    Map<String, Object> org = groups.show(c.actor(), c.route().name(), true, false);
    if (!c.post()) {
      return page(c, org, Form.empty().set("role", "editor"), 200);
    }
    Form form = Form.empty().set("username", c.param("username")).set("role", c.param("role"));
    try {
      groups.addMember(c.actor(), text(org.get("id")), c.param("username"), c.param("role"), true);
      return Outcome.redirect("/organization/members/" + org.get("name") + "?done=member-saved");
    } catch (InvalidInputException e) {
      return page(c, org, FieldMessages.addTo(form, c.ctx(), e.errors(), Map.of()), 422);
    } catch (ObjectNotFoundException e) {
      return page(c, org, form.error("username", c.ctx().t("invalid.user")), 422);
    }
  }

  Outcome remove(Call c) {
    Map<String, Object> org = groups.show(c.actor(), c.route().name(), true, false);
    if (!c.post()) {
      return Outcome.redirect("/organization/members/" + org.get("name"));
    }
    try {
      groups.removeMember(c.actor(), text(org.get("id")), c.param("username"), true);
    } catch (ObjectNotFoundException | InvalidInputException e) {
      return page(c, org, Form.empty().error("username", c.ctx().t("invalid.notmember")), 422);
    }
    return Outcome.redirect("/organization/members/" + org.get("name") + "?done=member-removed");
  }

  /** Turns the unit's review on or off; the catalogue refuses anyone but a sysadmin. */
  Outcome review(Call c) {
    Map<String, Object> org = groups.show(c.actor(), c.route().name(), true, false);
    String members = "/organization/members/" + org.get("name");
    if (!c.post()) {
      return Outcome.redirect(members);
    }
    String wanted = c.param("review_required");
    if (wanted
        == null) { // the service reads a missing value as false: never switch off by omission
      return page(c, org, Form.empty().error("review_required", c.ctx().t("invalid.missing")), 422);
    }
    Map<String, Object> changed;
    try {
      changed =
          groups.patch(c.actor(), text(org.get("id")), Map.of("review_required", wanted), true);
    } catch (InvalidInputException e) {
      return page(c, org, FieldMessages.addTo(Form.empty(), c.ctx(), e.errors(), Map.of()), 422);
    }
    boolean on = Boolean.TRUE.equals(changed.get("review_required"));
    return Outcome.redirect(members + "?done=review-" + (on ? "on" : "off"));
  }

  private static Outcome page(Call c, Map<String, Object> org, Form form, int status) {
    List<PublisherViews.Member> members = new ArrayList<>();
    if (org.get("users") instanceof List<?> users) {
      for (Object u : users) {
        if (u instanceof Map<?, ?> m) {
          members.add(
              new PublisherViews.Member(
                  text(m.get("name")), text(m.get("display_name")), text(m.get("capacity"))));
        }
      }
    }
    form.labels(Map.of("username", "login.username", "role", "members.role"));
    String title = text(org.get("display_name"));
    return Outcome.page(
        status,
        "publisher/members.jte",
        new PublisherViews.MembersView(
            c.me(),
            text(org.get("name")),
            title == null ? text(org.get("name")) : title,
            members,
            c.actor().can(Capacity.ADMIN, text(org.get("id"))),
            Boolean.TRUE.equals(org.get("review_required")),
            c.actor().sysadmin(),
            form,
            c.done()));
  }

  private static String text(Object o) {
    return o == null ? null : o.toString();
  }
}
