package id.terbuka.contracts.sample;

import id.terbuka.budget.sample.SampleUnit;
import id.terbuka.budget.sample.UnitRole;
import id.terbuka.contracts.sheet.ContractStatus;
import id.terbuka.contracts.sheet.Kategori;
import id.terbuka.contracts.sheet.Metode;
import id.terbuka.contracts.sheet.TenderStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Generates the processes of the sample year as the file stands on {@value #AS_OF_TEXT}: methods in
 * rough proportion to a regency's (many direct purchases and catalogue orders, fewer tenders),
 * categories by the unit's role, stages by how far each process has gone, and the red flags' quirks
 * in a few processes each (including {@value #SPLIT_CLUSTERS} clusters of split direct purchases).
 * A regular direct purchase never goes to a supplier the unit already bought from directly, so no
 * splitting appears by chance.
 */
final class ProcessGenerator {
  static final String AS_OF_TEXT = "2025-10-31";
  static final LocalDate AS_OF = LocalDate.parse(AS_OF_TEXT);
  static final LocalDate LAST_DAY = LocalDate.of(2025, 12, 28);
  static final int SPLIT_CLUSTERS = 3;

  private static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 13);

  /** The statuses of open tenders not decided, taken in turn so that each appears. */
  private static final List<TenderStatus> UNDECIDED =
      List.of(
          TenderStatus.DIUMUMKAN,
          TenderStatus.EVALUASI,
          TenderStatus.GAGAL,
          TenderStatus.DIRENCANAKAN,
          TenderStatus.DIUMUMKAN,
          TenderStatus.BATAL);

  /**
   * Every {@value}th open competition has one bidder, the next a short period, the next an offer
   * near the HPS: about 7 % each.
   */
  private static final int QUIRK_CYCLE = 14;

  /** Every {@value}th contract is terminated early. */
  private static final int TERMINATION_CYCLE = 40;

  private final List<SampleUnit> units;
  private final SampleDraw draw;
  private final SampleNames names;
  private final List<Supplier> builders = new ArrayList<>();
  private final List<Supplier> consultants = new ArrayList<>();
  private final List<Supplier> vendors = new ArrayList<>();
  private final Set<String> directPairs = new HashSet<>();
  private int tendering;
  private int competitions;
  private int contracts;

  ProcessGenerator(List<SampleUnit> units, long seed) {
    if (units.isEmpty()) {
      throw new IllegalArgumentException("No units to generate procurement for");
    }
    this.units = List.copyOf(units);
    Random random = new Random(seed);
    this.draw = new SampleDraw(random);
    this.names = new SampleNames(random);
    for (int i = 0; i < 30; i++) {
      builders.add(names.company(i % 3 == 0 ? "PT" : "CV"));
      vendors.add(names.company(i % 2 == 0 ? "PT" : "CV"));
    }
    for (int i = 0; i < 12; i++) {
      consultants.add(names.company("CV"));
    }
  }

  /** {@code count} processes with kode_rup in file order. */
  List<SampleProcess> generate(int count) {
    List<SampleProcess> all = new ArrayList<>();
    for (int c = 0; c < SPLIT_CLUSTERS; c++) {
      all.addAll(splitCluster(3 + c % 2));
    }
    while (all.size() < count) {
      all.add(regular());
    }
    Collections.shuffle(all, draw.random());
    for (int i = 0; i < all.size(); i++) {
      all.get(i).kodeRup = String.valueOf(52_410_000 + i * 7 + draw.between(0, 6));
    }
    return all;
  }

  private SampleProcess regular() {
    SampleProcess p = new SampleProcess();
    p.unit = unit();
    p.metode =
        draw.weighted(
            List.of(Metode.values()),
            List.of(20, 8, 7, 30, 5, 20, 10)); // tender .. swakelola, in Metode's order
    p.kategori = kategori(p.metode, p.unit.role());
    plan(p);
    if (p.metode == Metode.SWAKELOLA) {
      return p;
    }
    Progress progress =
        p.metode == Metode.E_PURCHASING
            ? draw.weighted(
                List.of(Progress.PLANNED, Progress.AWARDED, Progress.CONTRACTED), List.of(8, 5, 87))
            : draw.weighted(List.of(Progress.values()), List.of(7, 10, 5, 78));
    switch (progress) {
      case PLANNED -> {}
      case TENDERING -> tendering(p);
      case AWARDED -> award(p, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 25), true);
      case CONTRACTED -> {
        award(p, FIRST_DAY, LocalDate.of(2025, 9, 10), false);
        contract(p);
      }
    }
    return p;
  }

  private SampleUnit unit() {
    List<Integer> weights =
        units.stream().map(u -> (int) Math.max(1, Math.sqrt(u.belanjaJuta()))).toList();
    return draw.weighted(units, weights);
  }

  private Kategori kategori(Metode metode, UnitRole role) {
    List<Kategori> all = List.of(Kategori.values());
    return switch (metode) {
      case SELEKSI -> Kategori.JASA_KONSULTANSI;
      case E_PURCHASING -> draw.chance(0.7) ? Kategori.BARANG : Kategori.JASA_LAINNYA;
      case TENDER, TENDER_CEPAT ->
          role == UnitRole.WORKS && draw.chance(0.8)
              ? Kategori.PEKERJAAN_KONSTRUKSI
              : draw.weighted(all, List.of(40, 35, 0, 25));
      case PENGADAAN_LANGSUNG -> draw.weighted(all, List.of(45, 20, 10, 25));
      case PENUNJUKAN_LANGSUNG -> draw.weighted(all, List.of(40, 20, 0, 40));
      case SWAKELOLA -> draw.weighted(all, List.of(0, 40, 0, 60));
    };
  }

  /** The plan's cells: title, account, pagu. */
  private void plan(SampleProcess p) {
    p.judul = names.title(p.kategori);
    p.kodeRekening = account(p.kategori);
    p.grouped = draw.chance(0.2);
    p.pagu =
        switch (p.metode) {
          case TENDER ->
              p.kategori == Kategori.PEKERJAAN_KONSTRUKSI
                  ? draw.juta(800, 9000)
                  : draw.juta(300, 4000);
          case TENDER_CEPAT -> draw.juta(250, 2500);
          case SELEKSI -> draw.juta(150, 1500);
          case PENGADAAN_LANGSUNG ->
              p.kategori == Kategori.JASA_KONSULTANSI ? draw.juta(10, 99) : draw.juta(10, 190);
          case PENUNJUKAN_LANGSUNG -> draw.juta(100, 1200);
          case E_PURCHASING -> draw.juta(15, 2500);
          case SWAKELOLA -> draw.juta(50, 600);
        };
  }

  private String account(Kategori kategori) {
    return names.pick(
        switch (kategori) {
          case BARANG -> List.of("5.1.02.01.01.0024", "5.2.02.05.01.0005", "5.2.02.10.01.0002");
          case PEKERJAAN_KONSTRUKSI ->
              List.of("5.2.04.01.01.0012", "5.2.03.01.01.0001", "5.2.04.02.01.0001");
          case JASA_KONSULTANSI -> List.of("5.1.02.02.01.0029", "5.2.03.01.01.0002");
          case JASA_LAINNYA -> List.of("5.1.02.02.01.0003", "5.1.02.02.01.0013");
        });
  }

  /**
   * Prepared (HPS set, not announced), or announced lately and not decided by the file's date, or
   * cancelled, or failed.
   */
  private void tendering(SampleProcess p) {
    p.pengumuman = draw.day(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 16));
    p.hps = draw.share(p.pagu, 0.90, 0.99);
    if (!p.metode.open()) {
      p.statusTender = TenderStatus.DIUMUMKAN;
      return;
    }
    p.statusTender = UNDECIDED.get(tendering++ % UNDECIDED.size());
    if (p.statusTender == TenderStatus.DIRENCANAKAN) {
      p.pengumuman = null;
      return;
    }
    p.penutupan = p.pengumuman.plusDays(draw.between(7, 14));
    p.peserta =
        switch (p.statusTender) {
          case EVALUASI -> draw.between(2, 8);
          case GAGAL -> draw.between(0, 2);
          default -> null;
        };
  }

  /** The tender stage (if the method has one) and the winner, announced between the two days. */
  private void award(SampleProcess p, LocalDate first, LocalDate last, boolean maybePending) {
    LocalDate start = draw.day(first, last);
    if (p.metode == Metode.E_PURCHASING) {
      p.penetapan = start;
      p.penawaran = draw.share(p.pagu, 0.85, 0.99);
      p.pemenang = names.pick(vendors);
      return;
    }
    p.pengumuman = start;
    p.hps = draw.share(p.pagu, 0.90, 0.99);
    if (p.metode.open()) {
      openCompetition(p);
    } else {
      p.penawaran = draw.share(p.hps, 0.95, 0.99);
      p.penetapan = start.plusDays(draw.between(2, 6));
      p.pemenang = directSupplier(p);
    }
    p.statusTender =
        maybePending && draw.chance(0.3) ? TenderStatus.EVALUASI : TenderStatus.SELESAI;
  }

  private void openCompetition(SampleProcess p) {
    int turn = competitions++ % QUIRK_CYCLE;
    p.quirk =
        turn == 0
            ? Quirk.SINGLE_BIDDER
            : turn == 1 ? Quirk.SHORT_TENDER : turn == 2 ? Quirk.NEAR_ESTIMATE : Quirk.NONE;
    int days =
        switch (p.metode) {
          case TENDER_CEPAT -> draw.between(7, 10);
          case SELEKSI -> draw.between(10, 21);
          default -> draw.between(7, 21);
        };
    p.penutupan = p.pengumuman.plusDays(p.quirk == Quirk.SHORT_TENDER ? draw.between(3, 6) : days);
    p.peserta =
        p.quirk == Quirk.SINGLE_BIDDER
            ? 1
            : switch (p.metode) {
              case TENDER_CEPAT -> draw.between(2, 6);
              case SELEKSI -> draw.between(3, 7);
              default -> draw.between(2, 12);
            };
    p.penawaran =
        switch (p.quirk) {
          case NEAR_ESTIMATE -> draw.share(p.hps, 0.990, 0.999);
          case SINGLE_BIDDER -> draw.share(p.hps, 0.95, 0.985);
          default -> draw.share(p.hps, 0.80, 0.96);
        };
    p.penetapan = p.penutupan.plusDays(draw.between(2, 10));
    p.pemenang =
        names.pick(
            switch (p.kategori) {
              case PEKERJAAN_KONSTRUKSI -> builders;
              case JASA_KONSULTANSI -> consultants;
              default -> vendors;
            });
  }

  /**
   * A supplier this unit has not bought from directly before: a company, or for a Pengadaan
   * Langsung now and then a sole trader.
   */
  private Supplier directSupplier(SampleProcess p) {
    for (int attempt = 0; attempt < 20; attempt++) {
      boolean sole = p.metode == Metode.PENGADAAN_LANGSUNG && draw.chance(0.25);
      Supplier s = sole ? names.soleTrader() : names.pick(vendors);
      if (directPairs.add(p.unit.kodeSkpd() + "|" + s.name())) {
        return s;
      }
    }
    Supplier fresh = names.company("CV");
    directPairs.add(p.unit.kodeSkpd() + "|" + fresh.name());
    return fresh;
  }

  /** Signed after the award; as of the file's date running, completed or terminated. */
  private void contract(SampleProcess p) {
    p.tanggalKontrak =
        p.penetapan.plusDays(
            p.metode == Metode.E_PURCHASING ? draw.between(0, 3) : draw.between(3, 12));
    p.nomorKontrak = "SPK/" + p.unit.kodeSkpd().substring(0, 4) + "/" + draw.between(1, 999);
    p.nilaiKontrak = p.penawaran;
    p.mulai = p.tanggalKontrak.plusDays(draw.between(0, 2));
    int days =
        switch (p.kategori) {
          case PEKERJAAN_KONSTRUKSI -> draw.between(60, 150);
          case BARANG -> draw.between(14, 60);
          default -> draw.between(30, 120);
        };
    LocalDate end = p.mulai.plusDays(days);
    p.selesai = end.isAfter(LAST_DAY) ? LAST_DAY : end;
    if (++contracts % TERMINATION_CYCLE == 0) {
      p.statusKontrak = ContractStatus.DIPUTUS;
      p.dibayar = SampleDraw.thousands(p.nilaiKontrak.multiply(new BigDecimal("0.3")));
    } else if (!p.selesai.isAfter(AS_OF)) {
      p.statusKontrak = ContractStatus.SELESAI;
      p.dibayar = p.nilaiKontrak;
    } else {
      p.statusKontrak = ContractStatus.BERJALAN;
      double part = names.pick(List.of(0.0, 0.3, 0.5));
      p.dibayar = SampleDraw.thousands(p.nilaiKontrak.multiply(BigDecimal.valueOf(part)));
    }
  }

  /**
   * Three or four direct purchases by one unit from one supplier, three to six days apart, each
   * just under the Pengadaan Langsung ceiling of Rp 200 juta and together far above it, all signed
   * within 30 days.
   */
  private List<SampleProcess> splitCluster(int size) {
    SampleUnit unit = unit();
    Supplier supplier = names.company("CV");
    directPairs.add(unit.kodeSkpd() + "|" + supplier.name());
    Kategori kategori = draw.chance(0.5) ? Kategori.BARANG : Kategori.JASA_LAINNYA;
    LocalDate day = draw.day(LocalDate.of(2025, 1, 20), LocalDate.of(2025, 8, 31));
    List<SampleProcess> cluster = new ArrayList<>();
    for (int k = 0; k < size; k++) {
      SampleProcess p = new SampleProcess();
      p.unit = unit;
      p.metode = Metode.PENGADAAN_LANGSUNG;
      p.kategori = kategori;
      plan(p);
      p.pagu = draw.juta(175, 199);
      p.quirk = Quirk.SPLIT;
      p.pengumuman = day;
      p.hps = draw.share(p.pagu, 0.95, 0.99);
      p.penawaran = draw.share(p.hps, 0.96, 0.99);
      p.penetapan = day.plusDays(draw.between(2, 4));
      p.statusTender = TenderStatus.SELESAI;
      p.pemenang = supplier;
      contract(p);
      cluster.add(p);
      day = day.plusDays(draw.between(3, 6));
    }
    return cluster;
  }
}
