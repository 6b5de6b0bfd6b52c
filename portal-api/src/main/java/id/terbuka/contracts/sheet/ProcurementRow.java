package id.terbuka.contracts.sheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One checked row of the procurement spreadsheet: a contracting process as far as it has gone.
 * Optional cells left empty are null. Amounts are rupiah with two decimals.
 *
 * @param row the spreadsheet's row number
 * @param pemenangNpwp the winner's NPWP when it may be published (a company's 15 digits); null when
 *     empty or a person's, whose number is never kept
 * @param nilaiDibayar the cumulative amount paid so far
 */
public record ProcurementRow(
    long row,
    String kodeRup,
    String judul,
    String kodeSkpd,
    String namaSkpd,
    Kategori kategori,
    Metode metode,
    BigDecimal pagu,
    String kodeRekening,
    BigDecimal hps,
    LocalDate tanggalPengumuman,
    LocalDate tanggalPenutupan,
    Integer jumlahPeserta,
    TenderStatus statusTender,
    String pemenangNama,
    String pemenangNpwp,
    BigDecimal nilaiPenawaran,
    LocalDate tanggalPenetapan,
    String nomorKontrak,
    BigDecimal nilaiKontrak,
    LocalDate tanggalKontrak,
    LocalDate mulaiKontrak,
    LocalDate selesaiKontrak,
    ContractStatus statusKontrak,
    BigDecimal nilaiDibayar) {

  /** Whether the row fills a stage; planning always. */
  public boolean fills(Stage stage) {
    return switch (stage) {
      case PLANNING -> true;
      case TENDER ->
          hps != null
              || tanggalPengumuman != null
              || tanggalPenutupan != null
              || jumlahPeserta != null
              || statusTender != null;
      case AWARD -> pemenangNama != null;
      case CONTRACT -> nilaiKontrak != null && tanggalKontrak != null;
      case IMPLEMENTATION -> nilaiDibayar != null && nilaiDibayar.signum() > 0;
    };
  }

  /** The winner's publishable NPWP. */
  public Optional<String> publishableNpwp() {
    return Optional.ofNullable(pemenangNpwp);
  }
}
