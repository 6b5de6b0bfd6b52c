package id.terbuka.web.publisher;

import id.terbuka.dasawisma.domain.PkkRole;
import id.terbuka.dasawisma.domain.RoleGrant;
import id.terbuka.dasawisma.domain.RoleGrants;
import id.terbuka.dasawisma.service.DasaWismaAccess;
import id.terbuka.identity.domain.Actor;
import id.terbuka.shared.InvalidInputException;
import java.util.List;
import java.util.Set;

/**
 * What the signed-in reader may do with Dasa Wisma data, asked of {@link DasaWismaAccess} once per
 * page so that the page shows only the parts she can use. It decides nothing: every read and write
 * behind those parts is checked again by its service.
 *
 * @param cadreDesa the desa whose households she enters, in code order
 * @param recapAreas the regions of her TP PKK roles, in code order
 * @param walidata whether she publishes snapshots and loads targets
 * @param roleAdministrator whether she assigns roles (a sysadmin or a TP PKK of the kabupaten)
 */
record DasaWismaReader(
    Set<String> cadreDesa, List<String> recapAreas, boolean walidata, boolean roleAdministrator) {

  static DasaWismaReader of(Actor actor, DasaWismaAccess access) {
    RoleGrants grants = access.grants(actor);
    List<String> areas =
        grants.all().stream()
            .filter(g -> g.role() != PkkRole.KADER)
            .map(RoleGrant::regionCode)
            .distinct()
            .sorted()
            .toList();
    return new DasaWismaReader(
        grants.enterableDesa(),
        areas,
        walidata(actor, access),
        actor.sysadmin() || grants.mayAssignRoles());
  }

  private static boolean walidata(Actor actor, DasaWismaAccess access) {
    try {
      return access.isWalidata(actor);
    } catch (InvalidInputException e) {
      // The publishing organisation is not set up yet: nobody is the walidata until it is.
      return false;
    }
  }

  boolean cadre() {
    return !cadreDesa.isEmpty();
  }

  boolean tpPkk() {
    return !recapAreas.isEmpty();
  }

  /** Whether she has any part in Dasa Wisma (otherwise the page says whom to ask). */
  boolean any() {
    return cadre() || tpPkk() || walidata || roleAdministrator;
  }
}
