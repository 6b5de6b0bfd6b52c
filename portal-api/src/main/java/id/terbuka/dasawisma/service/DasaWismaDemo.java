package id.terbuka.dasawisma.service;

import id.terbuka.dasawisma.domain.HouseholdContent;
import id.terbuka.dasawisma.domain.PkkRole;
import id.terbuka.dasawisma.domain.RoleGrant;
import id.terbuka.dasawisma.persistence.HouseholdStore;
import id.terbuka.dasawisma.persistence.RoleStore;
import id.terbuka.dasawisma.persistence.TargetStore;
import id.terbuka.dasawisma.sample.DemoDasaWisma;
import id.terbuka.dasawisma.sample.SampleHousehold;
import id.terbuka.identity.domain.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The demo's Dasa Wisma (issue 12, item 9): a year of synthetic households for five kecamatan
 * ({@link DemoDasaWisma}), written as they would have been entered month by month over the past
 * twelve months (so that coverage rises on the pages), their targets, roles for the demo's admin
 * (TP PKK of the kabupaten, cadre of one desa) and this month's snapshot. The households are
 * written to the store with their past entry dates, which no import can do; that is why the demo
 * does not go through the import.
 */
@ApplicationScoped
public class DasaWismaDemo {
  @Inject HouseholdStore households;
  @Inject TargetStore targets;
  @Inject RoleStore roles;
  @Inject RegencyRegions regions;
  @Inject Snapshots snapshots;

  /** What the demo loaded. */
  public record Loaded(int tahun, int households, int desa, String cadreDesa) {}

  @Transactional
  public Loaded load(Actor admin) {
    YearMonth now = YearMonth.now(DasaWismaSettings.ZONE);
    int tahun = now.getYear();
    DemoDasaWisma.Plan plan = DemoDasaWisma.plan(regions.regions(), tahun, now);
    String adminId = admin.userId().orElseThrow();
    Map<YearMonth, List<HouseholdStore.NewVersion>> byMonth = new TreeMap<>();
    for (SampleHousehold h : plan.households()) {
      byMonth
          .computeIfAbsent(h.entered(), m -> new ArrayList<>())
          .add(
              new HouseholdStore.NewVersion(
                  h.household(), 1, HouseholdContent.hash(h.household())));
    }
    byMonth.forEach(
        (month, versions) ->
            households.write(
                versions,
                new HouseholdStore.Origin(
                    month.atDay(10).atTime(9, 0).atZone(DasaWismaSettings.ZONE).toInstant(),
                    adminId,
                    null)));
    targets.put(tahun, plan.targets(), adminId);
    String cadreDesa =
        plan.households().isEmpty()
            ? plan.targets().keySet().iterator().next()
            : plan.households().get(0).household().key().kodeDesa();
    roles.assign(adminId, new RoleGrant(PkkRole.TP_PKK_KABUPATEN, "35.22"), adminId);
    roles.assign(adminId, new RoleGrant(PkkRole.KADER, cadreDesa), adminId);
    snapshots.takeMonthly(admin, tahun, now);
    return new Loaded(tahun, plan.households().size(), plan.targets().size(), cadreDesa);
  }
}
