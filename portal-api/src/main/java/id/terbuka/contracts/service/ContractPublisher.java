package id.terbuka.contracts.service;

import id.terbuka.catalog.service.GeneratedDatasets;
import id.terbuka.catalog.service.GroupService;
import id.terbuka.contracts.domain.OcdsJson;
import id.terbuka.contracts.domain.StoredRelease;
import id.terbuka.contracts.flatten.ReleaseFlattener;
import id.terbuka.contracts.persistence.RecordStore;
import id.terbuka.contracts.persistence.ReleaseStore;
import id.terbuka.identity.domain.Actor;
import id.terbuka.shared.TerbukaConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Regenerates a year's dataset {@code kontrak-pengadaan-{tahun}}, owned by the procurement office:
 * the release package and the record package of every process of the year (JSON), and the Flatten
 * Tool-style CSVs of its releases (through the DataStore like any CSV), written batch by batch.
 * Files whose content did not change keep their version ({@link GeneratedDatasets}); the packages'
 * {@code publishedDate} is the latest change of the year's records, so an unchanged year gives
 * unchanged files.
 */
@ApplicationScoped
public class ContractPublisher {
  /** Processes read and written per step. */
  private static final int BATCH = 500;

  @Inject RecordStore records;
  @Inject ReleaseStore releases;
  @Inject GeneratedDatasets generated;
  @Inject OcdsSettings settings;
  @Inject TerbukaConfig config;

  public static String datasetName(int tahun) {
    return "kontrak-pengadaan-" + tahun;
  }

  /**
   * Publishes one year.
   *
   * @param cause recorded with the dataset's activity ({@code "import": {id, kind}})
   */
  public GeneratedDatasets.Outcome publish(
      Actor actor,
      GroupService.Unit owner,
      int tahun,
      String generatedBy,
      Map<String, Object> cause) {
    List<String> ocids = records.ocidsOfYear(tahun);
    String published = records.latestUpdateOfYear(tahun).orElse(Instant.EPOCH).toString();
    Path dir = null;
    try {
      dir = generated.workDirectory("contracts-" + tahun + "-");
      List<GeneratedDatasets.GeneratedFile> files = writeFiles(dir, tahun, ocids, published);
      return generated.publish(
          actor,
          new GeneratedDatasets.DatasetSpec(
              datasetName(tahun),
              owner.id(),
              datasetDict(tahun, owner),
              LocalDate.of(tahun, 1, 1),
              LocalDate.of(tahun, 12, 31)),
          files,
          generatedBy,
          cause);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the contract files", e);
    } finally {
      GeneratedDatasets.deleteWorkDirectory(dir);
    }
  }

  /**
   * Writes the packages and sheets batch by batch of processes (a year of releases is never held
   * whole in memory): each release and record on its own line inside its package.
   */
  private List<GeneratedDatasets.GeneratedFile> writeFiles(
      Path dir, int tahun, List<String> ocids, String published) throws IOException {
    String releaseName = datasetName(tahun) + "-release-package.json";
    String recordName = datasetName(tahun) + "-record-package.json";
    ObjectNode releaseHead =
        settings.metadata().head(packageUri(tahun, "release-package"), published);
    ObjectNode recordHead =
        settings.metadata().head(packageUri(tahun, "record-package"), published);
    SheetFiles sheets = new SheetFiles(dir);
    Set<String> packageUris = new LinkedHashSet<>();
    try (PackageWriter releasePackage =
            new PackageWriter(dir.resolve(releaseName), releaseHead, "releases");
        PackageWriter recordPackage =
            new PackageWriter(dir.resolve(recordName), recordHead, "records")) {
      for (int from = 0; from < ocids.size(); from += BATCH) {
        List<String> batch = ocids.subList(from, Math.min(ocids.size(), from + BATCH));
        Map<String, List<StoredRelease>> byOcid = releases.releasesOf(batch);
        List<JsonNode> contents = new ArrayList<>();
        for (RecordStore.StoredRecord r : records.findAll(batch)) {
          List<StoredRelease> rs = byOcid.getOrDefault(r.ocid(), List.of());
          for (StoredRelease release : rs) {
            releasePackage.add(release.content());
            contents.add(release.content());
            packageUris.add(release.packageUri());
          }
          recordPackage.add(RecordPackages.record(r, rs, null));
        }
        sheets.add(ReleaseFlattener.flatten(contents));
      }
      ArrayNode packages = OcdsJson.nodes().arrayNode();
      packageUris.forEach(packages::add);
      recordPackage.closeWith("packages", packages);
    }
    return describe(dir, tahun, releaseName, recordName, sheets.finish(datasetName(tahun) + "-"));
  }

  private static List<GeneratedDatasets.GeneratedFile> describe(
      Path dir, int tahun, String releaseName, String recordName, Map<String, Path> sheets) {
    List<GeneratedDatasets.GeneratedFile> files = new ArrayList<>();
    files.add(
        file(
            dir,
            releaseName,
            "Paket rilis OCDS 1.1: semua rilis proses pengadaan tahun " + tahun + " (JSON)",
            "JSON",
            "application/json"));
    files.add(
        file(
            dir,
            recordName,
            "Paket rekaman OCDS 1.1: satu rekaman (compiledRelease) per proses pengadaan tahun "
                + tahun
                + " (JSON)",
            "JSON",
            "application/json"));
    for (Map.Entry<String, Path> sheet : sheets.entrySet()) {
      files.add(
          file(
              dir,
              sheet.getValue().getFileName().toString(),
              "Tabel "
                  + sheet.getKey()
                  + " dari rilis OCDS tahun "
                  + tahun
                  + " (CSV gaya Flatten Tool; kunci gabung ocid, id)",
              "CSV",
              "text/csv"));
    }
    return files;
  }

  private String packageUri(int tahun, String kind) {
    return config.siteUrl() + "/dataset/" + datasetName(tahun) + "#" + kind;
  }

  private static GeneratedDatasets.GeneratedFile file(
      Path dir, String name, String description, String format, String mimetype) {
    return new GeneratedDatasets.GeneratedFile(
        name, name, description, format, mimetype, dir.resolve(name));
  }

  private static Map<String, Object> datasetDict(int tahun, GroupService.Unit owner) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("title", "Kontrak Pengadaan Kabupaten Bojonegoro " + tahun + " (OCDS)");
    d.put(
        "notes",
        "Data pengadaan barang/jasa tahun "
            + tahun
            + " dari perencanaan sampai pembayaran, dalam Open Contracting Data Standard (OCDS)"
            + " 1.1: paket rilis, paket rekaman dan tabel CSV. Dibuat otomatis oleh "
            + owner.title()
            + " setiap ada data baru; versi sebelumnya tetap dapat diunduh.");
    d.put("license_id", "cc-by");
    d.put("frekuensi", "bulanan");
    d.put("satuan", "Rupiah");
    d.put("produsen_data", owner.title());
    d.put(
        "tags",
        List.of(Map.of("name", "pengadaan"), Map.of("name", "kontrak"), Map.of("name", "ocds")));
    return d;
  }
}
