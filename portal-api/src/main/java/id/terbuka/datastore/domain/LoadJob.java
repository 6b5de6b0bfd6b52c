package id.terbuka.datastore.domain;

import id.terbuka.datastore.load.ColumnType;
import java.util.Map;

/**
 * A claimed load: the resource, its dataset (to re-index), the stored file to load and the column
 * types the data dictionary imposes ({@code info.type_override}, by column name).
 */
public record LoadJob(
    String resourceId, String datasetId, String sha256, Map<String, ColumnType> typeOverrides) {
  public LoadJob(String resourceId, String datasetId, String sha256) {
    this(resourceId, datasetId, sha256, Map.of());
  }
}
