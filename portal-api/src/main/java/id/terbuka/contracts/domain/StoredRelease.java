package id.terbuka.contracts.domain;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * One release as the portal keeps it.
 *
 * @param ocid the contracting process
 * @param releaseId the release's {@code id}, unique within the ocid
 * @param date the release's {@code date} as an instant
 * @param dateText the {@code date} as written (a compiled release's id repeats it)
 * @param tags the release's {@code tag} values
 * @param content the whole release
 * @param contentHash {@link CanonicalJson#sha256} of the content
 * @param packageUri the release package it belongs to ({@code <uri>#<id>} links to it)
 * @param importId the spreadsheet import that built it, or null
 */
public record StoredRelease(
    String ocid,
    String releaseId,
    Instant date,
    String dateText,
    List<String> tags,
    JsonNode content,
    String contentHash,
    String packageUri,
    String importId) {

  public StoredRelease {
    tags = List.copyOf(tags);
  }

  /**
   * Reads the identifying fields of a release that passed validation (so {@code ocid}, {@code id},
   * {@code date} and {@code tag} are there and well formed).
   */
  public static StoredRelease of(JsonNode release, String packageUri, String importId) {
    String dateText = release.path("date").asString();
    List<String> tags = new ArrayList<>();
    release.path("tag").forEach(t -> tags.add(t.asString()));
    return new StoredRelease(
        release.path("ocid").asString(),
        release.path("id").asString(),
        OffsetDateTime.parse(dateText).toInstant(),
        dateText,
        tags,
        release,
        CanonicalJson.sha256(release),
        packageUri,
        importId);
  }
}
