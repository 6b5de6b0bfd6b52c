package id.terbuka.datastore.domain;

import id.terbuka.datastore.load.ColumnType;
import java.util.Map;

/**
 * A claimed load: the resource, its dataset (to re-index), the stored file to load, the column
 * types the data dictionary imposes ({@code info.type_override}, by column name), and which of the
 * resource's tables it fills (the live one, or the one of a file waiting for review).
 */
public record LoadJob(
    String resourceId,
    String datasetId,
    String sha256,
    Map<String, ColumnType> typeOverrides,
    boolean waitingFile) {
  public LoadJob(String resourceId, String datasetId, String sha256) {
    this(resourceId, datasetId, sha256, Map.of(), false);
  }

  /** The table this load fills. */
  public TableRef table() {
    return new TableRef(resourceId, waitingFile);
  }
}
