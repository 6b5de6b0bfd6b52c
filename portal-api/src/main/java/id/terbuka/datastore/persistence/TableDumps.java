package id.terbuka.datastore.persistence;

import id.terbuka.datastore.domain.DumpRequest;
import id.terbuka.datastore.domain.TableField;
import id.terbuka.datastore.domain.TableRef;
import id.terbuka.datastore.dump.CsvHeader;
import id.terbuka.datastore.dump.DumpColumn;
import id.terbuka.datastore.dump.DumpFormat;
import id.terbuka.datastore.dump.JsonRecords;
import id.terbuka.datastore.dump.RecordWriter;
import id.terbuka.datastore.dump.XlsxRecords;
import id.terbuka.datastore.dump.XmlRecords;
import id.terbuka.shared.InvalidInputException;
import id.terbuka.shared.ObjectNotFoundException;
import id.terbuka.shared.persistence.Database;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyOut;

/**
 * The reads of a DataStore dump: one read-only transaction that locks the table's {@code
 * datastore_table} row {@code FOR SHARE} (a reload waits until the dump ends, so the column list
 * and the rows belong together), then CSV and TSV out of {@code COPY (SELECT ...) TO STDOUT} as
 * PostgreSQL writes them, JSON, XML and XLSX row by row from a forward-only cursor. No statement
 * timeout: a dump of millions of rows takes as long as the client reads.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class TableDumps {
  private static final Logger LOG = Logger.getLogger(TableDumps.class.getName());

  private static final int FETCH_SIZE = 1_000;
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  @jakarta.annotation.Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  /** Where the dump goes: opened (headers sent) once the first rows are in hand. */
  public interface Sink {
    OutputStream open() throws IOException;

    boolean opened();
  }

  /**
   * Streams the dump (or, without {@code rows}, only opens the sink after every check).
   *
   * @throws InvalidInputException an unknown column, a value a column cannot hold
   * @throws ObjectNotFoundException no active table
   * @throws IOException writing failed (after the sink was opened: the file is incomplete)
   */
  public void dump(TableRef table, DumpRequest request, Sink opening, boolean rows)
      throws IOException {
    String resourceId = table.resourceId();
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        SearchQuery query = SearchQuery.of(table, request.search(), lockColumns(c, table));
        DumpQuery dump = new DumpQuery(query, limit(request), request.offset());
        if (!rows) {
          opening.open();
        } else if (request.format().copy()) {
          copy(c, dump, request, opening);
        } else {
          cursor(c, dump, request, opening, resourceId);
        }
      } finally {
        endTransaction(c);
      }
    } catch (SQLException e) {
      if (!opening.opened() && e.getSQLState() != null && e.getSQLState().startsWith("22")) {
        // A filter value the column's type cannot hold ("abc" for a number, a bad date).
        throw InvalidInputException.of("filters", "Invalid value: " + firstLine(e.getMessage()));
      }
      if (opening.opened()) {
        throw new IOException("DataStore dump of " + resourceId + " failed while streaming", e);
      }
      throw new IllegalStateException("DataStore dump of " + resourceId + " failed", e);
    }
  }

  /** XLSX reads one row past Excel's limit, to know that it must say the file is cut. */
  private static Long limit(DumpRequest request) {
    if (request.format() != DumpFormat.XLSX) {
      return request.limit();
    }
    long cap = XlsxRecords.maxDataRows() + 1L;
    return request.limit() == null ? cap : Math.min(request.limit(), cap);
  }

  private static List<TableField> lockColumns(Connection c, TableRef table) throws SQLException {
    String resourceId = table.resourceId();
    try (PreparedStatement st =
        c.prepareStatement(
            "select fields from " + table.registry() + " where resource_id = ? for share")) {
      st.setString(1, resourceId);
      try (ResultSet rs = st.executeQuery()) {
        if (!rs.next() || rs.getString(1) == null) {
          throw new ObjectNotFoundException(
              "Resource \"" + resourceId + "\" has no DataStore table.");
        }
        return TableField.fromJson(rs.getString(1));
      }
    }
  }

  /** CSV/TSV: PostgreSQL writes the rows; the BOM and the header line come first from here. */
  private static void copy(Connection c, DumpQuery dump, DumpRequest request, Sink opening)
      throws SQLException, IOException {
    List<String> values = dump.values();
    try (PreparedStatement st = c.prepareStatement("select set_config(?, ?, true)")) {
      for (int i = 0; i < values.size(); i++) {
        st.setString(1, DumpQuery.setting(i + 1));
        st.setString(2, values.get(i));
        st.execute();
      }
    }
    CopyOut copy = c.unwrap(PGConnection.class).getCopyAPI().copyOut(dump.copy(request.format()));
    try {
      // The first row (or the end) before any byte is sent: errors still get their status.
      byte[] row = copy.readFromCopy();
      OutputStream out = new BufferedOutputStream(opening.open(), 1 << 16);
      if (request.bom()) {
        out.write(BOM);
      }
      List<String> names = dump.columns().stream().map(DumpColumn::id).toList();
      out.write(
          CsvHeader.line(names, request.format().delimiter()).getBytes(StandardCharsets.UTF_8));
      for (; row != null; row = copy.readFromCopy()) {
        out.write(row);
      }
      out.flush();
    } finally {
      if (copy.isActive()) {
        try {
          copy.cancelCopy();
        } catch (SQLException e) {
          LOG.log(Level.FINE, "Cancelling an interrupted dump's COPY", e);
        }
      }
    }
  }

  /** JSON, XML, XLSX: a forward-only cursor, {@value #FETCH_SIZE} rows at a time. */
  private static void cursor(
      Connection c, DumpQuery dump, DumpRequest request, Sink opening, String resourceId)
      throws SQLException, IOException {
    List<DumpColumn> columns = dump.columns();
    try (PreparedStatement st =
        c.prepareStatement(
            dump.select(), ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
      st.setFetchSize(FETCH_SIZE);
      int p = 1;
      for (String v : dump.values()) {
        st.setString(p++, v);
      }
      try (ResultSet rs = st.executeQuery()) {
        boolean more = rs.next();
        OutputStream out = opening.open();
        RecordWriter writer = writer(request.format(), out, resourceId);
        writer.begin(columns);
        Object[] row = new Object[columns.size()];
        while (more) {
          for (int i = 0; i < row.length; i++) {
            row[i] = Cells.typed(rs, i + 1, columns.get(i).type());
          }
          if (!writer.row(row)) {
            break;
          }
          more = rs.next();
        }
        writer.end();
        out.flush();
      }
    }
  }

  private static RecordWriter writer(DumpFormat format, OutputStream out, String resourceId) {
    return switch (format) {
      case JSON -> new JsonRecords(text(out));
      case XML -> new XmlRecords(text(out));
      case XLSX -> new XlsxRecords(out, "/datastore/dump/" + resourceId + "?format=csv");
      default -> throw new IllegalArgumentException("Not a cursor format: " + format);
    };
  }

  private static BufferedWriter text(OutputStream out) {
    return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
  }

  private static void endTransaction(Connection c) {
    try {
      c.rollback();
      c.setAutoCommit(true);
    } catch (SQLException e) {
      // The pool validates connections; a broken one is replaced.
      LOG.log(Level.FINE, "Ending a dump's read-only transaction", e);
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
