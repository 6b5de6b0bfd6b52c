package id.terbuka.deploy.bench;

import id.terbuka.budget.sample.BojonegoroUnits;
import id.terbuka.budget.sample.SampleUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Who buys, who supplies and what, for the generated procurement: the regency's 30 largest units as
 * buyers (from the budget sample's unit list), made-up providers with company NPWPs, and package
 * titles made of a kind of work, an object and a kecamatan. The providers are combinations of
 * common Indonesian business words, not real companies.
 */
final class ProcurementNames {
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

  /** Kinds of package per spreadsheet category code, then their objects. */
  static final Map<String, List<String>> KINDS = new LinkedHashMap<>();

  static final Map<String, List<String>> OBJECTS = new LinkedHashMap<>();

  static {
    KINDS.put(
        "pekerjaan_konstruksi",
        List.of("Pembangunan", "Rehabilitasi", "Peningkatan", "Pemeliharaan Berkala"));
    OBJECTS.put(
        "pekerjaan_konstruksi",
        List.of(
            "Jalan Desa",
            "Jembatan",
            "Saluran Irigasi",
            "Gedung Kantor",
            "Ruang Kelas SD",
            "Drainase",
            "Talud",
            "Puskesmas Pembantu",
            "Pasar Desa",
            "Embung"));
    KINDS.put("barang", List.of("Pengadaan", "Belanja"));
    OBJECTS.put(
        "barang",
        List.of(
            "Alat Kesehatan",
            "Komputer dan Printer",
            "Meubelair Sekolah",
            "Kendaraan Dinas",
            "Bibit Padi",
            "Pupuk Organik",
            "Obat-obatan",
            "Buku Pelajaran",
            "Seragam Sekolah",
            "Peralatan Kantor",
            "Perangkat Jaringan",
            "Ambulans Desa"));
    KINDS.put(
        "jasa_konsultansi",
        List.of(
            "Jasa Konsultansi Perencanaan",
            "Jasa Konsultansi Pengawasan",
            "Penyusunan Dokumen",
            "Kajian"));
    OBJECTS.put(
        "jasa_konsultansi",
        List.of(
            "Jalan Kabupaten",
            "Jembatan",
            "Jaringan Irigasi",
            "Rencana Tata Ruang",
            "Lingkungan Hidup",
            "Drainase Perkotaan",
            "Gedung Pemerintahan"));
    KINDS.put("jasa_lainnya", List.of("Jasa", "Sewa", "Belanja Jasa"));
    OBJECTS.put(
        "jasa_lainnya",
        List.of(
            "Kebersihan Kantor",
            "Keamanan Gedung",
            "Kendaraan Operasional",
            "Katering Rapat",
            "Pemeliharaan AC",
            "Cetak Baliho",
            "Internet Kantor"));
  }

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
          "Sakti",
          "Gemilang",
          "Rejeki",
          "Nusantara",
          "Persada",
          "Agung",
          "Kencana",
          "Mulia",
          "Teknik",
          "Konstruksi");

  /** A buying unit: party id {@code ID-SKPD-{kode}}. */
  record Buyer(String kode, String name, int weight) {
    String partyId() {
      return "ID-SKPD-" + kode;
    }
  }

  /** A provider with a company NPWP: party id {@code ID-NPWP-{npwp}}. */
  record Supplier(String name, String npwp) {
    String partyId() {
      return "ID-NPWP-" + npwp;
    }
  }

  private ProcurementNames() {}

  /**
   * The {@code count} largest units; each buys in proportion to the square root of its budget (a
   * large office runs more packages, not proportionally more).
   */
  static List<Buyer> buyers(int count) {
    List<Buyer> buyers = new ArrayList<>();
    for (SampleUnit u : BojonegoroUnits.all().subList(0, count)) {
      buyers.add(new Buyer(u.kodeSkpd(), u.namaSkpd(), (int) Math.sqrt(u.belanjaJuta())));
    }
    return buyers;
  }

  /** {@code count} distinct providers (CV or PT, two words), each with its own NPWP. */
  static List<Supplier> suppliers(int count, Random random) {
    Map<String, Supplier> byName = new LinkedHashMap<>();
    Set<String> npwps = new HashSet<>();
    while (byName.size() < count) {
      String form = random.nextInt(3) == 0 ? "PT" : "CV";
      String name =
          form
              + " "
              + FIRST.get(random.nextInt(FIRST.size()))
              + " "
              + SECOND.get(random.nextInt(SECOND.size()));
      if (byName.size() >= FIRST.size() * SECOND.size()) {
        name += " " + KECAMATAN.get(random.nextInt(KECAMATAN.size()));
      }
      // A company's NPWP: taxpayer type 01-03, serial, check digit, tax office 601, head office.
      String npwp =
          String.format(
              "%02d%07d%d601000",
              1 + random.nextInt(3), random.nextInt(10_000_000), random.nextInt(10));
      if (!byName.containsKey(name) && npwps.add(npwp)) {
        byName.put(name, new Supplier(name, npwp));
      }
    }
    return new ArrayList<>(byName.values());
  }

  /** Words people search for: the objects' words and the kecamatan, lower case. */
  static List<String> searchWords() {
    Set<String> words = new LinkedHashSet<>();
    OBJECTS
        .values()
        .forEach(
            objects ->
                objects.forEach(
                    o -> {
                      for (String w : o.toLowerCase(Locale.ROOT).split("[ -]")) {
                        if (w.length() > 3 && !w.equals("dan")) {
                          words.add(w);
                        }
                      }
                    }));
    KECAMATAN.forEach(k -> words.add(k.toLowerCase(Locale.ROOT)));
    return new ArrayList<>(words);
  }
}
