package id.terbuka.datastore;

import id.terbuka.datastore.load.Column;
import id.terbuka.datastore.load.CopyTextWriter;
import id.terbuka.datastore.load.LoadError;
import id.terbuka.datastore.load.Sample;
import id.terbuka.datastore.load.SpeculationFailed;
import id.terbuka.datastore.load.TableFile;
import id.terbuka.datastore.load.TableInspector;
import id.terbuka.datastore.load.TableLoadException;
import id.terbuka.datastore.load.TableReader;
import id.terbuka.datastore.load.TableSchema;
import id.terbuka.shared.persistence.Database;
import id.terbuka.storage.FileStore;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Loads one claimed job: inspects the file (every problem found before any table exists), creates
 * {@code datastore."<id>__loading"}, streams the rows into it with {@code COPY FROM STDIN}, then
 * asks {@link LoadJobs#publish} to swap it in. Whatever fails, the loading table is dropped and the
 * job marked failed with the reasons; the uploaded file itself is never touched.
 */
@ApplicationScoped
public class TableLoader {
  private static final Logger LOG = Logger.getLogger(TableLoader.class.getName());

  /**
   * Rows whose types decide a table's before its single loading pass; the rest is checked while it
   * streams, and a contradiction (rare in an office's export) costs a full inspection and a second
   * pass.
   */
  static final long SAMPLE_ROWS = 20_000;

  /** How often (rows) progress is committed: often enough to watch, rarely enough to be free. */
  static final long PROGRESS_EVERY = 50_000;

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Inject FileStore files;
  @Inject LoadJobs jobs;

  public void load(LoadJob job) {
    Path copy = null;
    try {
      Path path = files.localPath(job.sha256()).orElse(null);
      if (path == null) {
        copy = localCopy(job.sha256());
        path = copy;
      }
      Map<String, Object> stats = new LinkedHashMap<>();
      long start = System.nanoTime();
      TableFile file = TableFile.detect(path);
      Sample sample = sampleOrInspect(file, job);
      start = lap(stats, "inspect_ms", start);
      TableSchema schema = sample.schema();
      List<TableField> fields = fields(schema);
      long rows;
      try {
        rows = copyIntoLoadingTable(job, file, sample, fields, stats, start);
      } catch (SpeculationFailed | TableLoadException e) {
        if (sample.complete()) {
          throw e;
        }
        // A later row does not fit the sampled types (or the file has a problem past the
        // sample): inspect the whole file, which reports every problem, and load it again.
        LOG.fine(() -> "Sampled types of " + job.resourceId() + " did not hold: " + e.getMessage());
        dropLoadingTable(job);
        start = System.nanoTime();
        schema = TableInspector.inspect(file, job.typeOverrides());
        start = lap(stats, "second_inspect_ms", start);
        fields = fields(schema);
        rows =
            copyIntoLoadingTable(
                job, file, new Sample(schema, true, List.of()), fields, stats, start);
      }
      if (!jobs.publish(job, fields, rows, stats)) {
        LOG.fine(() -> "Load of " + job.resourceId() + " superseded; result dropped");
        dropLoadingTable(job);
      }
    } catch (TableLoadException e) {
      dropLoadingTable(job);
      jobs.fail(job, e.errors(), e.total());
    } catch (IOException | SQLException | RuntimeException e) {
      String incident = UUID.randomUUID().toString();
      LOG.log(
          Level.WARNING, "DataStore load of " + job.resourceId() + " failed (" + incident + ")", e);
      dropLoadingTable(job);
      jobs.fail(job, List.of(unexpected(incident)), 1);
    } finally {
      deleteQuietly(copy);
    }
  }

  /**
   * The types from the first {@link #SAMPLE_ROWS} rows; problems found there are reported for the
   * whole file (a full inspection lists them all).
   */
  private static Sample sampleOrInspect(TableFile file, LoadJob job) throws IOException {
    try {
      return TableInspector.sample(file, job.typeOverrides(), SAMPLE_ROWS);
    } catch (TableLoadException e) {
      TableSchema full = TableInspector.inspect(file, job.typeOverrides());
      // Unreachable in practice: the sample's problems are the file's too.
      return new Sample(full, true, List.of());
    }
  }

  private static List<TableField> fields(TableSchema schema) {
    List<TableField> fields = new ArrayList<>();
    for (Column c : schema.columns()) {
      fields.add(new TableField(c.name(), c.type().postgresName()));
    }
    return fields;
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
    String table = Sql.loadingTable(job.resourceId());
    try (Connection c = dataSource.getConnection()) {
      // Table and rows in one transaction, so that COPY may write the rows frozen: the index
      // builds, ANALYZE and the full-text rewrite that follow then read them without setting hint
      // bits on (and so rewriting) every page, and vacuum never has to freeze them later.
      c.setAutoCommit(false);
      PGCopyOutputStream out = createAndStartCopy(c, table, sample.schema());
      long rows = copyRows(c, out, job, file, sample);
      start = lap(stats, "copy_ms", start);
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
          FullText.build(table, FullText.indexName(Sql.loadingName(job.resourceId())), fields);
      for (String sql : fullText) {
        st.execute(sql);
      }
      stats.put("full_text_indexed", !fullText.isEmpty());
      start = lap(stats, "full_text_ms", start);
      // Added after the rows: one index build is much cheaper than maintaining it per row.
      st.execute(
          "alter table "
              + table
              + " add constraint "
              + Sql.quote(Sql.loadingName(job.resourceId()) + "_pkey")
              + " primary key (\"_id\")");
      st.execute("analyze " + table);
      lap(stats, "index_ms", start);
    }
  }

  /** Records the milliseconds since {@code start} under {@code key}; returns now. */
  private static long lap(Map<String, Object> stats, String key, long start) {
    long now = System.nanoTime();
    stats.put(key, (now - start) / 1_000_000);
    return now;
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

  private void dropLoadingTable(LoadJob job) {
    try (Connection c = dataSource.getConnection();
        Statement st = c.createStatement()) {
      c.setAutoCommit(true);
      st.execute("drop table if exists " + Sql.loadingTable(job.resourceId()));
    } catch (SQLException e) {
      // Left for the start-up sweep; the next load of this resource drops it first anyway.
      LOG.log(Level.WARNING, "Could not drop the loading table of " + job.resourceId(), e);
    }
  }

  /** For a store without local files: one temporary copy serves both passes. */
  private Path localCopy(String sha256) throws IOException {
    InputStream in =
        files
            .open(sha256)
            .orElseThrow(
                () ->
                    new TableLoadException(
                        List.of(new LoadError(0, null, "The uploaded file is missing")), 1));
    Path tmp = Files.createTempFile("terbuka-load-", ".tmp");
    try (in) {
      Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      deleteQuietly(tmp);
      throw e;
    }
    return tmp;
  }

  private static LoadError unexpected(String incident) {
    return new LoadError(
        0,
        null,
        "The table could not be loaded because of a server problem (incident "
            + incident
            + "); the file itself can still be downloaded");
  }

  private static void deleteQuietly(Path p) {
    if (p == null) {
      return;
    }
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      LOG.log(Level.FINE, "Could not delete " + p, e);
    }
  }
}
