package id.terbuka.contracts.sheet;

import id.terbuka.imports.domain.Vocabulary;
import java.util.List;
import java.util.Optional;

/**
 * {@code metode}: the procurement method (Perpres 16/2018 as amended by 12/2021) and its OCDS
 * {@code procurementMethod}, the Indonesian name kept in {@code procurementMethodDetails}.
 *
 * <p>Tender, Tender Cepat and Seleksi are announced to all providers: {@code open}. Pengadaan
 * Langsung and Penunjukan Langsung choose one provider: {@code direct} (the brief's mapping; OCDS
 * {@code limited} would mean a chosen few). E-purchasing is a call-off from the e-Katalog, a
 * framework of pre-selected providers: {@code selective}. Swakelola is work done by the government
 * itself, outside provider selection: {@code direct}, with no tender, award or contract stage.
 */
public enum Metode {
  TENDER("tender", "open", "Tender"),
  TENDER_CEPAT("tender_cepat", "open", "Tender Cepat"),
  SELEKSI("seleksi", "open", "Seleksi"),
  PENGADAAN_LANGSUNG("pengadaan_langsung", "direct", "Pengadaan Langsung"),
  PENUNJUKAN_LANGSUNG("penunjukan_langsung", "direct", "Penunjukan Langsung"),
  E_PURCHASING("e_purchasing", "selective", "E-Purchasing (katalog elektronik)"),
  SWAKELOLA("swakelola", "direct", "Swakelola");

  private final String code;
  private final String procurementMethod;
  private final String details;

  Metode(String code, String procurementMethod, String details) {
    this.code = code;
    this.procurementMethod = procurementMethod;
    this.details = details;
  }

  /** The cell's value. */
  public String code() {
    return code;
  }

  /** {@code tender.procurementMethod}: open, selective or direct. */
  public String procurementMethod() {
    return procurementMethod;
  }

  /** {@code tender.procurementMethodDetails}: the method's Indonesian name. */
  public String procurementMethodDetails() {
    return details;
  }

  /** Whether a winner is chosen by an announced competition, so an award needs its tender. */
  public boolean open() {
    return procurementMethod.equals("open");
  }

  /** Whether providers are selected at all (everything but swakelola). */
  public boolean selectsProvider() {
    return this != SWAKELOLA;
  }

  public static Optional<Metode> parse(String text) {
    return Vocabulary.find(values(), Metode::code, text);
  }

  public static List<String> codes() {
    return Vocabulary.codes(values(), Metode::code);
  }
}
