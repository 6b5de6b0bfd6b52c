package id.terbuka.dasawisma.domain;

import id.terbuka.imports.domain.Vocabulary;
import java.util.List;
import java.util.Optional;

/** {@code kriteria_rumah}: the house's state as the cadre judges it (form 4.14.2a). */
public enum KriteriaRumah {
  SEHAT("sehat"),
  KURANG_SEHAT("kurang_sehat");

  private final String code;

  KriteriaRumah(String code) {
    this.code = code;
  }

  /** The cell's value. */
  public String code() {
    return code;
  }

  public static Optional<KriteriaRumah> parse(String text) {
    return Vocabulary.find(values(), KriteriaRumah::code, text);
  }

  /** Every code, in picking order. */
  public static List<String> codes() {
    return Vocabulary.codes(values(), KriteriaRumah::code);
  }
}
