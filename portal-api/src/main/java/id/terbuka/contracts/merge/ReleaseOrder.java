package id.terbuka.contracts.merge;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks that releases belong to one process and puts them in the order the merge folds them:
 * oldest first by their {@code date} read as instants, so {@code 2024-01-01T08:00:00+07:00} comes
 * before {@code 2024-01-01T02:00:00Z}. Releases with the same instant keep the order they were
 * given in (the sort is stable), so a caller decides which of two same-moment releases wins.
 */
final class ReleaseOrder {

  private ReleaseOrder() {}

  /**
   * The releases, checked and sorted oldest first.
   *
   * @throws IllegalArgumentException when the list is empty, an entry is not an object, lacks a
   *     string {@code ocid} or {@code date}, has a date that is not an RFC 3339 date-time with an
   *     offset, or has another ocid than the first release
   */
  static List<DatedRelease> sorted(List<? extends JsonNode> releases) {
    if (releases == null || releases.isEmpty()) {
      throw new IllegalArgumentException("no releases to merge: a record needs at least one");
    }
    List<DatedRelease> dated = new ArrayList<>(releases.size());
    String firstOcid = null;
    for (int i = 0; i < releases.size(); i++) {
      DatedRelease release = checked(releases.get(i), i);
      if (firstOcid == null) {
        firstOcid = release.ocid();
      } else if (!firstOcid.equals(release.ocid())) {
        throw new IllegalArgumentException(
            describe(release.release(), i)
                + " has ocid \""
                + release.ocid()
                + "\" but release 0 has \""
                + firstOcid
                + "\": a record merges the releases of one ocid only");
      }
      dated.add(release);
    }
    dated.sort(Comparator.comparing(DatedRelease::instant));
    return dated;
  }

  private static DatedRelease checked(JsonNode node, int position) {
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("release " + position + " is not a JSON object");
    }
    ObjectNode release = (ObjectNode) node;
    JsonNode ocid = release.get("ocid");
    if (ocid == null || !ocid.isString() || ocid.stringValue().isEmpty()) {
      throw new IllegalArgumentException(
          describe(release, position) + " has no ocid (a non-empty string is required)");
    }
    JsonNode date = release.get("date");
    if (date == null || !date.isString()) {
      throw new IllegalArgumentException(
          describe(release, position)
              + " has no date (a string such as 2024-03-01T09:00:00+07:00 is required)");
    }
    try {
      OffsetDateTime parsed =
          OffsetDateTime.parse(date.stringValue(), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
      return new DatedRelease(
          release, position, ocid.stringValue(), date.stringValue(), parsed.toInstant());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          describe(release, position)
              + " has date \""
              + date.stringValue()
              + "\", which is not an RFC 3339 date-time with an offset such as"
              + " 2024-03-01T09:00:00+07:00",
          e);
    }
  }

  /** "release 3 (id "x")", or "release 3" when it has no usable id. */
  static String describe(JsonNode release, int position) {
    JsonNode id = release.get("id");
    if (id != null && (id.isString() || id.isNumber())) {
      return "release " + position + " (id \"" + id.asString() + "\")";
    }
    return "release " + position;
  }
}
