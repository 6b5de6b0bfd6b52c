package id.terbuka.audit.service;

import id.terbuka.audit.persistence.RetentionStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Applies the configured retention periods ({@code TERBUKA_RETENTION_LOG_DAYS}, {@code
 * TERBUKA_RETENTION_ACTIVITY_DAYS}; both 0 by default, which keeps everything for ever): the
 * publication log loses its entries stored before the period through a recorded {@code
 * retention_removal}, which verifiers bridge instead of reporting, and the activity stream loses
 * its older activities. Run daily by {@link DailyRetention} and on a sysadmin's request.
 */
@ApplicationScoped
public class Retention {
  private static final Logger LOG = Logger.getLogger(Retention.class.getName());

  @Inject AuditSettings settings;
  @Inject RetentionStore store;

  /** What a run removed; {@code recordSeq} is the retention removal entry, or null. */
  public record Outcome(
      long logDays,
      long activityDays,
      int logEntriesRemoved,
      int activitiesRemoved,
      Long recordSeq) {
    public Map<String, Object> toJson() {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("log_days", logDays);
      json.put("activity_days", activityDays);
      json.put("log_entries_removed", logEntriesRemoved);
      json.put("activities_removed", activitiesRemoved);
      json.put("record_seq", recordSeq);
      return json;
    }
  }

  /** Removes what the configured periods have ended for as of {@code now}, as {@code actor}. */
  @Transactional
  public Outcome apply(String actor, Instant now) {
    long logDays = settings.logRetentionDays();
    long activityDays = settings.activityRetentionDays();
    int activities = 0;
    if (activityDays > 0) {
      activities = store.removeActivitiesBefore(now.minus(Duration.ofDays(activityDays)));
    }
    int entries = 0;
    Long recordSeq = null;
    if (logDays > 0) {
      var removed =
          store.removeStoredBefore(
              now.minus(Duration.ofDays(logDays)),
              actor,
              "retention period of " + logDays + " days (TERBUKA_RETENTION_LOG_DAYS)",
              now);
      if (removed.isPresent()) {
        entries = removed.get().removed();
        recordSeq = removed.get().record().seq();
      }
    }
    Outcome outcome = new Outcome(logDays, activityDays, entries, activities, recordSeq);
    if (entries > 0 || activities > 0) {
      LOG.info(() -> "Retention applied: " + outcome);
    }
    return outcome;
  }
}
