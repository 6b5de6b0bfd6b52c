package id.terbuka.web;

import java.util.List;

/**
 * The home page. "Most downloaded" waits for download counting (issue 4, part 5).
 *
 * @param searchDown whether search was unavailable (counts and newest datasets then missing)
 */
public record HomeView(
    long datasetCount,
    int unitCount,
    int topicCount,
    List<DatasetSummary> newest,
    List<GroupItem> topics,
    List<GroupItem> units,
    boolean searchDown) {

  /** An organisation or group with its number of visible datasets and its search link. */
  public record GroupItem(String name, String title, long count, String href) {}
}
