package id.terbuka.contracts.validate;

import id.terbuka.contracts.domain.OcdsJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The codes of a bundled OCDS codelist CSV (its {@code Code} column). The files quote descriptions
 * that hold commas, quotes and line breaks, so this reads RFC 4180 fields rather than lines.
 */
final class CodelistCsv {

  private CodelistCsv() {}

  /** Codes of {@code codelists/<fileName>} under the bundled schema folder. */
  static Set<String> codes(String fileName) {
    String path = OcdsJson.SCHEMA_ROOT + "codelists/" + fileName;
    try (InputStream in = CodelistCsv.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled codelist " + path);
      }
      return codes(new String(in.readAllBytes(), StandardCharsets.UTF_8), fileName);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Set<String> codes(String csv, String name) {
    List<List<String>> rows = rows(csv);
    if (rows.isEmpty()) {
      throw new IllegalStateException("codelist " + name + " is empty");
    }
    int column = rows.get(0).indexOf("Code");
    if (column < 0) {
      throw new IllegalStateException("codelist " + name + " has no Code column");
    }
    Set<String> codes = new LinkedHashSet<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      if (column < row.size() && !row.get(column).isEmpty()) {
        codes.add(row.get(column));
      }
    }
    return Set.copyOf(codes);
  }

  /** Splits CSV text into rows of fields; blank lines are skipped. */
  static List<List<String>> rows(String csv) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean fieldStarted = false;
    String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
        fieldStarted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
        fieldStarted = true;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        endRow(rows, row, field, fieldStarted);
        row = new ArrayList<>();
        fieldStarted = false;
      } else {
        field.append(c);
        fieldStarted = true;
      }
    }
    endRow(rows, row, field, fieldStarted);
    return rows;
  }

  private static void endRow(
      List<List<String>> rows, List<String> row, StringBuilder field, boolean fieldStarted) {
    if (fieldStarted || !row.isEmpty()) {
      row.add(field.toString());
      rows.add(row);
    }
    field.setLength(0);
  }
}
