package id.terbuka.deploy.bench;

import java.util.List;
import java.util.Random;

/** Indonesian words for generated titles, notes and tags, and for the benchmark's queries. */
final class Vocabulary {
  static final List<String> WORDS =
      List.of(
          "penduduk",
          "kependudukan",
          "anggaran",
          "penganggaran",
          "realisasi",
          "belanja",
          "pendapatan",
          "pajak",
          "retribusi",
          "sekolah",
          "pendidikan",
          "guru",
          "siswa",
          "kesehatan",
          "puskesmas",
          "stunting",
          "imunisasi",
          "gizi",
          "jalan",
          "jembatan",
          "irigasi",
          "pertanian",
          "padi",
          "jagung",
          "panen",
          "ternak",
          "perikanan",
          "pasar",
          "perdagangan",
          "koperasi",
          "industri",
          "tenaga",
          "kerja",
          "pengangguran",
          "kemiskinan",
          "bantuan",
          "sosial",
          "desa",
          "kecamatan",
          "kelurahan",
          "banjir",
          "bencana",
          "kebakaran",
          "lingkungan",
          "sampah",
          "air",
          "bersih",
          "sanitasi",
          "perumahan",
          "listrik",
          "internet",
          "pariwisata",
          "budaya",
          "olahraga",
          "pemuda",
          "perempuan",
          "anak",
          "keluarga",
          "kendaraan",
          "transportasi",
          "terminal",
          "perizinan",
          "investasi",
          "ekonomi",
          "perekonomian",
          "inflasi",
          "harga",
          "beras",
          "minyak",
          "gas",
          "tambang",
          "hutan",
          "kebun",
          "tebu",
          "tembakau",
          "rumah",
          "sakit",
          "dokter",
          "bidan",
          "posyandu",
          "kelahiran",
          "kematian",
          "perkawinan",
          "akta",
          "statistik",
          "indeks",
          "pembangunan",
          "manusia",
          "infrastruktur",
          "proyek",
          "kontrak",
          "pengadaan",
          "barang",
          "jasa",
          "modal",
          "aset",
          "hibah",
          "dana",
          "transfer",
          "triwulan",
          "semester",
          "tahunan",
          "bulanan");

  private Vocabulary() {}

  static String pick(Random random) {
    return WORDS.get(random.nextInt(WORDS.size()));
  }

  static String phrase(Random random, int words) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < words; i++) {
      if (i > 0) {
        b.append(' ');
      }
      b.append(pick(random));
    }
    return b.toString();
  }
}
