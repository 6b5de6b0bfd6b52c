package id.terbuka.dasawisma.service;

import id.terbuka.dasawisma.persistence.HouseholdStore;
import id.terbuka.identity.domain.Actor;
import id.terbuka.identity.service.UserService;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Takes each month's snapshot once the month has begun (checked every hour, so a node that was down
 * on the first catches up): for every year of records with households, in the name of the first
 * sysadmin. Each month's snapshot counts the households as they stood on its first day.
 */
@Singleton
@Startup
public class MonthlySnapshots {
  private static final Logger LOG = Logger.getLogger(MonthlySnapshots.class.getName());

  @Inject Snapshots snapshots;
  @Inject HouseholdStore households;
  @Inject UserService users;
  @Inject DasaWismaSettings settings;

  @Schedule(minute = "17", hour = "*", persistent = false)
  void hourly() {
    if (!settings.monthlySnapshots()) {
      return;
    }
    try {
      takeDue(YearMonth.now(DasaWismaSettings.ZONE));
    } catch (RuntimeException e) {
      // The next hour tries again; nothing was published by a failed attempt (one transaction).
      LOG.log(Level.WARNING, "Monthly Dasa Wisma snapshot not taken: {0}", e.toString());
    }
  }

  /** Takes the snapshot of {@code bulan} for every year that has none for it yet. */
  public void takeDue(YearMonth bulan) {
    var admin = users.firstSysadmin();
    if (admin.isEmpty()) {
      return;
    }
    for (int tahun : households.years()) {
      boolean due =
          snapshots.list(tahun).stream().noneMatch(s -> s.bulan().equals(bulan))
              && tahun <= bulan.getYear();
      if (due) {
        snapshots
            .takeMonthly(Actor.system(admin.get()), tahun, bulan)
            .ifPresent(
                t ->
                    LOG.info(
                        "Dasa Wisma snapshot "
                            + tahun
                            + " "
                            + bulan
                            + ": "
                            + t.households()
                            + " households"));
      }
    }
  }
}
