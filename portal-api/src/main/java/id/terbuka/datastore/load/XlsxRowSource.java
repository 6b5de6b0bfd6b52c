package id.terbuka.datastore.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Iterator;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * Records of the first worksheet of an XLSX file, read as a stream of XML (fastexcel-reader), so
 * memory does not grow with the number of rows. Cells come out as text the CSV path understands:
 * numbers in plain form, date-formatted numbers as ISO dates or timestamps.
 */
final class XlsxRowSource implements RowSource {
  private final ReadableWorkbook workbook;
  private final Stream<Row> rows;
  private final Iterator<Row> iterator;
  private long row;

  XlsxRowSource(Path file) throws IOException {
    try {
      // Cell formats are needed to tell a date from a number: Excel stores both as numbers.
      this.workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
    } catch (ExcelReaderException | IOException e) {
      throw unreadable(0, e);
    }
    try {
      this.rows = workbook.getFirstSheet().openStream();
    } catch (ExcelReaderException | IOException e) {
      workbook.close();
      throw unreadable(0, e);
    } catch (RuntimeException e) {
      workbook.close();
      throw e;
    }
    this.iterator = rows.iterator();
  }

  /** A file that is a ZIP but not a workbook, or a damaged sheet: the office must re-save it. */
  private static TableLoadException unreadable(long row, Exception cause) {
    TableLoadException e =
        TableLoadException.of(
            Math.max(row, 1), null, "This is not a readable XLSX workbook: " + cause.getMessage());
    e.initCause(cause);
    return e;
  }

  @Override
  public String[] next() {
    try {
      return nextRecord();
    } catch (ExcelReaderException | UncheckedIOException e) {
      throw unreadable(row + 1, e);
    }
  }

  private String[] nextRecord() {
    while (iterator.hasNext()) {
      Row r = iterator.next();
      row = r.getRowNum();
      String[] cells = new String[r.getCellCount()];
      boolean blank = true;
      for (int i = 0; i < cells.length; i++) {
        cells[i] = text(r.getCell(i));
        blank &= cells[i].isBlank();
      }
      if (!blank) {
        return trimTrailingEmpty(cells);
      }
    }
    return null;
  }

  /** Formatting can leave empty cells after the data; they are not extra columns. */
  private static String[] trimTrailingEmpty(String[] cells) {
    int length = cells.length;
    while (length > 0 && cells[length - 1].isEmpty()) {
      length--;
    }
    return length == cells.length ? cells : Arrays.copyOf(cells, length);
  }

  private static String text(Cell cell) {
    if (cell == null) {
      return "";
    }
    return switch (cell.getType()) {
      case NUMBER -> number(cell);
      case BOOLEAN -> String.valueOf(cell.asBoolean());
      case STRING -> cell.asString();
      // A formula's cached result; an error value (#DIV/0!) stays as its text.
      case FORMULA, ERROR -> cell.getRawValue() == null ? "" : cell.getRawValue();
      default -> cell.getRawValue() == null ? "" : cell.getRawValue();
    };
  }

  private static String number(Cell cell) {
    if (ExcelDateFormats.isDate(cell.getDataFormatId(), cell.getDataFormatString())) {
      // Excel keeps times as fractions of a day, so 13:45:30 can come back as 13:45:29.9999.
      LocalDateTime when = cell.asDate().plusNanos(500_000).truncatedTo(ChronoUnit.MILLIS);
      if (when.toLocalTime().equals(LocalTime.MIDNIGHT)) {
        return when.toLocalDate().toString();
      }
      return when.toLocalDate() + " " + when.toLocalTime();
    }
    BigDecimal value = cell.asNumber();
    return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
  }

  @Override
  public long rowNumber() {
    return row;
  }

  @Override
  public NumberConvention fixedConvention() {
    return NumberConvention.ENGLISH;
  }

  @Override
  public void close() throws IOException {
    try {
      rows.close();
    } finally {
      workbook.close();
    }
  }
}
