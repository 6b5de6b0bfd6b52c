package id.terbuka.dasawisma.domain;

import id.terbuka.imports.domain.Vocabulary;
import java.util.List;
import java.util.Optional;

/** {@code sumber_air}: where the household's drinking water comes from (form 4.14.2a). */
public enum SumberAir {
  PDAM("pdam"),
  SUMUR("sumur"),
  SUNGAI("sungai"),
  LAINNYA("lainnya");

  private final String code;

  SumberAir(String code) {
    this.code = code;
  }

  /** The cell's value. */
  public String code() {
    return code;
  }

  public static Optional<SumberAir> parse(String text) {
    return Vocabulary.find(values(), SumberAir::code, text);
  }

  /** Every code, in picking order. */
  public static List<String> codes() {
    return Vocabulary.codes(values(), SumberAir::code);
  }
}
