package id.terbuka.budget.domain;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One line of a realisation report as imported: an account of a unit in a period, optionally under
 * a sub kegiatan, with its budget and its realisation cumulative to the period's end.
 *
 * @param row the spreadsheet row it came from (header = 1), to point problems back to the file
 */
public record BudgetLine(
    long row,
    int tahun,
    Period periode,
    String kodeSkpd,
    String namaSkpd,
    AccountCode kodeRekening,
    String uraian,
    BigDecimal anggaran,
    BigDecimal realisasi,
    Optional<SubActivity> subKegiatan) {

  /**
   * What makes a line unique in the store: {@code tahun, periode, kode_skpd, kode_rekening,
   * kode_sub_kegiatan} ({@code kodeSubKegiatan} is "" for a line without one, as stored).
   */
  public record Key(
      int tahun,
      Period periode,
      String kodeSkpd,
      AccountCode kodeRekening,
      String kodeSubKegiatan) {}

  public Key key() {
    return new Key(tahun, periode, kodeSkpd, kodeRekening, kodeSubKegiatan());
  }

  /** The sub kegiatan code, or "" for a line without one. */
  public String kodeSubKegiatan() {
    return subKegiatan.map(s -> s.code().code()).orElse("");
  }

  public AccountLevel level() {
    return kodeRekening.level();
  }

  /** Anggaran not (yet) realised; negative when realisasi exceeds anggaran. */
  public BigDecimal sisa() {
    return anggaran.subtract(realisasi);
  }

  /** Realisasi as a percentage of anggaran (2 decimals, half up); empty when anggaran is 0. */
  public Optional<BigDecimal> persen() {
    return Rupiah.percent(realisasi, anggaran);
  }
}
