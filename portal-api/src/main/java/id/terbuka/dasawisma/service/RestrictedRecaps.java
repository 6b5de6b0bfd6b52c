package id.terbuka.dasawisma.service;

import id.terbuka.dasawisma.aggregate.RecapLevel;
import id.terbuka.dasawisma.aggregate.RecapRow;
import id.terbuka.dasawisma.aggregate.Recaps;
import id.terbuka.dasawisma.domain.PkkRole;
import id.terbuka.dasawisma.domain.Region;
import id.terbuka.dasawisma.domain.RegionLevel;
import id.terbuka.dasawisma.domain.RoleGrants;
import id.terbuka.dasawisma.persistence.HouseholdStore;
import id.terbuka.identity.domain.Actor;
import id.terbuka.shared.AccessDeniedException;
import id.terbuka.shared.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The restricted recaps (issue 12, item 4; PKK forms 4.16a-4.17c) for a TP PKK of the area: raw
 * counts of the current households, at a level at or below the area's, always computed from the
 * rows as they are now (so they follow every accepted import at once). Never public.
 */
@ApplicationScoped
@Transactional
public class RestrictedRecaps {
  @Inject HouseholdStore households;
  @Inject RegencyRegions regions;
  @Inject DasaWismaAccess access;

  /** A recap: its area, level and rows. */
  public record Recap(int tahun, RecapLevel level, Region area, List<RecapRow> rows) {}

  /**
   * The recap of {@code regionCode} (default: the actor's one TP PKK area) at {@code levelText}.
   */
  public Recap recap(Actor actor, int tahun, String levelText, String regionCode) {
    access.requireSignedIn(actor);
    RecapLevel level =
        RecapLevel.parse(levelText)
            .orElseThrow(
                () ->
                    InvalidInputException.of(
                        "level",
                        "Must be one of dasawisma, rt, rw, dusun, desa, kecamatan, kabupaten"));
    String code = area(actor, regionCode);
    Region area =
        regions
            .regions()
            .find(code)
            .orElseThrow(
                () -> InvalidInputException.of("kode", "Not a Kemendagri code of the regency"));
    if (!within(level, area.level())) {
      throw InvalidInputException.of(
          "level",
          "A recap of a "
              + area.level().code()
              + " goes down from its own level, not "
              + level.code());
    }
    access.requireRecap(actor, code);
    return new Recap(
        tahun, level, area, Recaps.of(regions.regions(), households.currentIn(tahun, code), level));
  }

  private String area(Actor actor, String regionCode) {
    if (regionCode != null && !regionCode.isBlank()) {
      return regionCode.strip();
    }
    RoleGrants grants = access.grants(actor);
    if (grants.all().stream().allMatch(g -> g.role() == PkkRole.KADER)) {
      throw new AccessDeniedException(
          "User " + actor.userName() + " has no TP PKK role: recaps are for TP PKK of the area");
    }
    return grants
        .onlyRecapArea()
        .orElseThrow(
            () ->
                InvalidInputException.of(
                    "kode",
                    "Name the area (kode): you hold TP PKK roles"
                        + " over several regions or none"));
  }

  /** Whether a recap at {@code level} is of the area's own level or below it. */
  static boolean within(RecapLevel level, RegionLevel areaLevel) {
    return switch (areaLevel) {
      case KABUPATEN -> true;
      case KECAMATAN -> level != RecapLevel.KABUPATEN;
      case DESA, KELURAHAN -> level.ordinal() <= RecapLevel.DESA.ordinal();
    };
  }
}
