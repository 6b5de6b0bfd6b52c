package id.terbuka.audit.service;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/**
 * Runs the full check of the publication log once a day at 02:00 WIB, a quiet hour, so that a
 * change to an old entry or a stored file is found within a day even if nobody asks.
 */
@Singleton
@Startup
public class DailyFullCheck {
  @Inject FullCheck fullCheck;
  @Inject AuditSettings settings;

  @Schedule(hour = "2", minute = "0", timezone = "Asia/Jakarta", persistent = false)
  void daily() {
    if (settings.dailyFullCheck()) {
      fullCheck.startScheduled();
    }
  }
}
