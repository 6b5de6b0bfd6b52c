package id.terbuka.datastore.persistence;

import id.terbuka.datastore.domain.LoadJob;
import id.terbuka.datastore.domain.LoadStats;
import id.terbuka.datastore.domain.TableField;
import id.terbuka.datastore.load.Column;
import id.terbuka.datastore.load.CopyTextWriter;
import id.terbuka.datastore.load.LoadError;
import id.terbuka.datastore.load.Sample;
import id.terbuka.datastore.load.SpeculationFailed;
import id.terbuka.datastore.load.TableFile;
import id.terbuka.datastore.load.TableLoadException;
import id.terbuka.datastore.load.TableReader;
import id.terbuka.datastore.load.TableSchema;
import id.terbuka.shared.persistence.Database;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * A load's own table, {@code datastore."<table>__loading"}: created, filled with {@code COPY FROM
 * STDIN} in one transaction (so the rows are written frozen), indexed and analysed, or dropped.
 * {@link LoadJobs#publish} swaps it in.
 */
@ApplicationScoped
public class LoadingTables {
  private static final Logger LOG = Logger.getLogger(LoadingTables.class.getName());

  /** How often (rows) progress is committed: often enough to watch, rarely enough to be free. */
  static final long PROGRESS_EVERY = 50_000;

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Inject LoadJobs jobs;

  /**
   * The rows into a fresh loading table; returns how many were copied. A complete sample is a full
   * inspection; otherwise the rows past it are checked as they stream ({@link SpeculationFailed}).
   * A database failure other than a refused value comes out as an {@link IllegalStateException}.
   */
  public long copyInto(
      LoadJob job,
      TableFile file,
      Sample sample,
      List<TableField> fields,
      Map<String, Object> stats,
      long start)
      throws IOException {
    try {
      return copyIntoLoadingTable(job, file, sample, fields, stats, start);
    } catch (SQLException e) {
      throw new IllegalStateException("Loading table of " + job.resourceId() + " failed", e);
    }
  }

  /**
   * The rows into a fresh loading table; returns how many were copied. A complete sample is a full
   * inspection; otherwise the rows past it are checked as they stream ({@link SpeculationFailed}).
   */
  private long copyIntoLoadingTable(
      LoadJob job,
      TableFile file,
      Sample sample,
      List<TableField> fields,
      Map<String, Object> stats,
      long start)
      throws IOException, SQLException {
    String table = Sql.loadingTable(job.table());
    try (Connection c = dataSource.getConnection()) {
      // Table and rows in one transaction, so that COPY may write the rows frozen: the index
      // builds, ANALYZE and the full-text rewrite that follow then read them without setting hint
      // bits on (and so rewriting) every page, and vacuum never has to freeze them later.
      c.setAutoCommit(false);
      PGCopyOutputStream out = createAndStartCopy(c, table, sample.schema());
      long rows = copyRows(c, out, job, file, sample);
      start = LoadStats.lap(stats, "copy_ms", start);
      c.setAutoCommit(true);
      indexLoadingTable(c, table, job, fields, stats, start);
      stats.put("rows", rows);
      return rows;
    }
  }

  /** Creates the loading table and opens the COPY into it; rolls back if either fails. */
  private static PGCopyOutputStream createAndStartCopy(
      Connection c, String table, TableSchema schema) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute("drop table if exists " + table);
      st.execute(createTable(table, schema));
      return new PGCopyOutputStream(c.unwrap(PGConnection.class), copySql(table, schema), 1 << 16);
    } catch (SQLException | RuntimeException e) {
      rollback(c);
      throw e;
    }
  }

  /**
   * Streams the file's rows, numbered from 1, into the open COPY and commits; on any failure the
   * COPY is cancelled and the transaction rolled back (a refused value becomes its load problem).
   */
  private long copyRows(
      Connection c, PGCopyOutputStream out, LoadJob job, TableFile file, Sample sample)
      throws IOException, SQLException {
    TableSchema schema = sample.schema();
    long rows = 0;
    try (TableReader reader =
        sample.complete()
            ? TableReader.open(file, schema)
            : TableReader.speculative(file, sample)) {
      CopyTextWriter writer =
          new CopyTextWriter(
              new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16));
      String[] row = new String[schema.columns().size() + 1];
      for (String[] values = reader.next(); values != null; values = reader.next()) {
        rows++;
        row[0] = Long.toString(rows);
        System.arraycopy(values, 0, row, 1, values.length);
        writer.writeRow(row);
        if (rows % PROGRESS_EVERY == 0) {
          jobs.progress(job, rows);
        }
      }
      writer.flush();
      out.endCopy();
      c.commit();
      return rows;
    } catch (IOException | SQLException | RuntimeException e) {
      cancel(out);
      rollback(c);
      TableLoadException refused = refusedValue(e);
      if (refused != null) {
        throw refused;
      }
      throw e;
    }
  }

  /** The stored search vector, the primary key and statistics of the filled loading table. */
  private static void indexLoadingTable(
      Connection c,
      String table,
      LoadJob job,
      List<TableField> fields,
      Map<String, Object> stats,
      long start)
      throws SQLException {
    try (Statement st = c.createStatement()) {
      // GIN builds sort in memory: a larger budget than the 64 MB default, for this session.
      st.execute("set maintenance_work_mem = '256MB'");
      // The stored vector first: adding it rewrites the table, which would rebuild any index.
      List<String> fullText =
          FullText.build(table, FullText.indexName(Sql.loadingName(job.table())), fields);
      for (String sql : fullText) {
        st.execute(sql);
      }
      stats.put("full_text_indexed", !fullText.isEmpty());
      start = LoadStats.lap(stats, "full_text_ms", start);
      // Added after the rows: one index build is much cheaper than maintaining it per row.
      st.execute(
          "alter table "
              + table
              + " add constraint "
              + Sql.quote(Sql.loadingName(job.table()) + "_pkey")
              + " primary key (\"_id\")");
      st.execute("analyze " + table);
      LoadStats.lap(stats, "index_ms", start);
    }
  }

  private static String createTable(String table, TableSchema schema) {
    StringBuilder sql = new StringBuilder("create table ").append(table).append(" (\"_id\" bigint");
    for (Column c : schema.columns()) {
      sql.append(", ").append(Sql.quote(c.name())).append(' ');
      sql.append(Sql.type(c.type().postgresName()));
    }
    return sql.append(')').toString();
  }

  private static String copySql(String table, TableSchema schema) {
    StringBuilder sql = new StringBuilder("copy ").append(table).append(" (\"_id\"");
    for (Column c : schema.columns()) {
      sql.append(", ").append(Sql.quote(c.name()));
    }
    return sql.append(") from stdin with (freeze)").toString();
  }

  /**
   * A value PostgreSQL refused during COPY (the inspection pass should rule that out), or a row
   * wider than a PostgreSQL page can hold (54000, many wide columns), becomes a load error naming
   * the row; COPY's line number is the data row, the header being file row 1.
   */
  private static TableLoadException refusedValue(Exception e) {
    Throwable cause = e instanceof SQLException || e.getCause() == null ? e : e.getCause();
    if (cause instanceof org.postgresql.util.PSQLException p
        && p.getSQLState() != null
        && (p.getSQLState().startsWith("22") || p.getSQLState().equals("54000"))
        && p.getServerErrorMessage() != null) {
      var m = p.getServerErrorMessage();
      long line = copyLine(m.getWhere());
      return new TableLoadException(
          List.of(new LoadError(line > 0 ? line + 1 : 0, m.getColumn(), m.getMessage())), 1);
    }
    return null;
  }

  private static long copyLine(String where) {
    if (where == null) {
      return 0;
    }
    var m = java.util.regex.Pattern.compile("line (\\d+)").matcher(where);
    return m.find() ? Long.parseLong(m.group(1)) : 0;
  }

  /** Undoes the loading table's transaction and hands the connection back in auto-commit. */
  private static void rollback(Connection c) {
    try {
      c.rollback();
      c.setAutoCommit(true);
    } catch (SQLException e) {
      LOG.log(Level.FINE, "Rolling back the loading table failed", e);
    }
  }

  private static void cancel(PGCopyOutputStream out) {
    try {
      if (out.isActive()) {
        out.cancelCopy();
      }
    } catch (SQLException e) {
      LOG.log(Level.FINE, "Cancelling COPY failed", e);
    }
  }

  /** Drops the job's loading table if there is one; a failure is logged, not thrown. */
  public void drop(LoadJob job) {
    try (Connection c = dataSource.getConnection();
        Statement st = c.createStatement()) {
      c.setAutoCommit(true);
      st.execute("drop table if exists " + Sql.loadingTable(job.table()));
    } catch (SQLException e) {
      // Left for the start-up sweep; the next load of this resource drops it first anyway.
      LOG.log(Level.WARNING, "Could not drop the loading table of " + job.resourceId(), e);
    }
  }
}
