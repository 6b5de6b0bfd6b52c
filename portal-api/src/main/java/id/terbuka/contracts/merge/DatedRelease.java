package id.terbuka.contracts.merge;

import java.time.Instant;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A release checked for merging: its ocid and its date, both as written and as an instant.
 *
 * @param release the release as given (never changed by the merge)
 * @param position where it stood in the caller's list, for messages and stable ordering
 * @param ocid its {@code ocid}
 * @param date its {@code date} exactly as written (the compiled release's id reuses it)
 * @param instant its date as an instant, for sorting across time-zone offsets
 */
record DatedRelease(ObjectNode release, int position, String ocid, String date, Instant instant) {

  /** The release's {@code id}, or a missing node when it has none. */
  JsonNode releaseId() {
    return release.path("id");
  }

  /** The release's {@code tag}, or a missing node. */
  JsonNode tag() {
    return release.path("tag");
  }
}
