package id.terbuka.datastore.load;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a header row into column names PostgreSQL and the DataStore accept: no BOM (CKAN's classic
 * bug), trimmed, never blank, unique, and within PostgreSQL's 63-byte identifier limit (longer
 * names are silently cut by PostgreSQL, which would make two distinct names collide).
 */
public final class ColumnNames {
  /** PostgreSQL's NAMEDATALEN - 1. */
  static final int MAX_IDENTIFIER_BYTES = 63;

  /** PostgreSQL's limit of 1,600 columns per table, less the DataStore's own {@code _id}. */
  static final int MAX_COLUMNS = 1599;

  /** Columns the DataStore adds to every table. */
  private static final Set<String> RESERVED = Set.of("_id", "_full_text");

  private ColumnNames() {}

  /** The names for a header row; fails if the table would have too many columns. */
  public static List<String> fromHeader(String[] header) {
    if (header.length > MAX_COLUMNS) {
      throw TableLoadException.of(
          1,
          null,
          String.format(
              "The file has %,d columns; a DataStore table holds at most %,d"
                  + " (PostgreSQL's limit of 1,600 less the row number)",
              header.length, MAX_COLUMNS));
    }
    Set<String> taken = new HashSet<>(RESERVED);
    List<String> names = new ArrayList<>(header.length);
    for (int i = 0; i < header.length; i++) {
      String name = clean(header[i]);
      if (name.isEmpty()) {
        name = "column_" + (i + 1);
      }
      name = truncate(name, MAX_IDENTIFIER_BYTES);
      String unique = name;
      for (int n = 2; taken.contains(unique); n++) {
        String suffix = "_" + n;
        unique = truncate(name, MAX_IDENTIFIER_BYTES - suffix.length()) + suffix;
      }
      taken.add(unique);
      names.add(unique);
    }
    return names;
  }

  private static String clean(String raw) {
    if (raw == null) {
      return "";
    }
    // A BOM can survive decoding when a file was saved twice or re-encoded.
    return raw.replace("\uFEFF", "").strip();
  }

  /** Cuts to at most {@code maxBytes} of UTF-8, never inside a character. */
  static String truncate(String name, int maxBytes) {
    if (name.getBytes(StandardCharsets.UTF_8).length <= maxBytes) {
      return name;
    }
    int bytes = 0;
    int end = 0;
    while (end < name.length()) {
      int cp = name.codePointAt(end);
      int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (bytes + size > maxBytes) {
        break;
      }
      bytes += size;
      end += Character.charCount(cp);
    }
    return name.substring(0, end);
  }
}
