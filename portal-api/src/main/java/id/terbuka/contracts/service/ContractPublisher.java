package id.terbuka.contracts.service;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import id.terbuka.catalog.service.GeneratedDatasets;
import id.terbuka.catalog.service.GroupService;
import id.terbuka.contracts.domain.OcdsJson;
import id.terbuka.contracts.domain.StoredRelease;
import id.terbuka.contracts.flatten.ReleaseFlattener;
import id.terbuka.contracts.persistence.RecordStore;
import id.terbuka.contracts.persistence.ReleaseStore;
import id.terbuka.datastore.dump.FormulaGuard;
import id.terbuka.identity.domain.Actor;
import id.terbuka.shared.TerbukaConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Regenerates a year's dataset {@code kontrak-pengadaan-{tahun}}, owned by the procurement office:
 * the release package and the record package of every process of the year (JSON), and the Flatten
 * Tool-style CSVs of its releases (through the DataStore like any CSV). Files whose content did not
 * change keep their version ({@link GeneratedDatasets}); the packages' {@code publishedDate} is the
 * latest change of the year's records, so an unchanged year gives unchanged files.
 */
@ApplicationScoped
public class ContractPublisher {
  @Inject RecordStore records;
  @Inject ReleaseStore releases;
  @Inject ContractRecords compiler;
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
    List<RecordStore.StoredRecord> year = records.ofYear(tahun);
    Map<String, List<StoredRelease>> byOcid =
        releases.releasesOf(year.stream().map(RecordStore.StoredRecord::ocid).toList());
    String published =
        year.stream()
            .map(RecordStore.StoredRecord::updatedAt)
            .max(Comparator.naturalOrder())
            .orElse(Instant.EPOCH)
            .toString();
    Path dir = null;
    try {
      dir = Files.createTempDirectory(tempRoot(), "contracts-" + tahun + "-");
      List<GeneratedDatasets.GeneratedFile> files = new ArrayList<>();
      List<JsonNode> all = new ArrayList<>();
      byOcid.values().forEach(list -> list.forEach(r -> all.add(r.content())));
      files.add(releasePackage(dir, tahun, all, published));
      files.add(recordPackage(dir, tahun, year, byOcid, published));
      files.addAll(sheets(dir, tahun, all));
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
      deleteTree(dir);
    }
  }

  private GeneratedDatasets.GeneratedFile releasePackage(
      Path dir, int tahun, List<JsonNode> all, String published) throws IOException {
    ObjectNode pkg = settings.metadata().head(packageUri(tahun, "release-package"), published);
    pkg.putArray("extensions");
    ArrayNode list = pkg.putArray("releases");
    all.forEach(list::add);
    String name = datasetName(tahun) + "-release-package.json";
    Files.writeString(dir.resolve(name), OcdsJson.writePretty(pkg), StandardCharsets.UTF_8);
    return file(
        dir,
        name,
        "Paket rilis OCDS 1.1: semua rilis proses pengadaan tahun " + tahun + " (JSON)",
        "JSON",
        "application/json");
  }

  private GeneratedDatasets.GeneratedFile recordPackage(
      Path dir,
      int tahun,
      List<RecordStore.StoredRecord> year,
      Map<String, List<StoredRelease>> byOcid,
      String published)
      throws IOException {
    ObjectNode pkg = settings.metadata().head(packageUri(tahun, "record-package"), published);
    ArrayNode packages = pkg.putArray("packages");
    ArrayNode list = pkg.putArray("records");
    List<String> seen = new ArrayList<>();
    for (RecordStore.StoredRecord r : year) {
      List<StoredRelease> rs = byOcid.getOrDefault(r.ocid(), List.of());
      list.add(RecordPackages.record(r, rs, null));
      rs.stream().map(StoredRelease::packageUri).filter(u -> !seen.contains(u)).forEach(seen::add);
    }
    seen.forEach(packages::add);
    String name = datasetName(tahun) + "-record-package.json";
    Files.writeString(dir.resolve(name), OcdsJson.writePretty(pkg), StandardCharsets.UTF_8);
    return file(
        dir,
        name,
        "Paket rekaman OCDS 1.1: satu rekaman (compiledRelease) per proses pengadaan tahun "
            + tahun
            + " (JSON)",
        "JSON",
        "application/json");
  }

  private List<GeneratedDatasets.GeneratedFile> sheets(Path dir, int tahun, List<JsonNode> all)
      throws IOException {
    List<GeneratedDatasets.GeneratedFile> files = new ArrayList<>();
    for (Map.Entry<String, List<List<String>>> sheet : ReleaseFlattener.flatten(all).entrySet()) {
      String name = datasetName(tahun) + "-" + sheet.getKey() + ".csv";
      try (ICSVWriter out = csvWriter(dir.resolve(name))) {
        for (List<String> row : sheet.getValue()) {
          out.writeNext(row.stream().map(FormulaGuard::text).toArray(String[]::new), false);
        }
      }
      files.add(
          file(
              dir,
              name,
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

  private static ICSVWriter csvWriter(Path file) throws IOException {
    Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    return new CSVWriter(
        new BufferedWriter(w),
        ',',
        ICSVWriter.DEFAULT_QUOTE_CHARACTER,
        ICSVWriter.DEFAULT_ESCAPE_CHARACTER,
        "\n");
  }

  private Path tempRoot() throws IOException {
    Path dir = config.dataDir().resolve("tmp");
    Files.createDirectories(dir);
    return dir;
  }

  private static void deleteTree(Path dir) {
    if (dir == null) {
      return;
    }
    try (var files = Files.list(dir)) {
      for (Path f : files.toList()) {
        Files.deleteIfExists(f);
      }
      Files.deleteIfExists(dir);
    } catch (IOException e) {
      // Leftover temporary files are harmless.
    }
  }
}
