package id.terbuka.usage.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What one counter counts: a kind of use of a dataset (its page) or of one of its resources, on one
 * WIB calendar day.
 *
 * @param datasetId the dataset, or null when only the resource is known (DataStore dumps and file
 *     downloads name the resource; the flush looks its dataset up)
 * @param resourceId the resource, or {@code ""} for the dataset page itself
 */
public record UsageKey(LocalDate day, String datasetId, String resourceId, Kind kind) {
  /** A page view or a download; {@link #column()} is the value stored in {@code usage_daily}. */
  public enum Kind {
    VIEW("view"),
    DOWNLOAD("download");

    private final String column;

    Kind(String column) {
      this.column = column;
    }

    public String column() {
      return column;
    }
  }

  public UsageKey {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(kind, "kind");
    resourceId = resourceId == null ? "" : resourceId;
    if (datasetId == null && resourceId.isEmpty()) {
      throw new IllegalArgumentException("a dataset or a resource is needed");
    }
  }
}
