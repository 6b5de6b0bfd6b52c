package id.terbuka.budget.domain;

/**
 * Every problem the budget import reports, by its stable code (what API clients switch on) and the
 * number of arguments its message takes. The texts are in {@code problems_id.properties} and {@code
 * problems_en.properties} next to this class (MessageFormat, {@code {0}} = first argument).
 */
public enum BudgetProblem {
  /** A required cell is empty. */
  EMPTY_CELL("empty_cell", 0),
  /** {@code tahun} is not a year in the accepted range; args: lowest, highest. */
  BAD_YEAR("bad_year", 2),
  /** {@code periode} is not one of the codes; args: the codes. */
  UNKNOWN_PERIOD("unknown_period", 1),
  /** {@code kode_skpd} is not digits and dots; args: the longest length accepted. */
  MALFORMED_UNIT_CODE("malformed_unit_code", 1),
  /** {@code kode_rekening} does not have the account code's shape; args: the expected shape. */
  MALFORMED_ACCOUNT_CODE("malformed_account_code", 1),
  /** {@code kode_rekening} is well formed but its akun is not 4, 5 or 6; args: the akun. */
  ACCOUNT_NOT_IN_LRA("account_not_in_lra", 1),
  /** {@code kode_sub_kegiatan} does not have the shape {@code U.BB.PP.K.KK.SSSS}. */
  MALFORMED_SUB_ACTIVITY_CODE("malformed_sub_activity_code", 0),
  /** {@code nama_sub_kegiatan} is filled but {@code kode_sub_kegiatan} is not. */
  SUB_ACTIVITY_NAME_WITHOUT_CODE("sub_activity_name_without_code", 0),
  /** An amount is not a number in any accepted form. */
  NOT_A_NUMBER("not_a_number", 0),
  /** An amount is below zero. */
  NEGATIVE_AMOUNT("negative_amount", 0),
  /** An amount has more than two decimals. */
  TOO_MANY_DECIMALS("too_many_decimals", 0),
  /** An amount does not fit the stored type; args: the largest amount accepted. */
  AMOUNT_TOO_LARGE("amount_too_large", 1),
  /** A second line with the same key; args: the row of the first. */
  DUPLICATE_LINE("duplicate_line", 1),
  /**
   * A parent account whose amount differs by more than Rp 1 from the sum of its direct children in
   * the file; args: the children's sum, how many children.
   */
  PARENT_SUM_MISMATCH("parent_sum_mismatch", 2),
  /** {@code kode_skpd} is not a unit of the catalogue; args: how many rows name it. */
  UNKNOWN_UNIT("unknown_unit", 1),
  /** Warning: realisasi is above anggaran; args: the anggaran. */
  REALISATION_ABOVE_BUDGET("realisation_above_budget", 1),
  /**
   * Warning: realisasi is lower than the same line's in an earlier period; args: that period, its
   * realisasi.
   */
  REALISATION_DECREASED("realisation_decreased", 2);

  private final String code;
  private final int arity;

  BudgetProblem(String code, int arity) {
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
}
