package id.terbuka.imports.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reading a closed vocabulary's cell, the same way for every import: case-insensitive, with spaces,
 * dashes and dots read as underscores (as headers are, {@link ColumnSpec#canonical}), so {@code
 * Tender Cepat} is {@code tender_cepat} and {@code non-beras} is {@code non_beras}.
 */
public final class Vocabulary {
  private Vocabulary() {}

  /** The value of {@code values} whose code matches the cell, if any. */
  public static <E extends Enum<E>> Optional<E> find(
      E[] values, Function<E, String> code, String text) {
    String wanted = ColumnSpec.canonical(text);
    return Arrays.stream(values).filter(v -> code.apply(v).equals(wanted)).findFirst();
  }

  /** The codes in declaration order (the template's drop-down list). */
  public static <E extends Enum<E>> List<String> codes(E[] values, Function<E, String> code) {
    return Arrays.stream(values).map(code).toList();
  }
}
