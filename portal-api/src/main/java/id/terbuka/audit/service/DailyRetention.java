package id.terbuka.audit.service;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Applies the retention periods once a day at 03:30 WIB, after the daily full check, when any is
 * configured. Several nodes may run it: the append lock lets one remove, the others find nothing.
 */
@Singleton
@Startup
public class DailyRetention {
  @Inject Retention retention;
  @Inject AuditSettings settings;

  @Schedule(hour = "3", minute = "30", timezone = "Asia/Jakarta", persistent = false)
  void daily() {
    if (settings.logRetentionDays() > 0 || settings.activityRetentionDays() > 0) {
      retention.apply("system", Instant.now());
    }
  }
}
