package id.terbuka.dasawisma.service;

import id.terbuka.catalog.service.GeneratedDatasets;
import id.terbuka.catalog.service.GroupService;
import id.terbuka.dasawisma.aggregate.Coverage;
import id.terbuka.dasawisma.aggregate.CoverageTrend;
import id.terbuka.dasawisma.aggregate.DataDictionary;
import id.terbuka.dasawisma.aggregate.DisclosureNotes;
import id.terbuka.dasawisma.aggregate.PublicLevel;
import id.terbuka.dasawisma.aggregate.PublicTables;
import id.terbuka.dasawisma.aggregate.PublicationFiles;
import id.terbuka.dasawisma.aggregate.PublicationTable;
import id.terbuka.dasawisma.aggregate.Snapshot;
import id.terbuka.dasawisma.persistence.SnapshotStore;
import id.terbuka.identity.domain.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Publishes one snapshot (issue 12, item 7): the three indicator datasets {@code
 * indikator-dasawisma-{tahun}-desa}, {@code -kecamatan}, {@code -kabupaten} and {@code
 * cakupan-dasawisma-{tahun}}, each table as CSV and JSON, the indicator datasets with the data
 * dictionary; and keeps the same JSON tables for the public pages ({@code dasawisma_published}), so
 * that the pages show exactly what was published. Only suppressed tables reach this class.
 */
@ApplicationScoped
public class DasaWismaPublisher {
  @Inject GeneratedDatasets generated;
  @Inject SnapshotStore snapshots;

  /** What one snapshot publishes. */
  public record Tables(
      Snapshot snapshot, PublicTables indicators, Coverage coverage, CoverageTrend trend) {}

  public static String indicatorDataset(int tahun, PublicLevel level) {
    return "indikator-dasawisma-" + tahun + "-" + level.code();
  }

  public static String coverageDataset(int tahun) {
    return "cakupan-dasawisma-" + tahun;
  }

  public void publish(Actor actor, GroupService.Unit organization, YearMonth bulan, Tables t) {
    int tahun = t.snapshot().tahun();
    Path dir = null;
    try {
      dir = generated.workDirectory("dasawisma-" + tahun + "-");
      String source = "dasawisma-snapshot:" + tahun + "-" + bulan;
      Map<String, Object> cause =
          Map.of("snapshot", Map.of("tahun", tahun, "bulan", bulan.toString()));
      List<GeneratedDatasets.GeneratedFile> dictionary = dictionary(dir);
      for (PublicLevel level : PublicLevel.values()) {
        List<GeneratedDatasets.GeneratedFile> files =
            new ArrayList<>(indicatorFiles(dir, t, level));
        files.addAll(dictionary);
        keep(tahun, bulan, PublicationTable.indicators(level), dir, files.get(1));
        generated.publish(
            actor,
            spec(
                indicatorDataset(tahun, level),
                organization,
                indicatorDict(tahun, level, organization),
                tahun,
                t),
            files,
            source,
            cause);
      }
      List<GeneratedDatasets.GeneratedFile> coverage = coverageFiles(dir, t);
      keep(tahun, bulan, PublicationTable.CAKUPAN, dir, coverage.get(1));
      keep(tahun, bulan, PublicationTable.CAKUPAN_BULANAN, dir, coverage.get(3));
      generated.publish(
          actor,
          spec(coverageDataset(tahun), organization, coverageDict(tahun, organization), tahun, t),
          coverage,
          source,
          cause);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the Dasa Wisma files", e);
    } finally {
      GeneratedDatasets.deleteWorkDirectory(dir);
    }
  }

  private void keep(
      int tahun,
      YearMonth bulan,
      PublicationTable table,
      Path dir,
      GeneratedDatasets.GeneratedFile json)
      throws IOException {
    snapshots.putTable(
        tahun, bulan, table.code(), Files.readString(json.file(), StandardCharsets.UTF_8));
  }

  private static GeneratedDatasets.DatasetSpec spec(
      String name, GroupService.Unit organization, Map<String, Object> dict, int tahun, Tables t) {
    LocalDate end = t.snapshot().at().toLocalDate();
    LocalDate start = LocalDate.of(tahun, 1, 1);
    return new GeneratedDatasets.DatasetSpec(
        name, organization.id(), dict, start, end.isBefore(start) ? start : end);
  }

  private interface Writing {
    void write(OutputStream out) throws IOException;
  }

  private static GeneratedDatasets.GeneratedFile file(
      Path dir, String fileName, String description, Writing writing) throws IOException {
    Path path = dir.resolve(fileName);
    try (OutputStream out = Files.newOutputStream(path)) {
      writing.write(out);
    }
    boolean csv = fileName.endsWith(".csv");
    return new GeneratedDatasets.GeneratedFile(
        fileName,
        fileName,
        description,
        csv ? "CSV" : "JSON",
        csv ? "text/csv" : "application/json",
        path);
  }

  private static List<GeneratedDatasets.GeneratedFile> indicatorFiles(
      Path dir, Tables t, PublicLevel level) throws IOException {
    String base = indicatorDataset(t.snapshot().tahun(), level);
    String when = " Potret data " + t.snapshot().atText() + ".";
    return List.of(
        file(
            dir,
            base + ".csv",
            "Indikator Dasa Wisma per "
                + levelName(level)
                + " (CSV); sel yang ditahan kosong."
                + when,
            out -> PublicationFiles.indicatorsCsv(t.indicators(), level, out)),
        file(
            dir,
            base + ".json",
            "Indikator Dasa Wisma per "
                + levelName(level)
                + " (JSON); sel yang ditahan bernilai null dan tercantum di withheld."
                + when,
            out -> PublicationFiles.indicatorsJson(t.indicators(), level, t.snapshot(), out)));
  }

  private static List<GeneratedDatasets.GeneratedFile> dictionary(Path dir) throws IOException {
    return List.of(
        file(
            dir,
            "kamus-data-dasawisma.csv",
            "Kamus data: setiap kolom dan indikator (nama, definisi, cara hitung, satuan, tingkat)",
            out -> DataDictionary.csv("id", out)),
        file(
            dir,
            "kamus-data-dasawisma.json",
            "Kamus data (JSON), metadata indikator gaya MS-Ind",
            out -> DataDictionary.json("id", out)));
  }

  private static List<GeneratedDatasets.GeneratedFile> coverageFiles(Path dir, Tables t)
      throws IOException {
    int tahun = t.snapshot().tahun();
    String when = " Potret data " + t.snapshot().atText() + ".";
    return List.of(
        file(
            dir,
            "cakupan-dasawisma-" + tahun + ".csv",
            "Rumah tangga yang sudah didata terhadap target, per desa, kecamatan dan kabupaten."
                + when,
            out -> PublicationFiles.coverageCsv(t.coverage(), out)),
        file(
            dir,
            "cakupan-dasawisma-" + tahun + ".json",
            "Cakupan pendataan (JSON)." + when,
            out -> PublicationFiles.coverageJson(t.coverage(), t.snapshot(), out)),
        file(
            dir,
            "cakupan-bulanan-dasawisma-" + tahun + ".csv",
            "Cakupan kabupaten per akhir bulan (CSV)." + when,
            out -> PublicationFiles.trendCsv(t.trend(), out)),
        file(
            dir,
            "cakupan-bulanan-dasawisma-" + tahun + ".json",
            "Cakupan kabupaten per akhir bulan (JSON)." + when,
            out -> PublicationFiles.trendJson(t.trend(), t.snapshot(), out)));
  }

  private static String levelName(PublicLevel level) {
    return switch (level) {
      case DESA -> "desa/kelurahan";
      case KECAMATAN -> "kecamatan";
      case KABUPATEN -> "kabupaten";
    };
  }

  private static Map<String, Object> indicatorDict(
      int tahun, PublicLevel level, GroupService.Unit organization) {
    Map<String, Object> d = common(organization);
    d.put("title", "Indikator Dasa Wisma " + tahun + " per " + levelName(level));
    d.put(
        "notes",
        "Indikator agregat Catatan Keluarga Dasa Wisma (PKK) tahun "
            + tahun
            + " per "
            + levelName(level)
            + ", dihitung dari potret data bulanan. Tidak ada data rumah tangga yang diterbitkan."
            + "\n\n"
            + DisclosureNotes.text("id"));
    return d;
  }

  private static Map<String, Object> coverageDict(int tahun, GroupService.Unit organization) {
    Map<String, Object> d = common(organization);
    d.put("title", "Cakupan Pendataan Dasa Wisma " + tahun);
    d.put(
        "notes",
        "Jumlah rumah tangga yang sudah didata kader Dasa Wisma tahun "
            + tahun
            + " terhadap target per desa/kelurahan, kecamatan dan kabupaten, serta cakupan"
            + " kabupaten per bulan. Jumlah rumah tangga tidak mengungkap ciri rumah tangga mana"
            + " pun, sehingga diterbitkan untuk setiap desa, termasuk yang kecil.");
    return d;
  }

  private static Map<String, Object> common(GroupService.Unit organization) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("license_id", "cc-by");
    d.put("frekuensi", "bulanan");
    d.put("produsen_data", organization.title());
    d.put("cakupan_wilayah", "35.22");
    d.put("tags", List.of(Map.of("name", "dasawisma"), Map.of("name", "pkk")));
    return d;
  }
}
