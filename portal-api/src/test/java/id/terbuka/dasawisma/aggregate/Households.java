package id.terbuka.dasawisma.aggregate;

import id.terbuka.dasawisma.domain.Household;
import id.terbuka.dasawisma.domain.HouseholdKey;
import id.terbuka.dasawisma.domain.KriteriaRumah;
import id.terbuka.dasawisma.domain.Living;
import id.terbuka.dasawisma.domain.MakananPokok;
import id.terbuka.dasawisma.domain.Members;
import id.terbuka.dasawisma.domain.Region;
import id.terbuka.dasawisma.domain.RegionLevel;
import id.terbuka.dasawisma.domain.Regions;
import id.terbuka.dasawisma.domain.SumberAir;
import java.util.ArrayList;
import java.util.List;

/**
 * Households for tests, built field by field from a plain default (two men, two women, a healthy
 * house with PDAM water, a bin, one toilet, rice, no activities), and a small regency.
 */
final class Households {

  static final String KABUPATEN = "35.22";
  static final String NGRAHO = "35.22.01";
  static final String LUWIHAJI = "35.22.01.2001";
  static final String SUGIHWARAS = "35.22.01.2002";
  static final String BANDUNGREJO = "35.22.01.2003";
  static final String BOJONEGORO = "35.22.15";
  static final String KEPATIHAN = "35.22.15.1001";
  static final String KADIPATEN = "35.22.15.1002";

  /** Two kecamatan: Ngraho with three desa, Bojonegoro with two kelurahan. */
  static final Regions REGIONS =
      Regions.of(
          List.of(
              new Region(KABUPATEN, "Kabupaten Bojonegoro", RegionLevel.KABUPATEN, "35"),
              new Region(NGRAHO, "Ngraho", RegionLevel.KECAMATAN, KABUPATEN),
              new Region(LUWIHAJI, "Luwihaji", RegionLevel.DESA, NGRAHO),
              new Region(SUGIHWARAS, "Sugihwaras", RegionLevel.DESA, NGRAHO),
              new Region(BANDUNGREJO, "Bandungrejo", RegionLevel.DESA, NGRAHO),
              new Region(BOJONEGORO, "Bojonegoro", RegionLevel.KECAMATAN, KABUPATEN),
              new Region(KEPATIHAN, "Kepatihan", RegionLevel.KELURAHAN, BOJONEGORO),
              new Region(KADIPATEN, "Kadipaten", RegionLevel.KELURAHAN, BOJONEGORO)));

  private static int numbers;

  private String desa;
  private String kelompok = "Mawar";
  private String dusun = "Krajan";
  private int rw = 1;
  private int rt = 1;
  private int anggotaL = 2;
  private int anggotaP = 2;
  private int balitaL;
  private int ibuHamil;
  private KriteriaRumah kriteria = KriteriaRumah.SEHAT;
  private SumberAir air = SumberAir.PDAM;
  private MakananPokok makanan = MakananPokok.BERAS;
  private boolean up2k;
  private int jamban = 1;

  private Households(String desa) {
    this.desa = desa;
  }

  static Households in(String desa) {
    return new Households(desa);
  }

  Households group(String kelompok) {
    this.kelompok = kelompok;
    return this;
  }

  Households at(String dusun, int rw, int rt) {
    this.dusun = dusun;
    this.rw = rw;
    this.rt = rt;
    return this;
  }

  Households members(int male, int female) {
    this.anggotaL = male;
    this.anggotaP = female;
    return this;
  }

  Households balitaL(int count) {
    this.balitaL = count;
    return this;
  }

  Households ibuHamil(int count) {
    this.ibuHamil = count;
    return this;
  }

  Households kurangSehat() {
    this.kriteria = KriteriaRumah.KURANG_SEHAT;
    return this;
  }

  Households water(SumberAir source) {
    this.air = source;
    return this;
  }

  Households nonBeras() {
    this.makanan = MakananPokok.NON_BERAS;
    return this;
  }

  Households up2k() {
    this.up2k = true;
    return this;
  }

  Households jamban(int count) {
    this.jamban = count;
    return this;
  }

  Household build() {
    HouseholdKey key = new HouseholdKey(2026, desa, kelompok, String.valueOf(++numbers));
    Members members = new Members(1, anggotaL, anggotaP, balitaL, 0, 1, 1, ibuHamil, 0, 0, 0, 0, 0);
    Living living =
        new Living(kriteria, true, false, jamban, air, false, makanan, up2k, false, false, false);
    return new Household(key, dusun, rw, rt, members, living);
  }

  /** {@code count} copies of this household (each with its own number). */
  List<Household> times(int count) {
    List<Household> list = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      list.add(build());
    }
    return list;
  }
}
