package id.terbuka.usage.service;

import id.terbuka.usage.domain.DownloadRule;
import id.terbuka.usage.domain.PendingCounts;
import id.terbuka.usage.domain.UsageKey;
import id.terbuka.usage.domain.UserAgents;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/**
 * Where pages and downloads report a use. Counting happens in memory ({@link PendingCounts});
 * {@link UsageFlusher} writes the counts every few seconds. Only what was used and when (the WIB
 * day) is kept: no address, no user agent, no user.
 */
@ApplicationScoped
public class UsageCounter {
  /** Days are Bojonegoro's (WIB), so daily reports match the office's calendar. */
  static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  private final PendingCounts pending = new PendingCounts();

  /** A dataset page was shown (GET, found) to a client with this {@code User-Agent}. */
  public void datasetViewed(String userAgent, String datasetId) {
    if (!UserAgents.automated(userAgent)) {
      pending.add(new UsageKey(today(), datasetId, "", UsageKey.Kind.VIEW), 1);
    }
  }

  /**
   * A resource page ({@code /dataset/{name}/resource/{id}}) was shown (GET, found). Counts towards
   * the dataset's views too: a resource page is a view of the dataset's data.
   */
  public void resourceViewed(String userAgent, String datasetId, String resourceId) {
    if (!UserAgents.automated(userAgent)) {
      pending.add(new UsageKey(today(), datasetId, resourceId, UsageKey.Kind.VIEW), 1);
    }
  }

  /**
   * A download URL of {@code resourceId} was answered with {@code status} (see {@link
   * DownloadRule}); {@code datasetId} may be null, the flush then looks it up.
   */
  public void downloadAnswered(
      String userAgent,
      String method,
      int status,
      String range,
      String datasetId,
      String resourceId) {
    if (DownloadRule.counts(method, status, range) && !UserAgents.automated(userAgent)) {
      pending.add(new UsageKey(today(), datasetId, resourceId, UsageKey.Kind.DOWNLOAD), 1);
    }
  }

  Map<UsageKey, Long> drain() {
    return pending.drain(today());
  }

  void restore(Map<UsageKey, Long> drained) {
    pending.restore(drained);
  }

  static LocalDate today() {
    return LocalDate.now(WIB);
  }
}
