package id.terbuka.budget.sample;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The sub kegiatan a unit spends through, {@code U.BB.PP.K.KK.SSSS} under the unit's own urusan and
 * bidang: the first pays the staff (programme 01, the support programme every unit has), a few more
 * run the office (programme 01 too), the rest are the unit's own programmes (02 onwards) with
 * plausible generated names. Kegiatan numbers start with 2, as for a kabupaten.
 */
final class SubActivities {
  /** A sub kegiatan: code and name. */
  record Plan(String code, String name) {}

  private static final String[][] SUPPORT = {
    {"2.02.0001", "Penyediaan Gaji dan Tunjangan ASN"},
    {"2.01.0001", "Penyusunan Dokumen Perencanaan Perangkat Daerah"},
    {"2.06.0002", "Penyediaan Peralatan dan Perlengkapan Kantor"},
    {"2.08.0004", "Penyediaan Jasa Pelayanan Umum Kantor"},
    {"2.09.0002", "Pemeliharaan Kendaraan Dinas Operasional"}
  };

  private static final String[] VERBS = {
    "Penyediaan",
    "Pengelolaan",
    "Pembangunan",
    "Pemeliharaan",
    "Peningkatan",
    "Fasilitasi",
    "Koordinasi",
    "Pembinaan",
    "Pengembangan",
    "Penyelenggaraan"
  };

  private static final String[] OBJECTS = {
    "Sarana dan Prasarana Layanan",
    "Data dan Informasi Sektoral",
    "Kapasitas Sumber Daya Manusia",
    "Layanan kepada Masyarakat",
    "Kerja Sama dengan Pemangku Kepentingan",
    "Sistem Informasi Pelayanan",
    "Pengawasan dan Pengendalian",
    "Kegiatan Masyarakat Desa",
    "Kualitas Lingkungan Kerja",
    "Standar Pelayanan Minimal"
  };

  private SubActivities() {}

  /** {@code count} (at least 2) distinct sub kegiatan of a unit, the staff one first. */
  static List<Plan> of(SampleUnit unit, int count, SplittableRandom random) {
    String prefix = unit.urusanBidang();
    Set<String> codes = new LinkedHashSet<>();
    List<Plan> plans = new ArrayList<>();
    int support = Math.min(SUPPORT.length, 1 + count / 4);
    for (int i = 0; i < support; i++) {
      String code = prefix + ".01." + SUPPORT[i][0];
      codes.add(code);
      plans.add(new Plan(code, SUPPORT[i][1]));
    }
    while (plans.size() < count) {
      int programme = 2 + random.nextInt(4);
      int kegiatan = 1 + random.nextInt(6);
      int sub = 1 + random.nextInt(12);
      String code = String.format("%s.%02d.2.%02d.%04d", prefix, programme, kegiatan, sub);
      if (codes.add(code)) {
        String name =
            VERBS[random.nextInt(VERBS.length)] + " " + OBJECTS[random.nextInt(OBJECTS.length)];
        plans.add(new Plan(code, name));
      }
    }
    return plans;
  }
}
