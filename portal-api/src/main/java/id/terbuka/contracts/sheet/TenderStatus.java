package id.terbuka.contracts.sheet;

import id.terbuka.imports.domain.Vocabulary;
import java.util.List;
import java.util.Optional;

/**
 * {@code status_tender} and the OCDS {@code tenderStatus} it publishes. OCDS 1.1 has no evaluation
 * status: a tender being evaluated is still {@code active} (its award is {@code pending}).
 */
public enum TenderStatus {
  DIRENCANAKAN("direncanakan", "planned"),
  DIUMUMKAN("diumumkan", "active"),
  EVALUASI("evaluasi", "active"),
  SELESAI("selesai", "complete"),
  BATAL("batal", "cancelled"),
  GAGAL("gagal", "unsuccessful");

  private final String code;
  private final String ocds;

  TenderStatus(String code, String ocds) {
    this.code = code;
    this.ocds = ocds;
  }

  public String code() {
    return code;
  }

  /** {@code tender.status}. */
  public String ocds() {
    return ocds;
  }

  /** Whether the tender has been announced (so {@code tanggal_pengumuman} must be known). */
  public boolean announced() {
    return this != DIRENCANAKAN && this != BATAL;
  }

  /** Whether a winner may be named at this status (being evaluated, or done). */
  public boolean allowsWinner() {
    return this == EVALUASI || this == SELESAI;
  }

  public static Optional<TenderStatus> parse(String text) {
    return Vocabulary.find(values(), TenderStatus::code, text);
  }

  public static List<String> codes() {
    return Vocabulary.codes(values(), TenderStatus::code);
  }
}
