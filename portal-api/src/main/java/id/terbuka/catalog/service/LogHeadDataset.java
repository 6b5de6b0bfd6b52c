package id.terbuka.catalog.service;

import id.terbuka.audit.chain.DayHead;
import id.terbuka.audit.service.AuditSettings;
import id.terbuka.audit.service.PublicationLog;
import id.terbuka.identity.domain.Actor;
import id.terbuka.shared.Json;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Publishes the publication log's daily heads as the dataset {@value #NAME}: for every day with
 * entries, the sequence number and hash of its last entry, as CSV and JSON. Anyone who keeps a copy
 * can later prove that the log was not rewritten behind them: a rewritten log cannot reproduce a
 * head they hold. Each new day adds a row, so each publication is a new file version and the
 * earlier versions stay downloadable; a run that adds nothing changes nothing (same file, same
 * hash). The publication's own entries are stored after the day they list, so they appear in the
 * next day's row.
 */
@ApplicationScoped
public class LogHeadDataset {
  /** The dataset's name. */
  public static final String NAME = "kepala-log-publikasi";

  /** Days end at midnight in Bojonegoro (WIB). */
  public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

  @Inject PublicationLog log;
  @Inject GeneratedDatasets generated;
  @Inject GroupService groups;
  @Inject AuditSettings settings;

  /**
   * Publishes the heads of the days with entries stored before {@code asOf}; empty when the owning
   * organisation does not exist or the log has no entry yet.
   */
  @Transactional
  public Optional<GeneratedDatasets.Outcome> publish(Actor actor, Instant asOf) {
    Optional<GroupService.Unit> owner = groups.activeOrganization(settings.organization());
    List<DayHead> heads = log.dailyHeads(asOf, ZONE);
    if (owner.isEmpty() || heads.isEmpty()) {
      return Optional.empty();
    }
    Path dir = null;
    try {
      dir = generated.workDirectory("log-heads-");
      Path csv = Files.writeString(dir.resolve("kepala-log-harian.csv"), csv(heads));
      Path json =
          Files.writeString(
              dir.resolve("kepala-log-harian.json"), json(heads), StandardCharsets.UTF_8);
      LocalDate first = heads.get(0).day();
      LocalDate last = heads.get(heads.size() - 1).day();
      return Optional.of(
          generated.publish(
              actor,
              new GeneratedDatasets.DatasetSpec(
                  NAME, owner.get().id(), dict(owner.get()), first, last),
              List.of(
                  new GeneratedDatasets.GeneratedFile(
                      "kepala-log-harian.csv",
                      "kepala-log-harian.csv",
                      "Hash entri terakhir log publikasi per hari (WIB)",
                      "CSV",
                      "text/csv",
                      csv),
                  new GeneratedDatasets.GeneratedFile(
                      "kepala-log-harian.json",
                      "kepala-log-harian.json",
                      "Hash entri terakhir log publikasi per hari (WIB), JSON",
                      "JSON",
                      "application/json",
                      json)),
              "audit:daily-heads",
              Map.of("daily_heads", Map.of("until", asOf.toString()))));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the daily heads", e);
    } finally {
      GeneratedDatasets.deleteWorkDirectory(dir);
    }
  }

  static String csv(List<DayHead> heads) {
    StringBuilder out = new StringBuilder("tanggal,seq,hash,waktu_entri\n");
    for (DayHead h : heads) {
      out.append(h.day())
          .append(',')
          .append(h.seq())
          .append(',')
          .append(h.hash())
          .append(',')
          .append(h.time())
          .append('\n');
    }
    return out.toString();
  }

  static String json(List<DayHead> heads) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("zone", ZONE.getId());
    out.put("format", "/api/v1/audit/log (docs/audit-log.md): hash = SHA-256 over RFC 8785 JSON");
    out.put(
        "heads",
        heads.stream()
            .map(
                h -> {
                  Map<String, Object> row = new LinkedHashMap<>();
                  row.put("tanggal", h.day().toString());
                  row.put("seq", h.seq());
                  row.put("hash", h.hash());
                  row.put("waktu_entri", h.time());
                  return row;
                })
            .toList());
    return Json.write(out) + "\n";
  }

  private static Map<String, Object> dict(GroupService.Unit owner) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("title", "Kepala Log Publikasi Terbuka (harian)");
    d.put(
        "notes",
        "Untuk setiap hari (WIB) yang memiliki entri di log publikasi Terbuka"
            + " (`/api/v1/audit/log`), nomor urut dan hash entri terakhirnya. Simpan salinannya:"
            + " log yang diubah diam-diam tidak dapat menghasilkan kembali hash yang Anda simpan."
            + " Cara memeriksa log dijelaskan di README dan docs/audit-log.md.\n\n"
            + "For every day (WIB) with entries in Terbuka's publication log, the sequence number"
            + " and hash of its last entry. Keep a copy: a silently rewritten log cannot reproduce"
            + " a hash you hold.");
    d.put("license_id", "cc-by");
    d.put("frekuensi", "harian");
    d.put("produsen_data", owner.title());
    d.put("cakupan_wilayah", "35.22");
    d.put("tags", List.of(Map.of("name", "audit"), Map.of("name", "log-publikasi")));
    return d;
  }
}
