package id.terbuka.budget.service;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import id.terbuka.budget.domain.BudgetLine;
import id.terbuka.budget.domain.FiscalDataPackage;
import id.terbuka.budget.domain.Period;
import id.terbuka.budget.domain.PublishedLine;
import id.terbuka.budget.domain.SliceTotals;
import id.terbuka.budget.persistence.BudgetStore;
import id.terbuka.catalog.service.GeneratedDatasets;
import id.terbuka.catalog.service.GroupService;
import id.terbuka.identity.domain.Actor;
import id.terbuka.shared.Json;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Regenerates a year's dataset {@code realisasi-apbd-{tahun}} from the current slices: per period a
 * CSV and a JSON of every unit's lines (with level, parent code, sisa and persen), a per-unit
 * summary CSV, and a Fiscal Data Package descriptor. Files whose content did not change keep their
 * current version ({@link GeneratedDatasets}).
 */
@ApplicationScoped
public class BudgetPublisher {
  @Inject BudgetStore store;
  @Inject GeneratedDatasets generated;
  @Inject TerbukaConfig config;

  public static String datasetName(int tahun) {
    return "realisasi-apbd-" + tahun;
  }

  public static String periodFile(int tahun, Period p, String extension) {
    return datasetName(tahun) + "-" + p.code().toLowerCase(java.util.Locale.ROOT) + "." + extension;
  }

  public static String summaryFile(int tahun) {
    return "ringkasan-unit-apbd-" + tahun + ".csv";
  }

  public GeneratedDatasets.Outcome publish(
      Actor actor, GroupService.Unit organization, int tahun, String importId) {
    List<BudgetStore.Slice> slices = new ArrayList<>(store.currentSlices(tahun));
    slices.sort(
        Comparator.comparing(BudgetStore.Slice::periode)
            .thenComparing(BudgetStore.Slice::kodeSkpd));
    Map<Period, List<BudgetStore.Slice>> byPeriod = new TreeMap<>();
    slices.forEach(s -> byPeriod.computeIfAbsent(s.periode(), p -> new ArrayList<>()).add(s));
    Path dir = null;
    try {
      dir = generated.workDirectory("budget-" + tahun + "-");
      List<GeneratedDatasets.GeneratedFile> files = new ArrayList<>();
      for (Map.Entry<Period, List<BudgetStore.Slice>> e : byPeriod.entrySet()) {
        files.addAll(periodFiles(dir, tahun, e.getKey(), e.getValue()));
      }
      files.add(summary(dir, tahun, slices));
      files.add(descriptor(dir, tahun, byPeriod.keySet()));
      Period last = ((TreeMap<Period, List<BudgetStore.Slice>>) byPeriod).lastKey();
      return generated.publish(
          actor,
          new GeneratedDatasets.DatasetSpec(
              datasetName(tahun),
              organization.id(),
              datasetDict(tahun, organization, byPeriod.keySet()),
              LocalDate.of(tahun, 1, 1),
              last.endDate(tahun)),
          files,
          "budget:" + importId,
          Map.of("import", Map.of("id", importId, "kind", BudgetImports.KIND)));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the budget files", e);
    } finally {
      GeneratedDatasets.deleteWorkDirectory(dir);
    }
  }

  private List<GeneratedDatasets.GeneratedFile> periodFiles(
      Path dir, int tahun, Period p, List<BudgetStore.Slice> slices) throws IOException {
    Path csv = dir.resolve(periodFile(tahun, p, "csv"));
    Path json = dir.resolve(periodFile(tahun, p, "json"));
    try (ICSVWriter out = csvWriter(csv);
        Writer jsonOut = Files.newBufferedWriter(json, StandardCharsets.UTF_8)) {
      out.writeNext(PublishedLine.COLUMNS.toArray(String[]::new), false);
      jsonOut.write("[");
      boolean first = true;
      for (BudgetStore.Slice s : slices) {
        for (BudgetLine l : store.lines(s)) {
          out.writeNext(PublishedLine.cells(l), false);
          jsonOut.write(first ? "\n" : ",\n");
          Json.write(PublishedLine.record(l), jsonOut);
          first = false;
        }
      }
      jsonOut.write("\n]\n");
    }
    String label = p.label(java.util.Locale.forLanguageTag("id"));
    return List.of(
        new GeneratedDatasets.GeneratedFile(
            csv.getFileName().toString(),
            csv.getFileName().toString(),
            "Realisasi APBD " + tahun + " " + label + ", semua unit (CSV)",
            "CSV",
            "text/csv",
            csv),
        new GeneratedDatasets.GeneratedFile(
            json.getFileName().toString(),
            json.getFileName().toString(),
            "Realisasi APBD " + tahun + " " + label + ", semua unit (JSON)",
            "JSON",
            "application/json",
            json));
  }

  private GeneratedDatasets.GeneratedFile summary(
      Path dir, int tahun, List<BudgetStore.Slice> slices) throws IOException {
    Path csv = dir.resolve(summaryFile(tahun));
    try (ICSVWriter out = csvWriter(csv)) {
      out.writeNext(
          new String[] {
            "tahun",
            "periode",
            "kode_skpd",
            "nama_skpd",
            "pendapatan_anggaran",
            "pendapatan_realisasi",
            "belanja_anggaran",
            "belanja_realisasi",
            "belanja_persen",
            "pembiayaan_netto_anggaran",
            "pembiayaan_netto_realisasi"
          },
          false);
      for (BudgetStore.Slice s : slices) {
        SliceTotals t = SliceTotals.fromStored(Json.parseObject(s.totalsJson()));
        out.writeNext(
            new String[] {
              Integer.toString(tahun),
              s.periode().code(),
              s.kodeSkpd(),
              id.terbuka.datastore.dump.FormulaGuard.text(s.namaSkpd()),
              t.pendapatan().anggaran().toPlainString(),
              t.pendapatan().realisasi().toPlainString(),
              t.belanja().anggaran().toPlainString(),
              t.belanja().realisasi().toPlainString(),
              t.belanja().persen().map(java.math.BigDecimal::toPlainString).orElse(""),
              t.pembiayaanNetto().anggaran().toPlainString(),
              t.pembiayaanNetto().realisasi().toPlainString()
            },
            false);
      }
    }
    return new GeneratedDatasets.GeneratedFile(
        csv.getFileName().toString(),
        csv.getFileName().toString(),
        "Ringkasan per unit dan periode: pendapatan, belanja (dengan persen realisasi),"
            + " pembiayaan netto",
        "CSV",
        "text/csv",
        csv);
  }

  private GeneratedDatasets.GeneratedFile descriptor(Path dir, int tahun, Iterable<Period> periods)
      throws IOException {
    Path json = dir.resolve("datapackage.json");
    List<String> paths = new ArrayList<>();
    periods.forEach(p -> paths.add(periodFile(tahun, p, "csv")));
    Files.writeString(json, Json.write(FiscalDataPackage.descriptor(tahun, paths)));
    return new GeneratedDatasets.GeneratedFile(
        "datapackage.json",
        "datapackage.json",
        "Fiscal Data Package: kolom-kolom CSV per periode dipetakan ke konsep fiskal",
        "JSON",
        "application/json",
        json);
  }

  private static Map<String, Object> datasetDict(
      int tahun, GroupService.Unit organization, java.util.Set<Period> periods) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("title", "Realisasi APBD Kabupaten Bojonegoro " + tahun);
    d.put(
        "notes",
        "Realisasi anggaran pendapatan, belanja dan pembiayaan daerah tahun "
            + tahun
            + " per unit (SKPD), per periode laporan, menurut kode rekening. Dibuat otomatis dari"
            + " impor laporan realisasi oleh "
            + organization.title()
            + "; setiap impor baru mengganti berkas dan menyimpan versi sebelumnya.");
    d.put("license_id", "cc-by");
    d.put("frekuensi", frequency(periods));
    d.put("satuan", "Rupiah");
    d.put("produsen_data", organization.title());
    d.put("tags", List.of(Map.of("name", "apbd"), Map.of("name", "anggaran")));
    return d;
  }

  /** Satu Data's frekuensi from the shortest period reported (monthly reports make it bulanan). */
  static String frequency(java.util.Set<Period> periods) {
    Period.Span shortest =
        periods.stream().map(Period::span).min(Comparator.naturalOrder()).orElse(Period.Span.YEAR);
    return switch (shortest) {
      case MONTH -> "bulanan";
      case QUARTER -> "triwulanan";
      case SEMESTER -> "semesteran";
      case YEAR -> "tahunan";
    };
  }

  private static ICSVWriter csvWriter(Path file) throws IOException {
    BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    return new CSVWriter(
        w, ',', ICSVWriter.DEFAULT_QUOTE_CHARACTER, ICSVWriter.DEFAULT_ESCAPE_CHARACTER, "\n");
  }
}
