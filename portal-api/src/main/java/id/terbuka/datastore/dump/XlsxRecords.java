package id.terbuka.datastore.dump;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * An XLSX dump written as it streams (fastexcel, rows flushed every {@value #FLUSH_EVERY}): a sheet
 * {@code data} with the column names in a bold, frozen first row; numbers and booleans as such,
 * dates and timestamps as dates, text as inline strings behind the {@link FormulaGuard}.
 *
 * <p>Excel holds {@value #MAX_ROWS} rows including the header. A longer dump stops there and the
 * workbook gets a second sheet {@value #NOTE_SHEET} saying so (and how many rows it holds); so does
 * a text cell cut at Excel's {@value #MAX_CELL_CHARS} characters.
 */
public final class XlsxRecords implements RecordWriter {
  /** Excel's rows per sheet, the header row included. */
  public static final int MAX_ROWS = 1_048_576;

  static final int MAX_CELL_CHARS = 32_767;
  static final String NOTE_SHEET = "note";
  private static final int FLUSH_EVERY = 1_000;

  private final OutputStream out;
  private final Workbook workbook;
  private final int maxRows;
  private final String fullDump;
  private Worksheet sheet;
  private int next = 1;
  private int columns;
  private boolean truncated;
  private long cellsCut;

  /**
   * @param fullDump where all rows can be had (e.g. the CSV dump's path), for the note
   */
  public XlsxRecords(OutputStream out, String fullDump) {
    this(out, MAX_ROWS, fullDump);
  }

  /** With a smaller row limit, for tests. */
  XlsxRecords(OutputStream out, int maxRows, String fullDump) {
    this.out = out;
    this.workbook = new Workbook(out, "Terbuka", "1.0");
    this.maxRows = maxRows;
    this.fullDump = fullDump;
  }

  /** How many data rows fit (the header takes one row). */
  public static int maxDataRows() {
    return MAX_ROWS - 1;
  }

  @Override
  public void begin(List<DumpColumn> cols) throws IOException {
    sheet = workbook.newWorksheet("data");
    columns = cols.size();
    for (int c = 0; c < columns; c++) {
      sheet.inlineString(0, c, cut(FormulaGuard.text(cols.get(c).id())));
      sheet.style(0, c).bold().set();
    }
    sheet.freezePane(0, 1);
  }

  @Override
  public boolean row(Object[] values) throws IOException {
    if (next >= maxRows) {
      truncated = true;
      return false;
    }
    int r = next++;
    for (int c = 0; c < values.length; c++) {
      Object v = values[c];
      if (v == null) {
        continue;
      }
      if (v instanceof String s) {
        sheet.inlineString(r, c, cut(FormulaGuard.text(s)));
      } else if (v instanceof Number n) {
        sheet.value(r, c, n);
      } else if (v instanceof Boolean b) {
        sheet.value(r, c, b);
      } else if (v instanceof LocalDate d) {
        sheet.value(r, c, d);
        sheet.style(r, c).format("yyyy-mm-dd").set();
      } else if (v instanceof LocalDateTime t) {
        sheet.value(r, c, t);
        sheet.style(r, c).format("yyyy-mm-dd hh:mm:ss").set();
      } else {
        sheet.inlineString(r, c, cut(FormulaGuard.text(v.toString())));
      }
    }
    if (r % FLUSH_EVERY == 0) {
      sheet.flush();
    }
    return true;
  }

  private String cut(String s) {
    if (s.length() <= MAX_CELL_CHARS) {
      return s;
    }
    cellsCut++;
    int end = MAX_CELL_CHARS;
    if (Character.isHighSurrogate(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(0, end);
  }

  @Override
  public void end() throws IOException {
    sheet.finish();
    if (truncated || cellsCut > 0) {
      Worksheet note = workbook.newWorksheet(NOTE_SHEET);
      int r = 0;
      if (truncated) {
        note.inlineString(
            r++,
            0,
            "Truncated: Excel holds at most "
                + maxRows
                + " rows per sheet, so sheet \"data\" has the header and the first "
                + (maxRows - 1)
                + " rows only. All rows: "
                + fullDump);
      }
      if (cellsCut > 0) {
        note.inlineString(
            r,
            0,
            cellsCut
                + " text cell(s) longer than Excel's "
                + MAX_CELL_CHARS
                + " characters were cut. Full text: "
                + fullDump);
      }
      note.finish();
    }
    workbook.finish();
    out.flush();
  }

  /** Whether the dump stopped at the row limit (known once {@link #row} refused a row). */
  public boolean truncated() {
    return truncated;
  }
}
