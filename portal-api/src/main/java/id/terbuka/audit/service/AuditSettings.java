package id.terbuka.audit.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The publication log's configuration ({@code TERBUKA_AUDIT_*}, in docs/operations.md). */
@ApplicationScoped
public class AuditSettings {

  /**
   * Least time between two full checks asked for by callers who are not sysadmins: a full check
   * reads every entry and re-hashes every stored file, so strangers may not start them back to
   * back.
   */
  @Inject
  @ConfigProperty(name = "terbuka.audit.full.check.interval.minutes", defaultValue = "10")
  long fullCheckIntervalMinutes;

  /** Whether this node runs a full check once a day by itself (hour 02 WIB). */
  @Inject
  @ConfigProperty(name = "terbuka.audit.daily.full.check", defaultValue = "true")
  boolean dailyFullCheck;

  /** Whether this node publishes the daily heads of the log as a dataset. */
  @Inject
  @ConfigProperty(name = "terbuka.audit.daily.head", defaultValue = "true")
  boolean dailyHead;

  /** The organisation (name) that owns the dataset of daily heads: the walidata, Kominfo. */
  @Inject
  @ConfigProperty(
      name = "terbuka.audit.organization",
      defaultValue = "dinas-komunikasi-dan-informatika")
  String organization;

  /**
   * Days publication log entries are kept; 0 (the default) keeps them for ever. Older entries are
   * removed by a recorded retention removal (docs/audit-log.md, section 5).
   */
  @Inject
  @ConfigProperty(name = "terbuka.retention.log.days", defaultValue = "0")
  long logRetentionDays;

  /** Days activities (the datasets' history) are kept; 0 (the default) keeps them for ever. */
  @Inject
  @ConfigProperty(name = "terbuka.retention.activity.days", defaultValue = "0")
  long activityRetentionDays;

  public long logRetentionDays() {
    return Math.max(0, logRetentionDays);
  }

  public long activityRetentionDays() {
    return Math.max(0, activityRetentionDays);
  }

  public Duration fullCheckInterval() {
    return Duration.ofMinutes(Math.max(0, fullCheckIntervalMinutes));
  }

  public boolean dailyFullCheck() {
    return dailyFullCheck;
  }

  public boolean dailyHead() {
    return dailyHead;
  }

  public String organization() {
    return organization.strip();
  }
}
