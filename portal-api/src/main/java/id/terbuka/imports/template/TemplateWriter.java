package id.terbuka.imports.template;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.DataValidationErrorStyle;
import org.dhatim.fastexcel.VisibilityState;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Writes an import format's template as CSV or XLSX. */
public final class TemplateWriter {
  /** The sheet the importer reads (the first one). */
  public static final String DATA_SHEET = "data";

  /** The hidden sheet holding the drop-down lists' values, one column per closed column. */
  public static final String LIST_SHEET = "pilihan";

  /**
   * Examples written as numbers in the XLSX: plain decimals without a leading zero, so that a code
   * such as {@code 01} or {@code 5.1.02} stays text, exactly as the importer should read it back.
   */
  private static final Pattern PLAIN_NUMBER = Pattern.compile("-?(0|[1-9]\\d{0,14})(\\.\\d+)?");

  private TemplateWriter() {}

  /**
   * The CSV template: UTF-8 with a byte order mark, comma-separated, CRLF line ends (RFC 4180). The
   * BOM is what makes Excel on Windows open the file as UTF-8 rather than in the ANSI code page,
   * which would garble any non-ASCII text; the importer skips it. Publishers working in Excel are
   * better served by the XLSX template (no delimiter question, drop-down lists); this one is for
   * other tools.
   */
  public static void writeCsv(List<TemplateColumn> columns, OutputStream out) throws IOException {
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    w.write('\uFEFF');
    writeCsvRecord(w, columns.stream().map(c -> c.spec().name()).toList());
    writeCsvRecord(w, columns.stream().map(TemplateColumn::example).toList());
    w.flush();
  }

  private static void writeCsvRecord(Writer w, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        w.write(',');
      }
      w.write(csvCell(cells.get(i)));
    }
    w.write("\r\n");
  }

  private static String csvCell(String text) {
    String s = text == null ? "" : text;
    boolean quote =
        s.indexOf(',') >= 0
            || s.indexOf(';') >= 0
            || s.indexOf('"') >= 0
            || s.indexOf('\n') >= 0
            || s.indexOf('\r') >= 0
            || s.indexOf('\t') >= 0;
    return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
  }

  /**
   * The XLSX template: the header row (bold, frozen), the example row, and for each column with a
   * closed vocabulary a list validation over the whole column below the header, whose values are on
   * the hidden sheet {@value #LIST_SHEET} (a list written inline in the validation is limited to
   * 255 characters, too short for a list of units). Columns whose example is text are formatted as
   * text, so that Excel does not turn a code such as {@code 1.02} into a date or drop the leading
   * zero of {@code 01}. A column of whole numbers gets an input check: Excel refuses anything else
   * as it is typed (a blank stays allowed; the import reports it).
   */
  public static void writeXlsx(List<TemplateColumn> columns, OutputStream out) throws IOException {
    Workbook workbook = new Workbook(out, "Terbuka", "1.0");
    Worksheet data = workbook.newWorksheet(DATA_SHEET);
    Worksheet lists = null;
    int listColumn = 0;
    for (int c = 0; c < columns.size(); c++) {
      TemplateColumn column = columns.get(c);
      data.value(0, c, column.spec().name());
      data.style(0, c).bold().set();
      data.width(c, Math.max(12, column.spec().name().length() + 4));
      String example = column.example() == null ? "" : column.example();
      if (PLAIN_NUMBER.matcher(example).matches()) {
        data.value(1, c, new BigDecimal(example));
      } else {
        data.style(c).format("@").set();
        data.value(1, c, example);
        data.style(1, c).format("@").set();
      }
      if (!column.allowed().isEmpty()) {
        if (lists == null) {
          lists = workbook.newWorksheet(LIST_SHEET);
          lists.setVisibilityState(VisibilityState.HIDDEN);
        }
        List<String> allowed = column.allowed();
        for (int r = 0; r < allowed.size(); r++) {
          lists.value(r, listColumn, allowed.get(r));
        }
        data.range(1, c, Worksheet.MAX_ROWS - 1, c)
            .validateWithList(lists.range(0, listColumn, allowed.size() - 1, listColumn))
            .allowBlank(true)
            .errorStyle(DataValidationErrorStyle.STOP)
            .showErrorMessage(true)
            .errorTitle("Nilai tidak valid")
            .error("Pilih salah satu nilai dari daftar.");
        listColumn++;
      }
      if (column.wholeNumbers() != null) {
        checkWholeNumbers(data, c, column.wholeNumbers());
      }
    }
    data.freezePane(0, 1);
    workbook.finish();
  }

  private static void checkWholeNumbers(
      Worksheet data, int column, TemplateColumn.WholeNumbers range) {
    String cell = columnLetters(column) + "2";
    data.range(1, column, Worksheet.MAX_ROWS - 1, column)
        // MEDIAN(min, x, max) = x exactly when min <= x <= max: no '<' or '>', which the
        // library writes into the sheet's XML unescaped.
        .validateWithFormula(
            "AND(ISNUMBER("
                + cell
                + "),"
                + cell
                + "=INT("
                + cell
                + "),"
                + cell
                + "=MEDIAN("
                + range.min()
                + ","
                + cell
                + ","
                + range.max()
                + "))")
        .allowBlank(true)
        .errorStyle(DataValidationErrorStyle.STOP)
        .showErrorMessage(true)
        .errorTitle("Angka tidak valid")
        .error("Isi bilangan bulat dari " + range.min() + " sampai " + range.max() + ".");
  }

  /** Excel's name of a 0-based column: A, B, ..., Z, AA, AB... */
  static String columnLetters(int column) {
    StringBuilder name = new StringBuilder();
    for (int n = column + 1; n > 0; n = (n - 1) / 26) {
      name.insert(0, (char) ('A' + (n - 1) % 26));
    }
    return name.toString();
  }
}
