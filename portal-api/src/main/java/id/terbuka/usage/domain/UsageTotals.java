package id.terbuka.usage.domain;

/**
 * A dataset's counts so far: page views and downloads (of all its resources, every file version and
 * DataStore dumps included).
 */
public record UsageTotals(long views, long downloads) {
  public static final UsageTotals NONE = new UsageTotals(0, 0);

  /**
   * The search index's {@code popularity}: views plus downloads. Totals, not a recent window, so a
   * dataset's value only changes when it is used (a sliding window would need every dataset
   * reindexed every day).
   */
  public long popularity() {
    return views + downloads;
  }

  public UsageTotals plus(UsageTotals other) {
    return new UsageTotals(views + other.views, downloads + other.downloads);
  }
}
