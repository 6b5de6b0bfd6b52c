package id.terbuka.dasawisma.service;

import id.terbuka.dasawisma.domain.PkkRole;
import id.terbuka.dasawisma.domain.Region;
import id.terbuka.dasawisma.domain.RoleGrant;
import id.terbuka.dasawisma.persistence.RoleStore;
import id.terbuka.identity.domain.Actor;
import id.terbuka.identity.service.UserService;
import id.terbuka.shared.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * Assigning and withdrawing Dasa Wisma roles (issue 12, item 4: {@code POST
 * /api/v1/dasawisma/roles}), by a sysadmin or a TP PKK of the kabupaten. A role is held over a
 * region of its level: a cadre or TP PKK desa over a desa or kelurahan, a TP PKK kecamatan over a
 * kecamatan, a TP PKK kabupaten over the kabupaten.
 */
@ApplicationScoped
@Transactional
public class RoleAssignments {
  @Inject RoleStore store;
  @Inject DasaWismaAccess access;
  @Inject RegencyRegions regions;
  @Inject UserService users;

  /** An assignment as the API shows it. */
  public record Assigned(String userName, String role, String regionCode, boolean created) {}

  public Assigned assign(Actor actor, String userRef, String roleText, String regionCode) {
    access.requireRoleAdministrator(actor);
    Target target = target(userRef, roleText, regionCode);
    boolean created = store.assign(target.userId(), target.grant(), actor.userId().orElseThrow());
    return new Assigned(
        target.userName(), target.grant().role().code(), target.grant().regionCode(), created);
  }

  /** Withdraws a role; false when the user did not hold it. */
  public boolean revoke(Actor actor, String userRef, String roleText, String regionCode) {
    access.requireRoleAdministrator(actor);
    Target target = target(userRef, roleText, regionCode);
    return store.revoke(target.userId(), target.grant());
  }

  /** An assignment as the role administrators see it. */
  public record Listed(
      String userId, String userName, String role, String regionCode, Instant assignedAt) {}

  /** Every assignment, by region then user, for the role administrators' page. */
  public List<Listed> all(Actor actor) {
    access.requireRoleAdministrator(actor);
    return store.all().stream()
        .map(
            a ->
                new Listed(
                    a.userId(),
                    users.find(a.userId()).map(u -> u.name()).orElse(a.userId()),
                    a.grant().role().code(),
                    a.grant().regionCode(),
                    a.assignedAt()))
        .toList();
  }

  private record Target(String userId, String userName, RoleGrant grant) {}

  private Target target(String userRef, String roleText, String regionCode) {
    if (userRef == null || userRef.isBlank()) {
      throw InvalidInputException.of("user", "Missing value");
    }
    PkkRole role =
        PkkRole.parse(roleText)
            .orElseThrow(
                () ->
                    InvalidInputException.of(
                        "role",
                        "Must be one of kader, tp_pkk_desa, tp_pkk_kecamatan, tp_pkk_kabupaten"));
    if (regionCode == null || regionCode.isBlank()) {
      throw InvalidInputException.of("region", "Missing value");
    }
    String code = regionCode.strip();
    Region region =
        regions
            .regions()
            .find(code)
            .orElseThrow(
                () ->
                    InvalidInputException.of(
                        "region", "Not a Kemendagri code of the regency: " + code));
    if (!role.heldOver(region.level())) {
      throw InvalidInputException.of(
          "region",
          "Role " + role.code() + " is held over a " + role.level().code() + ", not " + code);
    }
    var user =
        users
            .find(userRef.strip())
            .orElseThrow(() -> InvalidInputException.of("user", "User not found"));
    return new Target(user.id(), user.name(), new RoleGrant(role, code));
  }
}
