package id.terbuka.budget.sample;

import id.terbuka.budget.domain.AccountCode;
import id.terbuka.budget.domain.ChartOfAccounts;
import java.util.List;
import java.util.Map;

/**
 * The uraian of a generated line: the bundled chart's name where it names the code (akun, kelompok,
 * jenis), a common name for some objek codes, else a plausible name built from the parent's and a
 * short list of words. The sample's own wording, picked by the code's number so that a code keeps
 * its name in every period of a year.
 */
final class AccountNames {
  private static final ChartOfAccounts CHART = ChartOfAccounts.bundled();

  private static final Map<String, String> OBJEK =
      Map.ofEntries(
          Map.entry("4.1.01.01", "Pajak Hotel"),
          Map.entry("4.1.01.02", "Pajak Restoran"),
          Map.entry("4.1.01.03", "Pajak Hiburan"),
          Map.entry("4.1.01.04", "Pajak Reklame"),
          Map.entry("4.1.01.05", "Pajak Penerangan Jalan"),
          Map.entry("4.1.01.06", "Pajak Parkir"),
          Map.entry("4.1.01.07", "Pajak Air Tanah"),
          Map.entry("4.1.01.08", "Pajak Bumi dan Bangunan Perdesaan dan Perkotaan"),
          Map.entry("4.1.01.09", "Bea Perolehan Hak atas Tanah dan Bangunan"),
          Map.entry("4.1.02.01", "Retribusi Jasa Umum"),
          Map.entry("4.1.02.02", "Retribusi Jasa Usaha"),
          Map.entry("4.1.02.03", "Retribusi Perizinan Tertentu"),
          Map.entry("4.2.01.01", "Dana Perimbangan"),
          Map.entry("4.2.01.02", "Dana Insentif Daerah"),
          Map.entry("4.2.01.03", "Dana Desa"),
          Map.entry("4.2.02.01", "Pendapatan Bagi Hasil dari Provinsi"),
          Map.entry("4.2.02.02", "Bantuan Keuangan dari Provinsi"),
          Map.entry("5.1.01.01", "Belanja Gaji dan Tunjangan ASN"),
          Map.entry("5.1.01.02", "Belanja Tambahan Penghasilan ASN"),
          Map.entry("5.1.02.01", "Belanja Barang"),
          Map.entry("5.1.02.02", "Belanja Jasa"),
          Map.entry("5.1.02.03", "Belanja Pemeliharaan"),
          Map.entry("5.1.02.04", "Belanja Perjalanan Dinas"),
          Map.entry("5.1.05.05", "Belanja Hibah kepada Badan dan Lembaga"),
          Map.entry("5.1.06.01", "Belanja Bantuan Sosial kepada Individu"),
          Map.entry("5.1.06.02", "Belanja Bantuan Sosial kepada Keluarga"),
          Map.entry("5.2.02.01", "Belanja Modal Alat Besar"),
          Map.entry("5.2.02.02", "Belanja Modal Alat Angkutan"),
          Map.entry("5.2.02.05", "Belanja Modal Alat Kantor dan Rumah Tangga"),
          Map.entry("5.2.02.06", "Belanja Modal Alat Studio, Komunikasi, dan Pemancar"),
          Map.entry("5.2.02.07", "Belanja Modal Alat Kedokteran dan Kesehatan"),
          Map.entry("5.2.02.10", "Belanja Modal Komputer"),
          Map.entry("5.2.03.01", "Belanja Modal Bangunan Gedung"),
          Map.entry("5.2.04.01", "Belanja Modal Jalan"),
          Map.entry("5.2.04.02", "Belanja Modal Jembatan"),
          Map.entry("5.2.04.03", "Belanja Modal Bangunan Air"),
          Map.entry("5.3.01.01", "Belanja Tidak Terduga"),
          Map.entry("5.4.02.05", "Belanja Bantuan Keuangan kepada Pemerintah Desa"),
          Map.entry("6.1.01.01", "Sisa Lebih Perhitungan Anggaran Tahun Sebelumnya"),
          Map.entry("6.2.02.01", "Penyertaan Modal Daerah pada BUMD"));

  private static final List<String> QUALIFIERS =
      List.of(
          "Operasional",
          "Pelayanan",
          "Penunjang",
          "Teknis",
          "Kantor",
          "Lapangan",
          "Khusus",
          "Umum");

  /** Deeper belanja lines by jenis prefix: what the money buys or whom it goes to. */
  private static final Map<String, List<String>> ITEMS =
      Map.of(
          "5.1.01",
          List.of(
              "Gaji Pokok PNS",
              "Tunjangan Keluarga PNS",
              "Tunjangan Jabatan PNS",
              "Tunjangan Fungsional PNS",
              "Tunjangan Beras PNS",
              "Iuran Jaminan Kesehatan PNS",
              "Iuran Jaminan Kecelakaan Kerja PNS",
              "Tambahan Penghasilan Beban Kerja PNS",
              "Gaji Pokok PPPK",
              "Tunjangan PPPK"),
          "5.1.02",
          List.of(
              "Alat Tulis Kantor",
              "Bahan Cetak",
              "Alat Listrik",
              "Bahan Bakar Minyak",
              "Suku Cadang Kendaraan",
              "Makanan dan Minuman Rapat",
              "Honorarium Narasumber",
              "Jasa Tenaga Kebersihan",
              "Jasa Tenaga Keamanan",
              "Sewa Gedung Pertemuan",
              "Langganan Listrik",
              "Langganan Air",
              "Langganan Internet",
              "Pemeliharaan Kendaraan Dinas",
              "Pemeliharaan Gedung Kantor",
              "Perjalanan Dinas Dalam Daerah",
              "Perjalanan Dinas Luar Daerah",
              "Pakaian Dinas",
              "Obat-obatan",
              "Publikasi dan Dokumentasi",
              "Jasa Konsultansi",
              "Premi Asuransi"),
          "5.2",
          List.of(
              "Pengadaan Kendaraan Dinas",
              "Pengadaan Komputer dan Laptop",
              "Pengadaan Mebel",
              "Pengadaan Alat Kesehatan",
              "Pembangunan Gedung Kantor",
              "Rehabilitasi Gedung",
              "Peningkatan Jalan",
              "Rekonstruksi Jalan",
              "Pembangunan Jembatan",
              "Rehabilitasi Saluran Irigasi",
              "Pembangunan Drainase",
              "Pengadaan Alat Berat"));

  private static final List<String> SOURCES =
      List.of(
          "Pemerintah Pusat",
          "Pemerintah Provinsi",
          "Badan Usaha Milik Daerah",
          "Badan Layanan Umum Daerah",
          "Masyarakat",
          "Pihak Ketiga",
          "Tahun Berjalan",
          "Lainnya");

  private static final List<String> AREAS =
      List.of("Wilayah Utara", "Wilayah Selatan", "Wilayah Timur", "Wilayah Barat", "Wilayah Kota");

  private AccountNames() {}

  /** The name of a code, given its parent's name and its own number within the parent. */
  static String of(String code, int segments, String parentName, int number) {
    if (segments <= 3) {
      return CHART.nameOf(AccountCode.of(code)).orElse(parentName);
    }
    String known = OBJEK.get(code);
    if (known != null) {
      return known;
    }
    List<String> items = ITEMS.get(code.startsWith("5.2") ? "5.2" : code.substring(0, 6));
    if (segments == 4 && code.startsWith("5")) {
      return parentName + " " + pick(QUALIFIERS, number);
    }
    if (items == null || segments == 4) {
      // Pendapatan, pembiayaan, grants and transfers: by source and area.
      return switch (segments) {
        case 4 -> parentName + " dari " + pick(SOURCES, number);
        case 5 -> parentName + " " + pick(AREAS, number);
        default -> parentName + " Bagian " + number;
      };
    }
    String name = "Belanja " + pick(items, number * 7 + parentName.length());
    return segments == 5 ? name : name + " " + pick(QUALIFIERS, number);
  }

  private static String pick(List<String> words, int index) {
    return words.get(Math.floorMod(index, words.size()));
  }
}
