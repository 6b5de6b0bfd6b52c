package id.terbuka.deploy.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * A regency table of {@code rows} rows and 12 columns (integers, numerics, dates, booleans, short
 * and longer text), written as plain CSV that both PostgreSQL's COPY and Terbuka's loader read: the
 * benchmark compares the two on the same bytes.
 */
final class TableGenerator {
  static final String HEADER =
      "kode,kode_desa,kecamatan,desa,tanggal,jumlah_penduduk,anggaran,realisasi,aktif,kategori,"
          + "keterangan,tahun";

  /** The same columns with the types Terbuka is expected to detect, for the COPY baseline. */
  static final String COLUMN_TYPES =
      "kode bigint, kode_desa bigint, kecamatan text, desa text, tanggal date,"
          + " jumlah_penduduk bigint, anggaran numeric, realisasi numeric, aktif boolean,"
          + " kategori text, keterangan text, tahun bigint";

  static final List<String> KECAMATAN =
      List.of(
          "Balen",
          "Baureno",
          "Bojonegoro",
          "Bubulan",
          "Dander",
          "Gayam",
          "Gondang",
          "Kalitidu",
          "Kanor",
          "Kapas",
          "Kasiman",
          "Kedewan",
          "Kedungadem",
          "Kepohbaru",
          "Malo",
          "Margomulyo",
          "Ngambon",
          "Ngasem",
          "Ngraho",
          "Padangan",
          "Purwosari",
          "Sekar",
          "Sugihwaras",
          "Sukosewu",
          "Sumberrejo",
          "Tambakrejo",
          "Temayang",
          "Trucuk");

  private static final List<String> KATEGORI =
      List.of(
          "pendidikan",
          "kesehatan",
          "pertanian",
          "infrastruktur",
          "sosial",
          "ekonomi",
          "lingkungan",
          "pemerintahan",
          "pariwisata",
          "perikanan");

  private TableGenerator() {}

  static void write(Path file, int rows) throws IOException {
    Random random = new Random(42);
    LocalDate start = LocalDate.of(2020, 1, 1);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(HEADER);
      w.write('\n');
      StringBuilder line = new StringBuilder(160);
      for (int i = 1; i <= rows; i++) {
        int kec = random.nextInt(KECAMATAN.size());
        line.setLength(0);
        line.append(i).append(',');
        line.append(3522010001L + kec * 100_000L + random.nextInt(30)).append(',');
        line.append(KECAMATAN.get(kec)).append(',');
        line.append("Desa ").append(Vocabulary.pick(random)).append(' ').append(random.nextInt(30));
        line.append(',');
        line.append(start.plusDays(random.nextInt(2190))).append(',');
        line.append(500 + random.nextInt(20_000)).append(',');
        long budget = 1_000_000L + (long) (random.nextDouble() * 5_000_000_000L);
        line.append(budget / 100).append('.').append(String.format("%02d", budget % 100));
        line.append(',');
        long spent = (long) (budget * random.nextDouble());
        line.append(spent / 100).append('.').append(String.format("%02d", spent % 100));
        line.append(',');
        line.append(random.nextBoolean()).append(',');
        line.append(KATEGORI.get(random.nextInt(KATEGORI.size()))).append(',');
        line.append('"')
            .append("Kegiatan ")
            .append(Vocabulary.pick(random))
            .append(' ')
            .append(Vocabulary.pick(random))
            .append(", tahap ")
            .append(1 + random.nextInt(4))
            .append('"')
            .append(',');
        line.append(2019 + random.nextInt(7)).append('\n');
        w.append(line);
      }
    }
  }
}
