package id.terbuka.imports.domain;

import java.util.List;

/**
 * One thing wrong (an error) or worth knowing (a warning) about an imported file.
 *
 * @param row the spreadsheet's own row number (header = 1, first data row = 2), or 0 for the file
 *     as a whole
 * @param column the header as written in the file, or null when no single column is meant
 * @param value the cell's text as read, or null
 * @param code a stable identifier (e.g. {@code not_a_number}) that clients may switch on; its text
 *     in each language is in {@link ImportMessages}
 * @param args the values the message names (an expected sum, a period), in the order the message
 *     template uses them
 */
public record ImportProblem(long row, String column, String value, String code, List<String> args) {
  public ImportProblem {
    args = List.copyOf(args);
  }

  public static ImportProblem of(
      long row, String column, String value, String code, Object... args) {
    return new ImportProblem(
        row, column, value, code, java.util.Arrays.stream(args).map(String::valueOf).toList());
  }
}
