package id.terbuka.dasawisma.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What one user may do with Dasa Wisma data, from the roles she holds (issue 12, items 1 and 4).
 * Regions nest by code ({@code 35.22} contains {@code 35.22.01}, which contains {@code
 * 35.22.01.2001}), so an area check needs no database.
 *
 * <p>A sysadmin holds no implicit role here: household rows and restricted recaps are personal
 * data, and administering the portal is not a reason to read them. A sysadmin assigns roles
 * (possibly to herself, which leaves a record).
 */
public final class RoleGrants {
  private final List<RoleGrant> grants;
  // Looked up for every row of an import: a cadre of many desa must not cost a scan per row.
  private final Set<String> kaderDesa;

  public RoleGrants(Collection<RoleGrant> grants) {
    this.grants = List.copyOf(grants);
    this.kaderDesa =
        this.grants.stream()
            .filter(g -> g.role() == PkkRole.KADER)
            .map(RoleGrant::regionCode)
            .collect(Collectors.toUnmodifiableSet());
  }

  public static RoleGrants none() {
    return new RoleGrants(List.of());
  }

  public List<RoleGrant> all() {
    return grants;
  }

  public boolean isEmpty() {
    return grants.isEmpty();
  }

  /** Whether the user is a cadre of this desa: enters, corrects and reads its households. */
  public boolean mayEnter(String kodeDesa) {
    return kaderDesa.contains(kodeDesa);
  }

  /** The desa whose households the user may enter, in code order. */
  public Set<String> enterableDesa() {
    Set<String> desa = new TreeSet<>();
    grants.stream().filter(g -> g.role() == PkkRole.KADER).forEach(g -> desa.add(g.regionCode()));
    return desa;
  }

  /**
   * Whether the user may read the restricted recaps of {@code regionCode}: a TP PKK role over that
   * region or a region containing it.
   */
  public boolean mayRecap(String regionCode) {
    return grants.stream()
        .anyMatch(g -> g.role() != PkkRole.KADER && contains(g.regionCode(), regionCode));
  }

  /** The one region of the user's TP PKK roles, when she has exactly one (a default area). */
  public Optional<String> onlyRecapArea() {
    List<String> areas =
        grants.stream()
            .filter(g -> g.role() != PkkRole.KADER)
            .map(RoleGrant::regionCode)
            .distinct()
            .toList();
    return areas.size() == 1 ? Optional.of(areas.get(0)) : Optional.empty();
  }

  /** Whether the user is TP PKK of the kabupaten, who assigns roles like a sysadmin. */
  public boolean mayAssignRoles() {
    return grants.stream().anyMatch(g -> g.role() == PkkRole.TP_PKK_KABUPATEN);
  }

  /** Whether {@code inner} is {@code outer} or lies inside it, by Kemendagri code. */
  public static boolean contains(String outer, String inner) {
    return inner.equals(outer) || inner.startsWith(outer + ".");
  }
}
