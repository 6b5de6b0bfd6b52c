package id.terbuka.contracts.sample;

import id.terbuka.budget.sample.SampleUnit;
import id.terbuka.contracts.sheet.ContractStatus;
import id.terbuka.contracts.sheet.Kategori;
import id.terbuka.contracts.sheet.Metode;
import id.terbuka.contracts.sheet.TenderStatus;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One generated contracting process, its cells as values; {@link ProcurementSample} writes it as a
 * row. Mutable while it is generated and when version 2 moves it on.
 */
final class SampleProcess {
  String kodeRup;
  String judul;
  SampleUnit unit;
  Kategori kategori;
  Metode metode;
  BigDecimal pagu;
  String kodeRekening;
  BigDecimal hps;
  LocalDate pengumuman;
  LocalDate penutupan;
  Integer peserta;
  TenderStatus statusTender;
  Supplier pemenang;
  BigDecimal penawaran;
  LocalDate penetapan;
  String nomorKontrak;
  BigDecimal nilaiKontrak;
  LocalDate tanggalKontrak;
  LocalDate mulai;
  LocalDate selesai;
  ContractStatus statusKontrak;
  BigDecimal dibayar;
  Quirk quirk = Quirk.NONE;

  /** Amounts written with Indonesian grouping ({@code 1.234.567}) rather than plain. */
  boolean grouped;
}
