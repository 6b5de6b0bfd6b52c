package id.terbuka.datastore;

import id.terbuka.catalog.domain.Resource;
import id.terbuka.catalog.service.ResourceService;
import id.terbuka.datastore.dump.CsvHeader;
import id.terbuka.datastore.dump.DumpColumn;
import id.terbuka.datastore.dump.DumpFormat;
import id.terbuka.datastore.dump.JsonRecords;
import id.terbuka.datastore.dump.RecordWriter;
import id.terbuka.datastore.dump.XlsxRecords;
import id.terbuka.datastore.dump.XmlRecords;
import id.terbuka.identity.domain.Actor;
import id.terbuka.shared.InvalidInputException;
import id.terbuka.shared.ObjectNotFoundException;
import id.terbuka.shared.persistence.Database;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyOut;

/**
 * DataStore dumps ({@code /datastore/dump/{resource_id}}): the whole table, or what the filters,
 * fields, sort, limit and offset select, streamed from PostgreSQL in constant memory. CSV and TSV
 * come out of {@code COPY (SELECT ...) TO STDOUT} as PostgreSQL writes them; JSON, XML and XLSX are
 * written row by row from a forward-only cursor.
 *
 * <p>As {@code datastore_search}: visibility first, then one read-only transaction that locks the
 * table's {@code datastore_table} row {@code FOR SHARE} (a reload waits until the dump ends, so the
 * column list and the rows belong together). No statement timeout: a dump of millions of rows takes
 * as long as the client reads. The response is opened only when the first rows are in hand, so a
 * filter value the column cannot hold is still a 400, not a broken file.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class DataStoreDump {
  private static final Logger LOG = Logger.getLogger(DataStoreDump.class.getName());

  /** Dumps running at once on a node; each holds a pooled connection for its whole length. */
  static final int CONCURRENT = 8;

  private static final int FETCH_SIZE = 1_000;
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final Semaphore running = new Semaphore(CONCURRENT);

  @jakarta.annotation.Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Inject ResourceService resources;

  /** Where a dump goes, opened (headers sent) once nothing can fail with a status any more. */
  @FunctionalInterface
  public interface Target {
    OutputStream open(DumpFormat format, String resourceId, boolean privateData) throws IOException;
  }

  /** More dumps than {@link #CONCURRENT} at once: the caller should retry later. */
  public static class BusyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BusyException() {
      super("Too many dumps running; try again shortly");
    }
  }

  /**
   * Streams the dump into the target.
   *
   * @throws InvalidInputException a bad parameter, an unknown column, a value a column cannot hold
   * @throws ObjectNotFoundException no such resource, or no active table
   * @throws id.terbuka.shared.AccessDeniedException a private dataset the actor may not read
   * @throws BusyException too many dumps running
   * @throws IOException writing failed (after the target was opened: the file is incomplete)
   */
  public void dump(Actor actor, String resourceId, Map<String, Object> params, Target target)
      throws IOException {
    run(actor, resourceId, params, target, true);
  }

  /** Every check of {@link #dump}, then opens the target without reading rows (HEAD). */
  public void check(Actor actor, String resourceId, Map<String, Object> params, Target target)
      throws IOException {
    run(actor, resourceId, params, target, false);
  }

  private void run(
      Actor actor, String resourceId, Map<String, Object> params, Target target, boolean rows)
      throws IOException {
    DumpRequest request = DumpRequest.parse(resourceId, params);
    Resource resource = resources.readable(actor, resourceId);
    Opening opening = new Opening(target, request.format(), resource);
    if (!running.tryAcquire()) {
      throw new BusyException();
    }
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        SearchQuery query =
            SearchQuery.of(resource.id(), request.search(), lockColumns(c, resource));
        DumpQuery dump = new DumpQuery(query, limit(request), request.offset());
        if (!rows) {
          opening.open();
        } else if (request.format().copy()) {
          copy(c, dump, request, opening);
        } else {
          cursor(c, dump, request, opening);
        }
      } finally {
        endTransaction(c);
      }
    } catch (SQLException e) {
      if (!opening.opened && e.getSQLState() != null && e.getSQLState().startsWith("22")) {
        // A filter value the column's type cannot hold ("abc" for a number, a bad date).
        throw InvalidInputException.of("filters", "Invalid value: " + firstLine(e.getMessage()));
      }
      if (opening.opened) {
        throw new IOException("DataStore dump of " + resource.id() + " failed while streaming", e);
      }
      throw new IllegalStateException("DataStore dump of " + resource.id() + " failed", e);
    } finally {
      running.release();
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

  private static List<TableField> lockColumns(Connection c, Resource resource) throws SQLException {
    try (PreparedStatement st =
        c.prepareStatement("select fields from datastore_table where resource_id = ? for share")) {
      st.setString(1, resource.id());
      try (ResultSet rs = st.executeQuery()) {
        if (!rs.next() || rs.getString(1) == null) {
          throw new ObjectNotFoundException(
              "Resource \"" + resource.id() + "\" has no DataStore table.");
        }
        return TableField.fromJson(rs.getString(1));
      }
    }
  }

  /** CSV/TSV: PostgreSQL writes the rows; the BOM and the header line come first from here. */
  private static void copy(Connection c, DumpQuery dump, DumpRequest request, Opening opening)
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
  private static void cursor(Connection c, DumpQuery dump, DumpRequest request, Opening opening)
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
        RecordWriter writer = writer(request.format(), out, opening.resource.id());
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

  /** The target, opened at most once, remembering whether it was. */
  private static final class Opening {
    private final Target target;
    private final DumpFormat format;
    private final Resource resource;
    private boolean opened;

    Opening(Target target, DumpFormat format, Resource resource) {
      this.target = target;
      this.format = format;
      this.resource = resource;
    }

    OutputStream open() throws IOException {
      if (opened) {
        throw new IllegalStateException("opened twice");
      }
      opened = true;
      return target.open(format, resource.id(), resource.dataset().isPrivate());
    }
  }
}
