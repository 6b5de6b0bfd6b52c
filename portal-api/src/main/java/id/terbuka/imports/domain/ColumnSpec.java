package id.terbuka.imports.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A column an import format knows, by its canonical name ({@code kode_rekening}). Headers match it
 * case-insensitively and with spaces, dashes or dots read as underscores, so {@code Kode Rekening}
 * is the same column.
 */
public record ColumnSpec(String name, boolean required) {
  // Compiled once: canonical() runs for every vocabulary cell of every row of an import and of
  // every stored household read back, where compiling them on each call was a large share of the
  // time (docs/benchmarks.md, Dasa Wisma).
  private static final Pattern SEPARATORS = Pattern.compile("[\\s_.\\-]+");
  private static final Pattern EDGE_UNDERSCORE = Pattern.compile("^_|_$");

  public ColumnSpec {
    if (!name.equals(canonical(name))) {
      throw new IllegalArgumentException("Not a canonical column name: " + name);
    }
  }

  public static ColumnSpec required(String name) {
    return new ColumnSpec(name, true);
  }

  public static ColumnSpec optional(String name) {
    return new ColumnSpec(name, false);
  }

  /**
   * The canonical form of a header as written: trimmed, lower case, separators as one {@code _}.
   */
  public static String canonical(String header) {
    String lower = header.strip().toLowerCase(Locale.ROOT);
    return EDGE_UNDERSCORE.matcher(SEPARATORS.matcher(lower).replaceAll("_")).replaceAll("");
  }
}
