package id.terbuka.datastore.sql;

import id.terbuka.catalog.service.ResourceService;
import id.terbuka.identity.domain.Actor;
import id.terbuka.shared.AccessDeniedException;
import id.terbuka.shared.InvalidInputException;
import id.terbuka.shared.Json;
import id.terbuka.shared.ObjectNotFoundException;
import id.terbuka.shared.TerbukaConfig;
import id.terbuka.shared.Values;
import id.terbuka.shared.persistence.Database;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * {@code datastore_search_sql}: one read-only query over the DataStore tables the caller may read.
 *
 * <ol>
 *   <li>{@link SqlGuard#statement}: one statement, a query, allowed functions and casts.
 *   <li>On the read-only role's connection, in a read-only transaction with a statement timeout:
 *       {@code EXPLAIN (VERBOSE, FORMAT JSON)}; {@link SqlGuard#plan} names the relations it reads
 *       and checks every expression again. The transaction ends (its table locks go).
 *   <li>Each relation must be the live table of a resource the caller may read ({@link
 *       ResourceService#readable}); on the application's connection their {@code datastore_table}
 *       rows are locked {@code FOR SHARE}, so no reload swaps a table while the query reads it.
 *   <li>The query runs in a new read-only transaction on the read-only connection, at most {@code
 *       rows_max + 1} rows fetched; typed records as CKAN returns them.
 * </ol>
 *
 * The lock is taken before the query's own transaction holds any table lock: a swap that already
 * updated the row and waits to drop the table could otherwise wait for us while we wait for it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class SqlSearch {
  static final String NOT_ENABLED =
      "datastore_search_sql is not enabled on this portal (no read-only database role is"
          + " configured; see TERBUKA_DB_READONLY_USER in docs/operations.md)";

  private static final String EXPLAIN = "explain (verbose, format json) ";

  @jakarta.annotation.Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Inject ResourceService resources;
  @Inject ReadOnlyDatabase readOnly;
  @Inject TerbukaConfig config;

  private final SqlGuard guard = SqlGuard.bundled();

  public Map<String, Object> search(Actor actor, Map<String, Object> params) {
    String sql = Values.rawText(params.get("sql"));
    if (sql == null) {
      throw InvalidInputException.of("sql", "Missing value");
    }
    if (!readOnly.enabled()) {
      throw new AccessDeniedException(NOT_ENABLED);
    }
    try {
      String statement = guard.statement(sql);
      return run(actor, sql, statement);
    } catch (SqlRefusal r) {
      throw r.toApiError();
    } catch (ReadOnlyDatabase.UnsafeRoleException e) {
      throw new AccessDeniedException(
          "datastore_search_sql is not enabled on this portal (the configured database role is"
              + " not read-only; the server log says why)");
    } catch (ReadOnlyDatabase.BusyException e) {
      throw InvalidInputException.of(
          "query", "Too many SQL queries are running on this portal; try again in a moment");
    }
  }

  private Map<String, Object> run(Actor actor, String sql, String statement) {
    long timeout = config.datastoreSqlTimeoutMs();
    try (ReadOnlyDatabase.Lease lease = readOnly.lease(timeout)) {
      Connection ro = lease.connection();
      try {
        Set<SqlGuard.Relation> relations = explain(ro, statement, timeout);
        Set<String> ids = authorize(actor, relations);
        try (Connection app = dataSource.getConnection()) {
          app.setAutoCommit(false);
          try {
            lock(app, ids, relations, timeout);
            return query(ro, sql, statement, timeout);
          } finally {
            app.rollback();
            app.setAutoCommit(true);
          }
        }
      } catch (SQLException e) {
        if (e.getSQLState() == null || e.getSQLState().startsWith("08")) {
          lease.discard();
        }
        throw e;
      }
    } catch (SQLException e) {
      throw translate(e, 0, timeout);
    }
  }

  /** Read-only transaction on the read-only connection, its settings local to it. */
  private static void begin(Connection ro, long timeout) throws SQLException {
    ro.setAutoCommit(false);
    try (Statement st = ro.createStatement()) {
      st.execute("set transaction read only");
      st.execute("set local statement_timeout = " + timeout);
      st.execute("set local search_path = datastore");
      st.execute("set local standard_conforming_strings = on");
    }
  }

  private Set<SqlGuard.Relation> explain(Connection ro, String statement, long timeout)
      throws SQLException {
    begin(ro, timeout);
    try (Statement st = ro.createStatement()) {
      st.setEscapeProcessing(false);
      String plan;
      try (ResultSet rs = st.executeQuery(EXPLAIN + statement)) {
        rs.next();
        plan = rs.getString(1);
      } catch (SQLException e) {
        throw translate(e, EXPLAIN.length(), timeout);
      }
      return guard.plan(Json.parse(plan));
    } finally {
      ro.rollback();
    }
  }

  /** The resource ids of the relations, each readable by the actor. */
  private Set<String> authorize(Actor actor, Set<SqlGuard.Relation> relations) {
    Set<String> ids = new HashSet<>();
    for (SqlGuard.Relation r : relations) {
      try {
        resources.readable(actor, r.name());
      } catch (ObjectNotFoundException e) {
        throw notADataStoreTable(r);
      } catch (AccessDeniedException e) {
        throw new AccessDeniedException("Not authorized to read resource " + r.name());
      }
      ids.add(r.name());
    }
    return ids;
  }

  private static AccessDeniedException notADataStoreTable(SqlGuard.Relation r) {
    return new AccessDeniedException(
        "Not authorized to read table " + r + ": it is not the table of a DataStore resource");
  }

  /** Locks the tables' {@code datastore_table} rows; each must describe a live table. */
  private static void lock(
      Connection app, Set<String> ids, Set<SqlGuard.Relation> relations, long timeout)
      throws SQLException {
    if (ids.isEmpty()) {
      return;
    }
    try (Statement st = app.createStatement()) {
      st.execute("set local lock_timeout = " + timeout);
    }
    Set<String> live = new HashSet<>();
    try (PreparedStatement st =
        app.prepareStatement(
            "select resource_id from datastore_table"
                + " where resource_id = any (?) and fields is not null for share")) {
      st.setArray(1, app.createArrayOf("varchar", ids.toArray()));
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          live.add(rs.getString(1));
        }
      }
    }
    for (SqlGuard.Relation r : relations) {
      if (!live.contains(r.name())) {
        throw notADataStoreTable(r);
      }
    }
  }

  private Map<String, Object> query(Connection ro, String sql, String statement, long timeout)
      throws SQLException {
    int rowsMax = config.datastoreSqlRowsMax();
    begin(ro, timeout);
    try (Statement st = ro.createStatement()) {
      st.setEscapeProcessing(false);
      st.setMaxRows(rowsMax + 1);
      st.setFetchSize(Math.min(rowsMax + 1, 1000));
      try (ResultSet rs = st.executeQuery(statement)) {
        ResultSetMetaData meta = rs.getMetaData();
        int n = meta.getColumnCount();
        List<Map<String, Object>> fields = new ArrayList<>();
        for (int col = 1; col <= n; col++) {
          Map<String, Object> f = new LinkedHashMap<>();
          f.put("id", meta.getColumnLabel(col));
          f.put("type", meta.getColumnTypeName(col));
          fields.add(f);
        }
        List<Map<String, Object>> records = new ArrayList<>();
        boolean truncated = false;
        while (rs.next()) {
          if (records.size() == rowsMax) {
            truncated = true;
            break;
          }
          Map<String, Object> record = new LinkedHashMap<>();
          for (int col = 1; col <= n; col++) {
            record.put(meta.getColumnLabel(col), value(rs, col, meta.getColumnTypeName(col)));
          }
          records.add(record);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("sql", sql);
        result.put("records", records);
        result.put("fields", fields);
        if (truncated) {
          result.put("records_truncated", true);
        }
        return result;
      }
    } finally {
      ro.rollback();
    }
  }

  /** Typed JSON values: numbers as numbers, dates and times in ISO 8601, arrays as lists. */
  static Object value(ResultSet rs, int col, String type) throws SQLException {
    switch (type) {
      case "int2", "int4", "int8", "oid" -> {
        long v = rs.getLong(col);
        return rs.wasNull() ? null : v;
      }
      case "numeric", "float4", "float8" -> {
        return number(rs.getString(col));
      }
      case "bool" -> {
        boolean v = rs.getBoolean(col);
        return rs.wasNull() ? null : v;
      }
      case "timestamp" -> {
        String raw = rs.getString(col);
        if (raw == null || raw.endsWith("infinity")) {
          return raw;
        }
        return rs.getObject(col, LocalDateTime.class).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
      }
      case "timestamptz" -> {
        String raw = rs.getString(col);
        if (raw == null || raw.endsWith("infinity")) {
          return raw;
        }
        return rs.getObject(col, OffsetDateTime.class)
            .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
      }
      case "json", "jsonb" -> {
        String raw = rs.getString(col);
        return raw == null ? null : new Json.Raw(raw);
      }
      default -> {
        if (type.startsWith("_")) {
          Array a = rs.getArray(col);
          return a == null ? null : element(a.getArray());
        }
        return rs.getString(col);
      }
    }
  }

  /** A decimal as a JSON number; NaN and infinities, which JSON has not, as text. */
  private static Object number(String raw) {
    if (raw == null) {
      return null;
    }
    try {
      return new BigDecimal(raw);
    } catch (NumberFormatException e) {
      return raw;
    }
  }

  private static Object element(Object v) {
    if (v instanceof Object[] array) {
      List<Object> list = new ArrayList<>(array.length);
      for (Object o : array) {
        list.add(element(o));
      }
      return list;
    }
    if (v == null || v instanceof Boolean || v instanceof Long || v instanceof Integer) {
      return v;
    }
    if (v instanceof Short s) {
      return s.longValue();
    }
    if (v instanceof Number n) {
      return number(n.toString());
    }
    if (v instanceof Timestamp t) {
      return t.toLocalDateTime().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
    }
    return v.toString();
  }

  /**
   * PostgreSQL's error as CKAN's: permission problems as Authorization Error, a cancelled query as
   * too long, anything about the query as a Validation Error with PostgreSQL's message and the
   * position in the caller's text; connection trouble stays an internal error.
   *
   * @param offset characters PostgreSQL saw before the caller's text (the EXPLAIN prefix)
   */
  private static RuntimeException translate(SQLException e, int offset, long timeout) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    ServerErrorMessage server = e instanceof PSQLException p ? p.getServerErrorMessage() : null;
    if (server == null || state.startsWith("08") || state.startsWith("XX")) {
      return new IllegalStateException("datastore_search_sql failed", e);
    }
    String message = server.getMessage();
    int position = server.getPosition();
    String at = position > offset ? " (at character " + (position - offset) + ")" : "";
    return switch (state) {
      case "42501" -> new AccessDeniedException("Not authorized: " + message);
      case "57014", "55P03" ->
          InvalidInputException.of(
              "query",
              "Query took too long and was cancelled (the limit is "
                  + BigDecimal.valueOf(timeout, 3).stripTrailingZeros().toPlainString()
                  + " s)");
      case "25006" -> InvalidInputException.of("query", "Only read-only queries are allowed");
      default ->
          state.startsWith("53") || state.startsWith("58") || state.startsWith("40")
              ? new IllegalStateException("datastore_search_sql failed", e)
              : InvalidInputException.of("query", message + at);
    };
  }
}
