package id.terbuka.dasawisma.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every problem the household import reports, by its stable code (what API clients switch on) and
 * the number of arguments its message takes. The texts are in {@code problems_id.properties} and
 * {@code problems_en.properties} next to this class, base name {@link #MESSAGES} for {@link
 * id.terbuka.imports.domain.ImportMessages#of}.
 */
public enum HouseholdProblem {
  /** A required cell is empty. */
  EMPTY_CELL("empty_cell", 0),
  /** {@code tahun} is not a year in the accepted range; args: first, last year. */
  BAD_YEAR("bad_year", 2),
  /** {@code kode_desa} does not have a desa code's shape {@code 35.22.KK.NNNN}. */
  MALFORMED_KODE_DESA("malformed_kode_desa", 0),
  /** {@code kode_desa} is well formed but no desa or kelurahan of the regency; args: its name. */
  UNKNOWN_DESA("unknown_desa", 1),
  /** {@code rt} or {@code rw} is not a number from 1; args: the largest accepted. */
  BAD_RT_RW("bad_rt_rw", 1),
  /** A text longer than the column takes; args: the longest length accepted. */
  TOO_LONG("too_long", 1),
  /**
   * {@code id_keluarga} is not letters and digits (with {@code . / -} between them); args: the
   * longest length accepted.
   */
  MALFORMED_ID_KELUARGA("malformed_id_keluarga", 1),
  /**
   * A free-text cell holds sixteen digits, the length of a NIK or KK number. The problem carries no
   * value, so the number is not repeated in the import report.
   */
  LOOKS_LIKE_NIK("looks_like_nik", 0),
  /** A count is not a whole number from 0; args: the largest accepted. */
  NOT_A_COUNT("not_a_count", 1),
  /**
   * A count is larger than a count that includes it ({@code balita_l} above {@code anggota_l});
   * args: the other column(s) as written, their value.
   */
  COUNT_ABOVE("count_above", 2),
  /** {@code jumlah_kk} is 0: a household has at least one family card. */
  NO_FAMILY("no_family", 0),
  /** A cell outside its closed vocabulary; args: the accepted values. */
  UNKNOWN_VALUE("unknown_value", 1),
  /** A yes/no cell in none of the accepted spellings; args: the spellings. */
  NOT_YES_NO("not_yes_no", 1),
  /** A second row with the same household key; args: the row of the first. */
  DUPLICATE_HOUSEHOLD("duplicate_household", 1),
  /**
   * Warning: a column that carries identities (a name, NIK, KK number, address, birth date...) was
   * dropped without being read; args: the header as written.
   */
  IDENTITY_COLUMN_DROPPED("identity_column_dropped", 1),
  /** The sender is not a cadre (kader) of the row's desa; args: the desa code. */
  DESA_NOT_ASSIGNED("desa_not_assigned", 1),
  /**
   * Warning: the row's household was removed by a cadre and stays removed (the row is skipped);
   * args: the removal's reason.
   */
  HOUSEHOLD_REMOVED("household_removed", 1),
  /** A second target row for the same desa and year; args: the row of the first. */
  DUPLICATE_TARGET("duplicate_target", 1);

  /** The base name of the texts, for {@code ImportMessages.of}. */
  public static final String MESSAGES = "id/terbuka/dasawisma/domain/problems";

  private final String code;
  private final int arity;

  HouseholdProblem(String code, int arity) {
    this.code = code;
    this.arity = arity;
  }

  /** The stable code, as in a report's {@code code} field. */
  public String code() {
    return code;
  }

  /** How many arguments the message takes. */
  public int arity() {
    return arity;
  }

  /** The problem with this code, if it is one of these. */
  public static Optional<HouseholdProblem> ofCode(String code) {
    return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
  }
}
