package id.terbuka.contracts.sheet;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every problem the procurement spreadsheet reports, by its stable code (what API clients switch
 * on) and the number of arguments its message takes. The texts are in {@code
 * problems_id.properties} and {@code problems_en.properties} next to this class, base name {@link
 * #MESSAGES} for {@link id.terbuka.imports.domain.ImportMessages#of}. The amount codes are the
 * budget import's (the same reader, {@link id.terbuka.budget.domain.Rupiah}) with texts of their
 * own here.
 */
public enum ProcurementProblem {
  /** A required cell is empty. */
  EMPTY_CELL("empty_cell", 0),
  /** {@code kode_rup} is not letters, digits and dashes; args: the longest length accepted. */
  MALFORMED_KODE_RUP("malformed_kode_rup", 1),
  /** A second row with the same {@code kode_rup}; args: the row of the first. */
  DUPLICATE_KODE_RUP("duplicate_kode_rup", 1),
  /** {@code kode_skpd} is not digits and dots; args: the longest length accepted. */
  MALFORMED_UNIT_CODE("malformed_unit_code", 1),
  /** {@code kode_rekening} is not an expenditure account code (akun 5). */
  MALFORMED_ACCOUNT_CODE("malformed_account_code", 0),
  /** A text longer than the column takes; args: the longest length accepted. */
  TOO_LONG("too_long", 1),
  /** A cell outside its closed vocabulary; args: the accepted values. */
  UNKNOWN_VALUE("unknown_value", 1),
  /** An amount is not a number in any accepted form. */
  NOT_A_NUMBER("not_a_number", 0),
  /** An amount is below zero. */
  NEGATIVE_AMOUNT("negative_amount", 0),
  /** An amount has more than two decimals. */
  TOO_MANY_DECIMALS("too_many_decimals", 0),
  /** An amount does not fit; args: the largest amount accepted. */
  AMOUNT_TOO_LARGE("amount_too_large", 1),
  /** {@code jumlah_peserta} is not a whole number from 0; args: the largest accepted. */
  NOT_A_COUNT("not_a_count", 1),
  /**
   * A date is not {@code YYYY-MM-DD} or not a day of the years accepted; args: first, last year.
   */
  BAD_DATE("bad_date", 2),
  /** A date before the date of an earlier step; args: that step's header, its date. */
  DATE_OUT_OF_ORDER("date_out_of_order", 2),
  /** {@code pemenang_npwp} is not 15 or 16 digits. */
  MALFORMED_NPWP("malformed_npwp", 0),
  /**
   * Warning: {@code pemenang_npwp} is a person's (NIK or a personal NPWP); it is not published. The
   * problem carries no value, so the number is not repeated in a public report.
   */
  NPWP_PERSONAL_OMITTED("npwp_personal_omitted", 0),
  /** A later stage's cell is filled but this cell, which it needs, is empty; args: that header. */
  PREREQUISITE_MISSING("prerequisite_missing", 1),
  /** Contract or payment cells are filled without {@code pemenang_nama}; args: the first header. */
  CONTRACT_WITHOUT_WINNER("contract_without_winner", 1),
  /** A winner is named while the tender's status does not allow one. */
  AWARD_TENDER_STATUS("award_tender_status", 0),
  /** A winner is named while {@code jumlah_peserta} is 0. */
  WINNER_WITHOUT_BIDDERS("winner_without_bidders", 0),
  /** A tender, award, contract or payment cell in a swakelola row. */
  NOT_FOR_SWAKELOLA("not_for_swakelola", 0),
  /** Warning: {@code hps} is above {@code pagu}; args: the pagu. */
  HPS_ABOVE_PAGU("hps_above_pagu", 1),
  /** Warning: {@code nilai_dibayar} is above {@code nilai_kontrak}; args: the contract value. */
  PAID_ABOVE_CONTRACT("paid_above_contract", 1),
  /**
   * Compared with what is published: {@code nilai_dibayar} (the cumulative amount paid) is lower
   * than the payments already published; args: their total.
   */
  PAID_DECREASED("paid_decreased", 1),
  /**
   * Warning, compared with what is published: a stage already published is empty in the row; it
   * stays published (OCDS releases are never withdrawn); args: the stage's Indonesian name.
   */
  STAGE_CLEARED("stage_cleared", 1);

  /** The base name of the texts, for {@code ImportMessages.of}. */
  public static final String MESSAGES = "id/terbuka/contracts/sheet/problems";

  private final String code;
  private final int arity;

  ProcurementProblem(String code, int arity) {
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
  public static Optional<ProcurementProblem> ofCode(String code) {
    return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
  }
}
