package id.terbuka.contracts.sample;

import id.terbuka.contracts.sheet.Kategori;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Titles of procurement packages, places in the regency and made-up providers. The kecamatan are
 * Bojonegoro's; the providers' names are combinations of common Indonesian business words and their
 * NPWPs random digits of the right shape (company type 01 to 03, KPP 601).
 */
final class SampleNames {
  static final List<String> KECAMATAN =
      List.of(
          "Bojonegoro",
          "Kalitidu",
          "Bubulan",
          "Dander",
          "Kapas",
          "Baureno",
          "Sumberrejo",
          "Kanor",
          "Padangan",
          "Ngasem",
          "Temayang",
          "Sugihwaras",
          "Kedungadem",
          "Balen",
          "Tambakrejo",
          "Ngambon",
          "Ngraho",
          "Purwosari",
          "Kasiman",
          "Malo",
          "Trucuk",
          "Kepohbaru",
          "Sukosewu",
          "Gondang",
          "Sekar",
          "Margomulyo",
          "Gayam",
          "Kedewan");

  private static final List<String> FIRST =
      List.of(
          "Bangun",
          "Karya",
          "Sinar",
          "Cahaya",
          "Mitra",
          "Putra",
          "Sumber",
          "Tirta",
          "Bumi",
          "Graha",
          "Anugerah",
          "Berkah",
          "Mega",
          "Prima",
          "Citra",
          "Bina",
          "Surya",
          "Dharma",
          "Cipta",
          "Wahana");

  private static final List<String> SECOND =
      List.of(
          "Jaya",
          "Abadi",
          "Mandiri",
          "Perkasa",
          "Sejahtera",
          "Makmur",
          "Lestari",
          "Utama",
          "Sentosa",
          "Bersama",
          "Nusantara",
          "Bengawan",
          "Angling Dharma",
          "Rejeki",
          "Mulia",
          "Sakti");

  private static final List<String> GOODS =
      List.of(
          "Pengadaan Alat Tulis Kantor",
          "Pengadaan Komputer dan Printer",
          "Pengadaan Perangkat Jaringan Internet",
          "Pengadaan Meubelair Kantor",
          "Pengadaan Kendaraan Dinas Operasional",
          "Pengadaan Seragam Petugas Lapangan",
          "Pengadaan Alat Kesehatan Puskesmas %s",
          "Pengadaan Obat dan Bahan Medis Habis Pakai",
          "Pengadaan Meubelair Sekolah Kecamatan %s",
          "Pengadaan Bibit Tanaman Pangan Kecamatan %s",
          "Pengadaan Pompa Air Pertanian Kecamatan %s");

  private static final List<String> WORKS =
      List.of(
          "Rehabilitasi Jalan %s - %s",
          "Peningkatan Jalan Poros Desa Kecamatan %s",
          "Pembangunan Jembatan Desa Kecamatan %s",
          "Rehabilitasi Saluran Irigasi Kecamatan %s",
          "Rehabilitasi Gedung SD Negeri Kecamatan %s",
          "Pembangunan Drainase Kecamatan %s",
          "Pemeliharaan Gedung Kantor",
          "Pembangunan Pagar dan Halaman Kantor");

  private static final List<String> CONSULTING =
      List.of(
          "Jasa Konsultansi Perencanaan Jalan Kecamatan %s",
          "Jasa Konsultansi Pengawasan Rehabilitasi Jalan %s - %s",
          "Jasa Konsultansi Perencanaan Gedung Kantor",
          "Penyusunan Kajian Lingkungan Hidup Strategis",
          "Penyusunan Dokumen Perencanaan Kawasan Kecamatan %s");

  private static final List<String> OTHER_SERVICES =
      List.of(
          "Jasa Kebersihan Gedung Kantor",
          "Jasa Keamanan Kantor",
          "Jasa Pemeliharaan Kendaraan Dinas",
          "Sewa Kendaraan Operasional",
          "Jasa Katering Rapat dan Pelatihan",
          "Jasa Publikasi dan Dokumentasi Kegiatan",
          "Penyelenggaraan Pelatihan Aparatur");

  private final Random random;
  private final Set<String> usedNames = new HashSet<>();

  SampleNames(Random random) {
    this.random = random;
  }

  <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  /** A package title of the category, naming a kecamatan or two where the template does. */
  String title(Kategori kategori) {
    List<String> templates =
        switch (kategori) {
          case BARANG -> GOODS;
          case PEKERJAAN_KONSTRUKSI -> WORKS;
          case JASA_KONSULTANSI -> CONSULTING;
          case JASA_LAINNYA -> OTHER_SERVICES;
        };
    String from = pick(KECAMATAN);
    String to = pick(KECAMATAN.stream().filter(k -> !k.equals(from)).toList());
    return String.format(pick(templates), from, to) + " Tahun 2025";
  }

  /** A company (PT or CV) with a company NPWP, written in one of the three usual ways. */
  Supplier company(String prefix) {
    String name = uniqueName(prefix);
    String digits = "0" + (1 + random.nextInt(3)) + digits(7) + "601000";
    String npwp =
        switch (random.nextInt(4)) {
          case 0 -> digits;
          case 1 -> "0" + digits;
          default -> formatted(digits);
        };
    return new Supplier(name, npwp);
  }

  /**
   * A sole trader (UD, Toko): a personal NPWP (types 04 to 09) or the owner's NIK (3522 is
   * Bojonegoro's regency code); never published.
   */
  Supplier soleTrader() {
    String name = uniqueName(random.nextBoolean() ? "UD" : "Toko");
    String npwp =
        random.nextBoolean()
            ? formatted("0" + (7 + random.nextInt(3)) + digits(7) + "601000")
            : "3522" + String.format("%02d", 1 + random.nextInt(28)) + digits(10);
    return new Supplier(name, npwp);
  }

  private String uniqueName(String prefix) {
    while (true) {
      String name = prefix + " " + pick(FIRST) + " " + pick(SECOND);
      if (random.nextInt(3) == 0) {
        name += " " + pick(KECAMATAN);
      }
      if (usedNames.add(name)) {
        return name;
      }
    }
  }

  private String digits(int count) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < count; i++) {
      s.append(random.nextInt(10));
    }
    return s.toString();
  }

  /** {@code 01.234.567.8-601.000}. */
  private static String formatted(String d) {
    return d.substring(0, 2)
        + "."
        + d.substring(2, 5)
        + "."
        + d.substring(5, 8)
        + "."
        + d.charAt(8)
        + "-"
        + d.substring(9, 12)
        + "."
        + d.substring(12, 15);
  }
}
