package id.terbuka.dasawisma.domain;

/**
 * One role held by one user over one region.
 *
 * @param role the role
 * @param regionCode the Kemendagri code of the region (a desa for a cadre)
 */
public record RoleGrant(PkkRole role, String regionCode) {}
