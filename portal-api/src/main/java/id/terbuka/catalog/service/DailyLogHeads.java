package id.terbuka.catalog.service;

import id.terbuka.audit.service.AuditSettings;
import id.terbuka.identity.domain.Actor;
import id.terbuka.identity.service.UserService;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Publishes the log's heads up to today's midnight (WIB), checked every hour so that a node that
 * was down at midnight catches up; a run with no new day changes nothing.
 */
@Singleton
@Startup
public class DailyLogHeads {
  private static final Logger LOG = Logger.getLogger(DailyLogHeads.class.getName());

  @Inject LogHeadDataset dataset;
  @Inject UserService users;
  @Inject AuditSettings settings;

  @Schedule(minute = "7", hour = "*", persistent = false)
  void hourly() {
    if (!settings.dailyHead()) {
      return;
    }
    try {
      var admin = users.firstSysadmin();
      if (admin.isPresent()) {
        dataset.publish(
            Actor.system(admin.get()),
            LocalDate.now(LogHeadDataset.ZONE).atStartOfDay(LogHeadDataset.ZONE).toInstant());
      }
    } catch (RuntimeException e) {
      // The next hour tries again; a failed attempt published nothing (one transaction).
      LOG.log(Level.WARNING, "Daily heads of the publication log not published: {0}", e.toString());
    }
  }
}
