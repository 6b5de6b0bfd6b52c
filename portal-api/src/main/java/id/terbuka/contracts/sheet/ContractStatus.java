package id.terbuka.contracts.sheet;

import id.terbuka.imports.domain.Vocabulary;
import java.util.List;
import java.util.Optional;

/**
 * {@code status_kontrak} and the OCDS {@code contractStatus} it publishes: a running contract is
 * {@code active}; OCDS 1.1 calls a contract that has come to a close {@code terminated}, whether
 * completed or ended early, so both {@code selesai} and {@code diputus} are {@code terminated} and
 * the contract's description says which ({@code pending} is not used: a row's contract is signed,
 * {@code tanggal_kontrak} being required).
 */
public enum ContractStatus {
  BERJALAN("berjalan", "active"),
  SELESAI("selesai", "terminated"),
  DIPUTUS("diputus", "terminated");

  private final String code;
  private final String ocds;

  ContractStatus(String code, String ocds) {
    this.code = code;
    this.ocds = ocds;
  }

  public String code() {
    return code;
  }

  /** {@code contracts[].status}. */
  public String ocds() {
    return ocds;
  }

  public static Optional<ContractStatus> parse(String text) {
    return Vocabulary.find(values(), ContractStatus::code, text);
  }

  public static List<String> codes() {
    return Vocabulary.codes(values(), ContractStatus::code);
  }
}
