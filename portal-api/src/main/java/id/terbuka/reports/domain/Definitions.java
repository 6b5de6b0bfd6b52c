package id.terbuka.reports.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The reports' definitions, stated in every JSON answer (Indonesian and English) so a reviewer
 * reads the rules with the figures. docs/api.md says the same.
 */
public final class Definitions {
  private Definitions() {}

  public static Map<String, Map<String, String>> timeliness(
      GracePeriods grace, int budgetDeadlineDays, int contractStageDays) {
    Map<String, Map<String, String>> d = new LinkedHashMap<>();
    put(
        d,
        "jatuh_tempo",
        "Akhir periode berikutnya setelah pembaruan terakhir (hari WIB), ditambah masa tenggang"
            + " per frekuensi (hari): "
            + grace.byCode(),
        "The end of the period after the one of the last update (WIB days), plus the grace days"
            + " per frequency: "
            + grace.byCode());
    put(
        d,
        "tepat_waktu",
        "Tanggal laporan tidak melewati jatuh tempo.",
        "The report's date is not after the due date.");
    put(d, "terlambat", "Jatuh tempo sudah lewat.", "The due date has passed.");
    put(
        d,
        "tidak_ada",
        "Dataset tanpa sumber daya aktif; untuk anggaran: periode yang wajib tetapi belum terbit.",
        "A dataset without an active resource; for the budget: a due period never published.");
    put(
        d,
        "anggaran",
        "Batas waktu laporan realisasi: "
            + budgetDeadlineDays
            + " hari setelah akhir periode; unit wajib melaporkan setiap periode dengan rentang"
            + " terpendek yang pernah ia laporkan pada tahun itu.",
        "A realisation report is due "
            + budgetDeadlineDays
            + " days after the period's end; a unit owes every period of the shortest span it"
            + " reported that year.");
    put(
        d,
        "kontrak",
        "Tender selesai lebih dari "
            + contractStageDays
            + " hari tanpa pemenang, pemenang lebih dari "
            + contractStageDays
            + " hari tanpa kontrak, atau nilai yang kosong.",
        "A tender ended over "
            + contractStageDays
            + " days ago without an award, an award over "
            + contractStageDays
            + " days old without a contract, or a missing amount.");
    put(
        d,
        "data_publik",
        "Hanya dataset aktif dan tidak privat (draf, terhapus dan privat tidak dihitung).",
        "Only active, non-private datasets (drafts, deleted and private ones are not counted).");
    return d;
  }

  public static Map<String, Map<String, String>> scorecard(GracePeriods grace) {
    Map<String, Map<String, String>> d = new LinkedHashMap<>();
    put(
        d,
        "persen_tepat_waktu",
        "Dataset tepat waktu dibagi dataset berfrekuensi tetap (tidak_tetap tidak dinilai).",
        "Datasets on time over datasets with a regular frequency (tidak_tetap is not assessed).");
    put(
        d,
        "persen_lisensi_terbuka",
        "Dataset berlisensi terbuka (Open Definition) dibagi semua dataset publik.",
        "Datasets with an open licence (Open Definition) over all public datasets.");
    put(
        d,
        "persen_format_terbaca_mesin",
        "Dataset dengan minimal satu sumber daya aktif berformat " + formats() + ".",
        "Datasets with at least one active resource in one of " + formats() + ".");
    put(
        d,
        "persen_kamus_data",
        "Dataset dengan minimal satu tabel DataStore yang kolomnya diberi keterangan (kamus data).",
        "Datasets with at least one DataStore table whose data dictionary describes a column.");
    put(
        d,
        "persen",
        "100 × bagian / keseluruhan, satu desimal, dibulatkan setengah ke atas; kosong bila"
            + " keseluruhan 0.",
        "100 × part / whole, one decimal, rounded half up; null when the whole is 0.");
    Map<String, Map<String, String>> shared = timeliness(grace, 0, 0);
    d.put("jatuh_tempo", shared.get("jatuh_tempo"));
    d.put("data_publik", shared.get("data_publik"));
    return d;
  }

  private static String formats() {
    return String.join(", ", id.terbuka.catalog.domain.DatasetFacts.MACHINE_READABLE_FORMATS);
  }

  private static void put(Map<String, Map<String, String>> d, String key, String id, String en) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("en", en);
    d.put(key, m);
  }
}
