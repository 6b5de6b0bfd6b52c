package id.terbuka.dasawisma.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reading a closed vocabulary's cell: case-insensitive, with spaces, dashes and dots read as
 * underscores, so {@code Kurang Sehat} and {@code non-beras} are {@code kurang_sehat} and {@code
 * non_beras}.
 */
final class Vocabulary {
  private Vocabulary() {}

  static String normalised(String text) {
    return text.strip()
        .toLowerCase(Locale.ROOT)
        .replaceAll("[\\s_.\\-]+", "_")
        .replaceAll("^_|_$", "");
  }

  static <E extends Enum<E>> Optional<E> find(E[] values, Function<E, String> code, String text) {
    String wanted = normalised(text);
    return Arrays.stream(values).filter(v -> code.apply(v).equals(wanted)).findFirst();
  }

  static <E extends Enum<E>> List<String> codes(E[] values, Function<E, String> code) {
    return Arrays.stream(values).map(code).toList();
  }
}
