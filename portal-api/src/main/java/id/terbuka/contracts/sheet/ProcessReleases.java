package id.terbuka.contracts.sheet;

import id.terbuka.contracts.domain.OcdsJson;
import id.terbuka.imports.domain.ImportRow;
import id.terbuka.imports.domain.Problems;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OCDS 1.1 releases a checked spreadsheet row adds to its contracting process, given what was
 * published before: the latest stored release of each {@link Stage} of its ocid.
 *
 * <p>For each stage the row fills ({@link ProcurementRow#fills}), the stage's release is built
 * ({@link StageSections}) and compared with the stage's latest release, leaving out ids, dates,
 * tags and the history a release carries: unchanged, nothing is emitted; new, the stage's first tag
 * ({@code planning}, {@code tender}, {@code award}, {@code contract}, {@code implementation});
 * changed, an update:
 *
 * <ul>
 *   <li>{@code planningUpdate}, {@code awardUpdate};
 *   <li>{@code tenderCancellation} when the tender became cancelled, else {@code tenderAmendment}
 *       when its dates changed (an entry in {@code tender.amendments} naming the old and new
 *       dates), else {@code tenderUpdate};
 *   <li>{@code contractAmendment} when the contract value changed after signature (an entry in
 *       {@code contracts[].amendments} naming the old and new value, {@code amendsReleaseID} the
 *       release amended, {@code releaseID} the new one), else {@code contractTermination} when the
 *       contract came to a close, else {@code contractUpdate}. Update releases of the tender and
 *       the contract carry the amendments published before, so the latest release always holds the
 *       whole list and the next amendment's number follows it;
 *   <li>payments: {@code nilai_dibayar} is the cumulative amount paid; whenever it grows, an {@code
 *       implementation} (then {@code implementationUpdate}) release lists every payment published
 *       before and a new transaction for the difference, numbered {@code {kode_rup}-bayar-{n}} and
 *       dated at the import.
 * </ul>
 *
 * <p>Identity: ocid {@code {prefix}-{kode_rup}}; release id {@code {ocid}-{stage}-{8 hex}}, the
 * SHA-256 of the release's content without its id and dates ({@link ReleaseContent#hash}) and the
 * id of the stage's previous release, so importing the same history on another day gives the same
 * ids, and a value changed back (A, B, A) gets a fresh id instead of the first release's.
 *
 * <p>Dates: a stage's first release is dated by the stage's own day (announcement, award decision,
 * signature; at 00:00 WIB), or the import time when the row has none (planning, payments). An
 * update is dated at the import time, and always after the stage's previous release (one second
 * after it if that one is dated later): merging sorts releases by date, and the update must win
 * over what it updates.
 *
 * <p>Stateless and thread-safe.
 */
public final class ProcessReleases {
  /** A registered OCDS prefix: {@code ocds-} and six lower-case letters or digits. */
  public static final Pattern OCID_PREFIX = Pattern.compile("ocds-[a-z0-9]{6}");

  /**
   * The releases the row adds, in stage order; empty when nothing changed.
   *
   * @param ocidPrefix the publisher's registered prefix, e.g. {@code ocds-b0j0n9}
   * @param latestByStage the latest stored release of each stage of the row's ocid (by date; an
   *     absent stage was never published); an empty map for a new process
   * @param importTime when the import runs
   * @throws IllegalArgumentException if the prefix is not of the registered form
   */
  public List<ObjectNode> build(
      ProcurementRow row,
      String ocidPrefix,
      Map<Stage, JsonNode> latestByStage,
      Instant importTime) {
    if (!OCID_PREFIX.matcher(ocidPrefix).matches()) {
      throw new IllegalArgumentException("Not an OCDS prefix (ocds-xxxxxx): " + ocidPrefix);
    }
    String ocid = ocid(ocidPrefix, row);
    List<ObjectNode> releases = new ArrayList<>();
    for (Stage stage : Stage.values()) {
      if (row.fills(stage)) {
        JsonNode previous = latestByStage.get(stage);
        Optional<ObjectNode> release =
            stage == Stage.IMPLEMENTATION
                ? Payments.release(row, ocid, previous, importTime)
                : section(stage, row, ocid, previous, importTime);
        release.ifPresent(releases::add);
      }
    }
    return releases;
  }

  /** The row's ocid. */
  public static String ocid(String ocidPrefix, ProcurementRow row) {
    return ocidPrefix + "-" + row.kodeRup();
  }

  /**
   * What the row cannot say given what was published, reported at the row's cells: an error when
   * the cumulative amount paid is lower than the payments published ({@code paid_decreased}); a
   * warning for each published stage the row no longer fills ({@code stage_cleared}: releases are
   * never withdrawn). Meant for the import's checking pass, before {@link #build}.
   */
  public void check(
      ImportRow source, ProcurementRow row, Map<Stage, JsonNode> latestByStage, Problems problems) {
    JsonNode paidRelease = latestByStage.get(Stage.IMPLEMENTATION);
    BigDecimal paid = row.nilaiDibayar() == null ? BigDecimal.ZERO : row.nilaiDibayar();
    if (paidRelease != null) {
      BigDecimal published = Payments.total(paidRelease);
      if (paid.compareTo(published) < 0) {
        problems.error(
            source.problem(
                ProcurementColumns.NILAI_DIBAYAR,
                ProcurementProblem.PAID_DECREASED.code(),
                RupiahText.of(published)));
      }
    }
    for (Stage stage : Stage.values()) {
      if (stage != Stage.IMPLEMENTATION && latestByStage.containsKey(stage) && !row.fills(stage)) {
        problems.warning(
            source.problem(
                keyColumn(stage), ProcurementProblem.STAGE_CLEARED.code(), stage.nameId()));
      }
    }
  }

  private static String keyColumn(Stage stage) {
    return switch (stage) {
      case PLANNING -> ProcurementColumns.KODE_RUP;
      case TENDER -> ProcurementColumns.TANGGAL_PENGUMUMAN;
      case AWARD -> ProcurementColumns.PEMENANG_NAMA;
      case CONTRACT -> ProcurementColumns.NILAI_KONTRAK;
      case IMPLEMENTATION -> ProcurementColumns.NILAI_DIBAYAR;
    };
  }

  private static Optional<ObjectNode> section(
      Stage stage, ProcurementRow row, String ocid, JsonNode previous, Instant importTime) {
    ObjectNode release = skeleton(ocid, body(stage, row));
    if (previous != null && ReleaseContent.data(previous).equals(ReleaseContent.data(release))) {
      return Optional.empty();
    }
    if (previous == null) {
      String date = ownDate(stage, row).orElseGet(() -> WibTime.of(importTime));
      return Optional.of(identified(release, stage, stage.id(), date, null));
    }
    String date = updateDate(previous, importTime);
    Amendments amendments = Amendments.of(stage, previous, release, date);
    ObjectNode identified =
        identified(release, stage, amendments.tag(), date, previous.path("id").asString());
    amendments.recordIn(identified);
    return Optional.of(identified);
  }

  private static ObjectNode body(Stage stage, ProcurementRow row) {
    return switch (stage) {
      case PLANNING -> StageSections.planning(row);
      case TENDER -> StageSections.tender(row);
      case AWARD -> StageSections.award(row);
      case CONTRACT -> StageSections.contract(row);
      case IMPLEMENTATION -> StageSections.implementation(row);
    };
  }

  private static Optional<String> ownDate(Stage stage, ProcurementRow row) {
    return Optional.ofNullable(
            switch (stage) {
              case TENDER -> row.tanggalPengumuman();
              case AWARD -> row.tanggalPenetapan();
              case CONTRACT -> row.tanggalKontrak();
              default -> null;
            })
        .map(WibTime::startOf);
  }

  /** The import time, or one second after the previous release if that is dated later. */
  static String updateDate(JsonNode previous, Instant importTime) {
    Instant after = WibTime.parse(previous.path("date").asString()).plusSeconds(1);
    return WibTime.of(importTime.isBefore(after) ? after : importTime);
  }

  /** The release fields first, in the order OCDS documents list them, then the stage's body. */
  static ObjectNode skeleton(String ocid, ObjectNode body) {
    ObjectNode release = OcdsJson.object();
    release.put("ocid", ocid);
    release.put("id", "");
    release.put("date", "");
    release.putArray("tag");
    release.put("initiationType", "tender");
    release.put("language", "id");
    release.setAll(body);
    return release;
  }

  /** Sets the tag, date and content-derived id; returns the release. */
  static ObjectNode identified(
      ObjectNode release, Stage stage, String tag, String date, String previousId) {
    ArrayNode tags = (ArrayNode) release.get("tag");
    tags.removeAll();
    tags.add(tag);
    String ocid = release.get("ocid").asString();
    release.put("id", ocid + "-" + stage.id() + "-" + ReleaseContent.hash(release, previousId));
    release.put("date", date);
    return release;
  }
}
