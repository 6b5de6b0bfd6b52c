package id.terbuka.dasawisma.domain;

import static id.terbuka.dasawisma.domain.HouseholdColumns.ANGGOTA_L;
import static id.terbuka.dasawisma.domain.HouseholdColumns.ANGGOTA_P;
import static id.terbuka.dasawisma.domain.HouseholdColumns.BALITA_L;
import static id.terbuka.dasawisma.domain.HouseholdColumns.BALITA_P;
import static id.terbuka.dasawisma.domain.HouseholdColumns.BERKEBUTUHAN_KHUSUS;
import static id.terbuka.dasawisma.domain.HouseholdColumns.BUTA_HURUF_L;
import static id.terbuka.dasawisma.domain.HouseholdColumns.BUTA_HURUF_P;
import static id.terbuka.dasawisma.domain.HouseholdColumns.COUNTS;
import static id.terbuka.dasawisma.domain.HouseholdColumns.DUSUN;
import static id.terbuka.dasawisma.domain.HouseholdColumns.IBU_HAMIL;
import static id.terbuka.dasawisma.domain.HouseholdColumns.IBU_MENYUSUI;
import static id.terbuka.dasawisma.domain.HouseholdColumns.ID_KELUARGA;
import static id.terbuka.dasawisma.domain.HouseholdColumns.INDUSTRI_RUMAH_TANGGA;
import static id.terbuka.dasawisma.domain.HouseholdColumns.JAMBAN;
import static id.terbuka.dasawisma.domain.HouseholdColumns.JUMLAH_KK;
import static id.terbuka.dasawisma.domain.HouseholdColumns.KELOMPOK_DASAWISMA;
import static id.terbuka.dasawisma.domain.HouseholdColumns.KESEHATAN_LINGKUNGAN;
import static id.terbuka.dasawisma.domain.HouseholdColumns.KRITERIA_RUMAH;
import static id.terbuka.dasawisma.domain.HouseholdColumns.LANSIA;
import static id.terbuka.dasawisma.domain.HouseholdColumns.MAKANAN_POKOK;
import static id.terbuka.dasawisma.domain.HouseholdColumns.OPTIONAL_CELLS;
import static id.terbuka.dasawisma.domain.HouseholdColumns.PEMANFAATAN_PEKARANGAN;
import static id.terbuka.dasawisma.domain.HouseholdColumns.PUS;
import static id.terbuka.dasawisma.domain.HouseholdColumns.RT;
import static id.terbuka.dasawisma.domain.HouseholdColumns.RW;
import static id.terbuka.dasawisma.domain.HouseholdColumns.SPAL;
import static id.terbuka.dasawisma.domain.HouseholdColumns.STIKER_P4K;
import static id.terbuka.dasawisma.domain.HouseholdColumns.SUMBER_AIR;
import static id.terbuka.dasawisma.domain.HouseholdColumns.TEMPAT_SAMPAH;
import static id.terbuka.dasawisma.domain.HouseholdColumns.UP2K;
import static id.terbuka.dasawisma.domain.HouseholdColumns.WUS;

import id.terbuka.imports.domain.ImportRow;
import id.terbuka.imports.domain.Problems;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the rows of one household file into {@link Household}s, reporting every problem of a row
 * (not just the first), each at its row and column with the cell as written: required cells, the
 * year, the desa code against the regency's regions, RT and RW numbers, the free-text cells (which
 * must hold no NIK or KK number), counts, vocabularies, yes/no cells, then the counts against each
 * other ({@link HouseholdChecks}) and the household key repeated in the file (an error on the later
 * row, at {@code id_keluarga}).
 *
 * <p>One parser per file: it remembers the keys it has seen. Identity columns never reach it: the
 * header is screened first ({@link IdentityColumns#screen}), and a row holds known columns only.
 *
 * <p>Decisions: {@code tahun} runs from {@value #FIRST_YEAR} (manual collection in Bojonegoro began
 * in 2014) to the current year; {@code kode_desa} is written with dots ({@code 35.22.01.2001}), as
 * in the {@code wilayah} table; {@code rt} and {@code rw} are numbers from 1 to {@value
 * #MAX_RT_RW}, leading zeros accepted ({@code 005} is 5); counts run to {@value #MAX_COUNT} per
 * household (a guard against typing two numbers into one cell); {@code dusun} may be empty (a
 * kelurahan has none); {@code id_keluarga} is letters and digits with {@code . / -} between them,
 * at most {@value #MAX_ID_KELUARGA} characters.
 */
public final class HouseholdRowParser {
  public static final int FIRST_YEAR = 2014;
  public static final int MAX_RT_RW = 999;
  public static final int MAX_COUNT = 99;
  public static final int MAX_DUSUN = 100;
  public static final int MAX_KELOMPOK = 60;
  public static final int MAX_ID_KELUARGA = 20;

  private static final Pattern ID_KELUARGA_SHAPE =
      Pattern.compile("[A-Za-z0-9]+([./-][A-Za-z0-9]+)*");

  private final YearAndDesa yearAndDesa;
  private final Map<HouseholdKey, Long> firstRowOf = new HashMap<>();

  /**
   * A parser for one file imported in {@code currentYear}, checking codes against {@code regions}.
   */
  public HouseholdRowParser(Regions regions, int currentYear) {
    this.yearAndDesa = new YearAndDesa(regions, currentYear);
  }

  /**
   * The row's household, or empty when the row has errors; every problem is added to {@code
   * problems}.
   */
  public Optional<Household> parse(ImportRow row, Problems problems) {
    long errorsBefore = problems.errorCount();
    HouseholdCells cells = new HouseholdCells(row, problems);
    for (String column : HouseholdColumns.names()) {
      if (!OPTIONAL_CELLS.contains(column) && !cells.filled(column)) {
        cells.error(column, HouseholdProblem.EMPTY_CELL);
      }
    }
    HouseholdKey key = key(row, cells);
    String dusun = cells.text(DUSUN, MAX_DUSUN);
    Integer rw = cells.number(RW, 1, MAX_RT_RW, HouseholdProblem.BAD_RT_RW);
    Integer rt = cells.number(RT, 1, MAX_RT_RW, HouseholdProblem.BAD_RT_RW);
    Map<String, Integer> counts = counts(cells);
    HouseholdChecks.check(counts, cells);
    Living living = living(cells, counts.get(JAMBAN));
    checkDuplicate(row, key, cells);
    if (problems.errorCount() > errorsBefore) {
      return Optional.empty();
    }
    return Optional.of(new Household(key, dusun, rw, rt, members(counts), living));
  }

  private HouseholdKey key(ImportRow row, HouseholdCells cells) {
    Integer tahun = yearAndDesa.year(row, cells);
    String kodeDesa = yearAndDesa.desa(row, cells);
    String kelompok = cells.text(KELOMPOK_DASAWISMA, MAX_KELOMPOK);
    String idKeluarga =
        cells.code(
            ID_KELUARGA,
            ID_KELUARGA_SHAPE,
            MAX_ID_KELUARGA,
            HouseholdProblem.MALFORMED_ID_KELUARGA);
    if (tahun == null || kodeDesa == null || kelompok == null || kelompok.isEmpty()) {
      return null;
    }
    return idKeluarga == null ? null : new HouseholdKey(tahun, kodeDesa, kelompok, idKeluarga);
  }

  private static Map<String, Integer> counts(HouseholdCells cells) {
    Map<String, Integer> counts = new HashMap<>();
    for (String column : COUNTS) {
      Integer value = cells.number(column, 0, MAX_COUNT, HouseholdProblem.NOT_A_COUNT);
      if (value != null) {
        counts.put(column, value);
      }
    }
    return counts;
  }

  /** The members of a row whose counts all read (only called for a row without errors). */
  private static Members members(Map<String, Integer> counts) {
    return new Members(
        counts.get(JUMLAH_KK),
        counts.get(ANGGOTA_L),
        counts.get(ANGGOTA_P),
        counts.get(BALITA_L),
        counts.get(BALITA_P),
        counts.get(PUS),
        counts.get(WUS),
        counts.get(IBU_HAMIL),
        counts.get(IBU_MENYUSUI),
        counts.get(LANSIA),
        counts.get(BUTA_HURUF_L),
        counts.get(BUTA_HURUF_P),
        counts.get(BERKEBUTUHAN_KHUSUS));
  }

  /** The row's living conditions; null when a cell did not read (its problem is reported). */
  private static Living living(HouseholdCells cells, Integer jamban) {
    KriteriaRumah kriteria =
        cells.vocabulary(KRITERIA_RUMAH, KriteriaRumah::parse, KriteriaRumah.codes());
    Boolean tempatSampah = cells.yesNo(TEMPAT_SAMPAH);
    Boolean spal = cells.yesNo(SPAL);
    SumberAir air = cells.vocabulary(SUMBER_AIR, SumberAir::parse, SumberAir.codes());
    Boolean stiker = cells.yesNo(STIKER_P4K);
    MakananPokok makanan =
        cells.vocabulary(MAKANAN_POKOK, MakananPokok::parse, MakananPokok.codes());
    Boolean up2k = cells.yesNo(UP2K);
    Boolean pekarangan = cells.yesNo(PEMANFAATAN_PEKARANGAN);
    Boolean industri = cells.yesNo(INDUSTRI_RUMAH_TANGGA);
    Boolean lingkungan = cells.yesNo(KESEHATAN_LINGKUNGAN);
    if (Stream.of(kriteria, tempatSampah, spal, jamban, air, stiker, makanan)
            .anyMatch(Objects::isNull)
        || Stream.of(up2k, pekarangan, industri, lingkungan).anyMatch(Objects::isNull)) {
      return null;
    }
    return new Living(
        kriteria,
        tempatSampah,
        spal,
        jamban,
        air,
        stiker,
        makanan,
        up2k,
        pekarangan,
        industri,
        lingkungan);
  }

  private void checkDuplicate(ImportRow row, HouseholdKey key, HouseholdCells cells) {
    if (key == null) {
      return;
    }
    Long first = firstRowOf.putIfAbsent(key, row.number());
    if (first != null) {
      cells.error(ID_KELUARGA, HouseholdProblem.DUPLICATE_HOUSEHOLD, first);
    }
  }
}
