package id.terbuka.dasawisma.domain;

import id.terbuka.imports.domain.Vocabulary;
import java.util.List;
import java.util.Optional;

/** {@code makanan_pokok}: the household's staple food (form 4.14.2a). */
public enum MakananPokok {
  BERAS("beras"),
  NON_BERAS("non_beras");

  private final String code;

  MakananPokok(String code) {
    this.code = code;
  }

  /** The cell's value. */
  public String code() {
    return code;
  }

  public static Optional<MakananPokok> parse(String text) {
    return Vocabulary.find(values(), MakananPokok::code, text);
  }

  /** Every code, in picking order. */
  public static List<String> codes() {
    return Vocabulary.codes(values(), MakananPokok::code);
  }
}
