package id.terbuka.dasawisma.domain;

import static id.terbuka.dasawisma.domain.Sensitivity.GENERAL;
import static id.terbuka.dasawisma.domain.Sensitivity.SENSITIVE;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * The indicators published from Dasa Wisma households, in the order of the PKK recap block (forms
 * 4.16a-4.17c), and the additive relations between them.
 *
 * <p>Sensitive, as issue 12 (item 5) lists: {@code balita_l}, {@code balita_p}, {@code ibu_hamil},
 * {@code ibu_menyusui}, {@code buta_huruf_l}, {@code buta_huruf_p}, {@code berkebutuhan_khusus};
 * and also {@code stiker_p4k}: the P4K sticker marks a house with a pregnant woman, so counting
 * stickers per desa would publish what withholding {@code ibu_hamil} protects.
 *
 * <p>Yes/no columns and the categories of {@code kriteria_rumah}, {@code sumber_air} and {@code
 * makanan_pokok} count households; the categories of each add up to {@code rumah_tangga}.
 */
public final class Indicators {
  public static final String RUMAH_TANGGA = "rumah_tangga";
  public static final String ANGGOTA = "anggota";

  /** Every indicator, in the recap block's order. */
  public static final List<Indicator> ALL =
      List.of(
          of(RUMAH_TANGGA, GENERAL, IndicatorUnit.RUMAH_TANGGA, h -> 1, "id_keluarga"),
          of(
              "jumlah_kk",
              GENERAL,
              IndicatorUnit.KELUARGA,
              h -> h.members().jumlahKk(),
              "jumlah_kk"),
          of("anggota_l", GENERAL, IndicatorUnit.JIWA, h -> h.members().anggotaL(), "anggota_l"),
          of("anggota_p", GENERAL, IndicatorUnit.JIWA, h -> h.members().anggotaP(), "anggota_p"),
          of(
              ANGGOTA,
              GENERAL,
              IndicatorUnit.JIWA,
              h -> h.members().anggota(),
              "anggota_l",
              "anggota_p"),
          of("balita_l", SENSITIVE, IndicatorUnit.JIWA, h -> h.members().balitaL(), "balita_l"),
          of("balita_p", SENSITIVE, IndicatorUnit.JIWA, h -> h.members().balitaP(), "balita_p"),
          of("pus", GENERAL, IndicatorUnit.PASANGAN, h -> h.members().pus(), "pus"),
          of("wus", GENERAL, IndicatorUnit.JIWA, h -> h.members().wus(), "wus"),
          of("ibu_hamil", SENSITIVE, IndicatorUnit.JIWA, h -> h.members().ibuHamil(), "ibu_hamil"),
          of(
              "ibu_menyusui",
              SENSITIVE,
              IndicatorUnit.JIWA,
              h -> h.members().ibuMenyusui(),
              "ibu_menyusui"),
          of("lansia", GENERAL, IndicatorUnit.JIWA, h -> h.members().lansia(), "lansia"),
          of(
              "buta_huruf_l",
              SENSITIVE,
              IndicatorUnit.JIWA,
              h -> h.members().butaHurufL(),
              "buta_huruf_l"),
          of(
              "buta_huruf_p",
              SENSITIVE,
              IndicatorUnit.JIWA,
              h -> h.members().butaHurufP(),
              "buta_huruf_p"),
          of(
              "berkebutuhan_khusus",
              SENSITIVE,
              IndicatorUnit.JIWA,
              h -> h.members().berkebutuhanKhusus(),
              "berkebutuhan_khusus"),
          households(
              "rumah_sehat",
              GENERAL,
              h -> h.living().kriteriaRumah() == KriteriaRumah.SEHAT,
              "kriteria_rumah"),
          households(
              "rumah_kurang_sehat",
              GENERAL,
              h -> h.living().kriteriaRumah() == KriteriaRumah.KURANG_SEHAT,
              "kriteria_rumah"),
          households("tempat_sampah", GENERAL, h -> h.living().tempatSampah(), "tempat_sampah"),
          households("spal", GENERAL, h -> h.living().spal(), "spal"),
          of("jamban", GENERAL, IndicatorUnit.UNIT, h -> h.living().jamban(), "jamban"),
          water("sumber_air_pdam", SumberAir.PDAM),
          water("sumber_air_sumur", SumberAir.SUMUR),
          water("sumber_air_sungai", SumberAir.SUNGAI),
          water("sumber_air_lainnya", SumberAir.LAINNYA),
          households("stiker_p4k", SENSITIVE, h -> h.living().stikerP4k(), "stiker_p4k"),
          food("makanan_pokok_beras", MakananPokok.BERAS),
          food("makanan_pokok_non_beras", MakananPokok.NON_BERAS),
          households("up2k", GENERAL, h -> h.living().up2k(), "up2k"),
          households(
              "pemanfaatan_pekarangan",
              GENERAL,
              h -> h.living().pemanfaatanPekarangan(),
              "pemanfaatan_pekarangan"),
          households(
              "industri_rumah_tangga",
              GENERAL,
              h -> h.living().industriRumahTangga(),
              "industri_rumah_tangga"),
          households(
              "kesehatan_lingkungan",
              GENERAL,
              h -> h.living().kesehatanLingkungan(),
              "kesehatan_lingkungan"));

  /** The totals that are sums of parts, in every region. */
  public static final List<AdditiveRelation> RELATIONS =
      List.of(
          new AdditiveRelation(ANGGOTA, List.of("anggota_l", "anggota_p")),
          new AdditiveRelation(RUMAH_TANGGA, List.of("rumah_sehat", "rumah_kurang_sehat")),
          new AdditiveRelation(
              RUMAH_TANGGA,
              List.of(
                  "sumber_air_pdam",
                  "sumber_air_sumur",
                  "sumber_air_sungai",
                  "sumber_air_lainnya")),
          new AdditiveRelation(
              RUMAH_TANGGA, List.of("makanan_pokok_beras", "makanan_pokok_non_beras")));

  private Indicators() {}

  /** {@link #ALL}. */
  public static List<Indicator> all() {
    return ALL;
  }

  /** {@link #RELATIONS}. */
  public static List<AdditiveRelation> relations() {
    return RELATIONS;
  }

  /** The indicator with this code. */
  public static Optional<Indicator> find(String code) {
    return ALL.stream().filter(i -> i.code().equals(code)).findFirst();
  }

  /** The indicators published at {@code level} (before suppression). */
  public static List<Indicator> publicAt(RegionLevel level) {
    return ALL.stream().filter(i -> i.sensitivity().publicAt(level)).toList();
  }

  private static Indicator of(
      String code,
      Sensitivity sensitivity,
      IndicatorUnit unit,
      ToIntFunction<Household> perHousehold,
      String... variables) {
    return new Indicator(code, sensitivity, unit, Arrays.asList(variables), perHousehold);
  }

  /** Households for which {@code test} holds. */
  private static Indicator households(
      String code, Sensitivity sensitivity, Predicate<Household> test, String variable) {
    return of(code, sensitivity, IndicatorUnit.RUMAH_TANGGA, h -> test.test(h) ? 1 : 0, variable);
  }

  private static Indicator water(String code, SumberAir source) {
    return households(code, GENERAL, h -> h.living().sumberAir() == source, "sumber_air");
  }

  private static Indicator food(String code, MakananPokok food) {
    return households(code, GENERAL, h -> h.living().makananPokok() == food, "makanan_pokok");
  }
}
