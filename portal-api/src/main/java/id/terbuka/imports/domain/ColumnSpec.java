package id.terbuka.imports.domain;

import java.util.Locale;

/**
 * A column an import format knows, by its canonical name ({@code kode_rekening}). Headers match it
 * case-insensitively and with spaces, dashes or dots read as underscores, so {@code Kode Rekening}
 * is the same column.
 */
public record ColumnSpec(String name, boolean required) {
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
    return lower.replaceAll("[\\s_.\\-]+", "_").replaceAll("^_|_$", "");
  }
}
