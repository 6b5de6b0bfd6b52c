package id.terbuka.dasawisma.service;

import id.terbuka.catalog.domain.DatasetAccess;
import id.terbuka.catalog.service.GroupService;
import id.terbuka.dasawisma.domain.RoleGrants;
import id.terbuka.dasawisma.persistence.RoleStore;
import id.terbuka.identity.domain.Actor;
import id.terbuka.shared.AccessDeniedException;
import id.terbuka.shared.AuthenticationRequiredException;
import id.terbuka.shared.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Who may do what with Dasa Wisma data (issue 12, item 1). Every service checks here before it
 * reads or writes, whatever the page or endpoint in front of it:
 *
 * <ul>
 *   <li>a cadre (kader) of a desa enters, corrects, removes and reads that desa's households;
 *   <li>a TP PKK of a desa, kecamatan or the kabupaten reads the restricted recaps of its area;
 *   <li>the walidata (an editor of the publishing organisation, or a sysadmin) publishes snapshots
 *       and loads targets;
 *   <li>a sysadmin or a TP PKK of the kabupaten assigns roles.
 * </ul>
 */
@ApplicationScoped
public class DasaWismaAccess {
  @Inject RoleStore roles;
  @Inject GroupService groups;
  @Inject DasaWismaSettings settings;

  /** The roles the actor holds (none for an anonymous caller). */
  public RoleGrants grants(Actor actor) {
    return actor.userId().map(id -> new RoleGrants(roles.grantsOf(id))).orElse(RoleGrants.none());
  }

  public void requireSignedIn(Actor actor) {
    if (!actor.authenticated()) {
      throw new AuthenticationRequiredException(
          "Sign in with an API token (Authorization header) for Dasa Wisma data");
    }
  }

  /** The actor's roles, after checking she is a cadre of {@code kodeDesa}. */
  public RoleGrants requireCadre(Actor actor, String kodeDesa) {
    requireSignedIn(actor);
    RoleGrants grants = grants(actor);
    if (!grants.mayEnter(kodeDesa)) {
      throw new AccessDeniedException(
          "User " + actor.userName() + " is not a cadre (kader) of desa " + kodeDesa);
    }
    return grants;
  }

  /** The actor's roles, after checking she is a cadre of at least one desa. */
  public RoleGrants requireAnyCadre(Actor actor) {
    requireSignedIn(actor);
    RoleGrants grants = grants(actor);
    if (grants.enterableDesa().isEmpty()) {
      throw new AccessDeniedException(
          "User " + actor.userName() + " is not a cadre (kader) of any desa");
    }
    return grants;
  }

  /** Checks that the actor may read the restricted recaps of {@code regionCode}. */
  public void requireRecap(Actor actor, String regionCode) {
    requireSignedIn(actor);
    if (!grants(actor).mayRecap(regionCode)) {
      throw new AccessDeniedException(
          "User " + actor.userName() + " has no TP PKK role over " + regionCode);
    }
  }

  public boolean isWalidata(Actor actor) {
    return actor.authenticated()
        && (actor.sysadmin() || DatasetAccess.canEdit(actor, organization().id()));
  }

  public void requireWalidata(Actor actor) {
    requireSignedIn(actor);
    if (!isWalidata(actor)) {
      throw new AccessDeniedException(
          "Only the walidata (editors of organization "
              + settings.organization()
              + ") or a sysadmin may do this");
    }
  }

  public void requireRoleAdministrator(Actor actor) {
    requireSignedIn(actor);
    if (!actor.sysadmin() && !grants(actor).mayAssignRoles()) {
      throw new AccessDeniedException(
          "Only a sysadmin or a TP PKK of the kabupaten may assign Dasa Wisma roles");
    }
  }

  /** The organisation that owns the published datasets and records the imports. */
  public GroupService.Unit organization() {
    return groups
        .activeOrganization(settings.organization())
        .orElseThrow(
            () ->
                InvalidInputException.of(
                    "organization",
                    "The Dasa Wisma organization "
                        + settings.organization()
                        + " does not exist; a sysadmin creates it (TERBUKA_DASAWISMA_ORGANIZATION)"));
  }
}
