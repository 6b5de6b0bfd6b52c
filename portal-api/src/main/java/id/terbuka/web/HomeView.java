package id.terbuka.web;

import java.util.List;

/**
 * The home page.
 *
 * @param searchDown whether search was unavailable (counts and newest datasets then missing)
 * @param mostDownloaded the most downloaded datasets (empty until something was downloaded)
 */
public record HomeView(
    long datasetCount,
    int unitCount,
    int topicCount,
    List<DatasetSummary> newest,
    List<GroupItem> topics,
    List<GroupItem> units,
    boolean searchDown,
    List<DatasetSummary> mostDownloaded) {

  /** An organisation or group with its number of visible datasets and its search link. */
  public record GroupItem(String name, String title, long count, String href) {}
}
