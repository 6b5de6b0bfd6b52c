package id.terbuka.budget.domain;

import java.math.BigDecimal;
import java.util.Optional;

/** Budget lines for tests, with the defaults of one unit in the first quarter of 2024. */
final class Lines {
  static final String DINKES = "1.02.0.00.0.00.01.0000";
  static final String PUSKESMAS = "1.02.02.2.01.0002";

  private Lines() {}

  static BudgetLine line(long row, String code, String anggaran, String realisasi) {
    return line(row, Period.TW1, DINKES, "", code, anggaran, realisasi);
  }

  static BudgetLine line(
      long row,
      Period periode,
      String kodeSkpd,
      String subKegiatan,
      String code,
      String anggaran,
      String realisasi) {
    return new BudgetLine(
        row,
        2024,
        periode,
        kodeSkpd,
        "Unit " + kodeSkpd,
        AccountCode.of(code),
        "Uraian " + code,
        new BigDecimal(anggaran),
        new BigDecimal(realisasi),
        subKegiatan.isEmpty()
            ? Optional.empty()
            : Optional.of(new SubActivity(new SubActivityCode(subKegiatan), "Sub " + subKegiatan)));
  }
}
