package id.terbuka.reports.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The reports' tables: their column names and each row's values, in the order of the columns. */
public final class ReportTables {
  private ReportTables() {}

  public static ReportTable datasets(List<DatasetTimeliness> list) {
    List<List<Object>> rows = new ArrayList<>();
    for (DatasetTimeliness t : list) {
      rows.add(
          Arrays.asList(
              t.dataset().organization(),
              t.dataset().name(),
              t.dataset().title(),
              t.frequency().code(),
              t.lastUpdate().toString(),
              t.dueDate() == null ? null : t.dueDate().toString(),
              t.status().code(),
              t.daysLate()));
    }
    return new ReportTable(
        List.of(
            "organization",
            "name",
            "title",
            "frekuensi",
            "terakhir_diperbarui",
            "jatuh_tempo",
            "status",
            "hari_terlambat"),
        rows);
  }

  public static ReportTable budget(List<BudgetTimeliness.Row> list) {
    List<List<Object>> rows = new ArrayList<>();
    for (BudgetTimeliness.Row r : list) {
      rows.add(
          Arrays.asList(
              r.kodeSkpd(),
              r.namaSkpd(),
              r.periode().code(),
              r.periodEnd().toString(),
              r.deadline().toString(),
              r.published() == null ? null : r.published().toString(),
              r.daysAfterEnd(),
              r.versions(),
              r.status().code()));
    }
    return new ReportTable(
        List.of(
            "kode_skpd",
            "nama_skpd",
            "periode",
            "akhir_periode",
            "batas_waktu",
            "pertama_terbit",
            "hari_setelah_akhir",
            "versi",
            "status"),
        rows);
  }

  public static ReportTable contracts(List<ContractGaps.Row> list) {
    List<List<Object>> rows = new ArrayList<>();
    for (ContractGaps.Row r : list) {
      var p = r.process();
      rows.add(
          Arrays.asList(
              p.ocid(),
              p.title(),
              p.buyerName(),
              p.tenderEnd() == null ? null : p.tenderEnd().toString(),
              p.tenderStatus(),
              p.activeAwards(),
              p.firstAwardDate() == null ? null : p.firstAwardDate().toString(),
              p.contracts(),
              r.problems()));
    }
    return new ReportTable(
        List.of(
            "ocid",
            "judul",
            "pembeli",
            "akhir_tender",
            "status_tender",
            "pemenang_aktif",
            "tanggal_pemenang_pertama",
            "kontrak",
            "masalah"),
        rows);
  }

  /** Dasa Wisma coverage rows as published ({@code kode, nama, rumah_tangga, ...}). */
  public static ReportTable dasaWisma(List<Map<String, Object>> published) {
    List<String> columns = List.of("kode", "nama", "rumah_tangga", "target", "cakupan_persen");
    List<List<Object>> rows = new ArrayList<>();
    for (Map<String, Object> r : published) {
      List<Object> row = new ArrayList<>();
      columns.forEach(c -> row.add(r.get(c)));
      rows.add(row);
    }
    return new ReportTable(columns, rows);
  }

  public static ReportTable scorecard(Scorecard.Card card) {
    List<List<Object>> rows = new ArrayList<>();
    for (Scorecard.Row r : card.rows()) {
      rows.add(
          Arrays.asList(
              r.organization(),
              r.title(),
              r.datasets(),
              r.assessed(),
              r.onTime(),
              r.onTimePercent(),
              r.openLicense(),
              r.openLicensePercent(),
              r.machineReadable(),
              r.machineReadablePercent(),
              r.dictionary(),
              r.dictionaryPercent()));
    }
    return new ReportTable(
        List.of(
            "organization",
            "title",
            "dataset",
            "dinilai",
            "tepat_waktu",
            "persen_tepat_waktu",
            "lisensi_terbuka",
            "persen_lisensi_terbuka",
            "format_terbaca_mesin",
            "persen_format_terbaca_mesin",
            "kamus_data",
            "persen_kamus_data"),
        rows);
  }
}
