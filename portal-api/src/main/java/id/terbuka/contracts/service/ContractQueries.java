package id.terbuka.contracts.service;

import id.terbuka.contracts.domain.StoredRelease;
import id.terbuka.contracts.persistence.RecordStore;
import id.terbuka.contracts.persistence.ReleaseStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Releases and records as OCDS packages: public, read-only. */
@ApplicationScoped
public class ContractQueries {
  /** Records per page of the bulk API. */
  public static final int MAX_PAGE = 100;

  @Inject ReleaseStore releases;
  @Inject RecordStore records;
  @Inject ContractRecords compiler;
  @Inject OcdsSettings settings;

  /** A page of records and the cursor of the next one (empty on the last page). */
  public record Page(ObjectNode recordPackage, Optional<String> nextCursor) {}

  /**
   * A process for the pages: its compiled release, flags and releases, without the repository's own
   * record type (the pages may not depend on persistence).
   *
   * @param flagNotes {@code [{flag, id, en}]}: each flag's explanation in Indonesian and English
   */
  public record Process(
      String ocid,
      JsonNode compiled,
      int year,
      List<String> flags,
      JsonNode flagNotes,
      Instant updatedAt,
      List<StoredRelease> releases) {}

  /** Each process of a publication year: its stages and missing values (public records). */
  public java.util.List<id.terbuka.contracts.domain.ProcessStages> stages(int year) {
    return records.stagesOfYear(year);
  }

  /** A stored record with its releases. */
  private record Stored(RecordStore.StoredRecord record, List<StoredRelease> releases) {}

  public Optional<Process> process(String ocid) {
    return stored(ocid)
        .map(
            s ->
                new Process(
                    s.record().ocid(),
                    s.record().compiled(),
                    s.record().year(),
                    s.record().flags(),
                    s.record().flagNotes(),
                    s.record().updatedAt(),
                    s.releases()));
  }

  private Optional<Stored> stored(String ocid) {
    return records.find(ocid).map(r -> new Stored(r, releases.releases(ocid)));
  }

  /** Every release of a process as one release package. */
  public Optional<ObjectNode> releasePackage(String ocid) {
    return stored(ocid)
        .map(
            p -> {
              ObjectNode pkg =
                  settings
                      .metadata()
                      .head(
                          settings.apiBase() + "/releases/" + ocid,
                          p.record().updatedAt().toString());
              ArrayNode list = pkg.putArray("releases");
              p.releases().forEach(r -> list.add(r.content()));
              return pkg;
            });
  }

  /** A process's record as a record package, with its versioned release if asked. */
  public Optional<ObjectNode> recordPackage(String ocid, boolean versioned) {
    return stored(ocid)
        .map(
            p -> {
              ObjectNode pkg =
                  settings
                      .metadata()
                      .head(
                          settings.apiBase() + "/records/" + ocid,
                          p.record().updatedAt().toString());
              ArrayNode packages = pkg.putArray("packages");
              p.releases().stream()
                  .map(StoredRelease::packageUri)
                  .distinct()
                  .forEach(packages::add);
              pkg.putArray("records")
                  .add(
                      RecordPackages.record(
                          p.record(),
                          p.releases(),
                          versioned ? compiler.versioned(p.releases()) : null));
              return pkg;
            });
  }

  /**
   * Records changed at or after {@code since} (all when null), in change order from the cursor.
   *
   * @param cursor an earlier page's next cursor, or null for the first page
   * @throws IllegalArgumentException for a cursor this portal did not give
   */
  public Page changed(Instant since, String cursor, int size, String selfUri) {
    long after = cursor == null ? 0 : parseCursor(cursor);
    int limit = Math.max(1, Math.min(MAX_PAGE, size));
    List<RecordStore.StoredRecord> page = records.changedSince(since, after, limit + 1);
    boolean more = page.size() > limit;
    List<RecordStore.StoredRecord> shown = more ? page.subList(0, limit) : page;
    Map<String, List<StoredRelease>> byOcid =
        releases.releasesOf(shown.stream().map(RecordStore.StoredRecord::ocid).toList());
    String published =
        shown.stream()
            .map(RecordStore.StoredRecord::updatedAt)
            .max(Instant::compareTo)
            .orElse(Instant.EPOCH)
            .toString();
    ObjectNode pkg = settings.metadata().head(selfUri, published);
    ArrayNode packages = pkg.putArray("packages");
    ArrayNode list = pkg.putArray("records");
    List<String> seen = new ArrayList<>();
    for (RecordStore.StoredRecord r : shown) {
      List<StoredRelease> rs = byOcid.getOrDefault(r.ocid(), List.of());
      list.add(RecordPackages.record(r, rs, null));
      rs.stream().map(StoredRelease::packageUri).filter(u -> !seen.contains(u)).forEach(seen::add);
    }
    seen.forEach(packages::add);
    Optional<String> next =
        more
            ? Optional.of(Long.toString(shown.get(shown.size() - 1).changeSeq()))
            : Optional.empty();
    return new Page(pkg, next);
  }

  private static long parseCursor(String cursor) {
    if (!cursor.matches("\\d{1,18}")) {
      throw new IllegalArgumentException("Not a cursor this portal gave: use the Link header");
    }
    return Long.parseLong(cursor);
  }
}
