package id.terbuka.datastore.persistence;

import id.terbuka.datastore.domain.LiveTable;
import id.terbuka.datastore.domain.RecordWriter;
import id.terbuka.datastore.domain.SearchRequest;
import id.terbuka.datastore.domain.TableField;
import id.terbuka.datastore.domain.TableRef;
import id.terbuka.shared.Json;
import id.terbuka.shared.ObjectNotFoundException;
import id.terbuka.shared.persistence.Database;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The reads of {@code datastore_search}: one read-only transaction that locks the table's {@code
 * datastore_table} row {@code FOR SHARE} (a reload waits for it, so the column list and the table
 * read belong together), one page of rows and, when asked, the total.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class TableSearches {
  @jakarta.annotation.Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Inject TotalCache totals;

  /**
   * @throws ObjectNotFoundException the resource has no DataStore table
   */
  public Found search(TableRef ref, SearchRequest request) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        return search(c, ref, request);
      } finally {
        c.rollback();
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw Problems.of(e, "DataStore search failed");
    }
  }

  private Found search(Connection c, TableRef ref, SearchRequest request) throws SQLException {
    try (var st = c.createStatement()) {
      st.execute("set local statement_timeout = '30s'");
    }
    String resourceId = ref.resourceId();
    LiveTable table =
        LiveTables.read(c, ref, LiveTables.Lock.SHARE)
            .filter(LiveTable::hasTable)
            .orElseThrow(
                () ->
                    new ObjectNotFoundException("Resource \"" + resourceId + "\" was not found."));
    SearchQuery query = SearchQuery.of(ref, request, table.fields());
    Object records = records(c, table, query, request);
    Total total =
        request.includeTotal() ? total(c, table, query, request.totalEstimationThreshold()) : null;
    return new Found(query.selected(), records, total);
  }

  /** The rows' total: exact, or the planner's estimate. */
  public record Total(long value, boolean estimated) {}

  /**
   * One page of a search.
   *
   * @param selected the columns returned
   * @param records the rows in the request's records format
   * @param total null unless the request asked for it
   */
  public record Found(List<TableField> selected, Object records, Total total) {}

  /**
   * The stored count for the whole table; else the planner's estimate when the caller set a
   * threshold and the estimate is above it (CKAN's rule); else an exact count, cached per table
   * revision.
   */
  private Total total(Connection c, LiveTable table, SearchQuery query, Integer threshold)
      throws SQLException {
    if (!query.narrowed() && table.rowCount() != null) {
      return new Total(table.rowCount(), false);
    }
    if (threshold != null) {
      long estimate = estimate(c, query);
      if (estimate > threshold) {
        return new Total(estimate, true);
      }
    }
    // By file as well as revision: a table dropped and loaded again starts its revisions anew.
    TotalCache.Key key =
        new TotalCache.Key(
            table.ref().name() + ":" + table.sha256(),
            table.revision(),
            query.count(),
            query.whereValues());
    Long cached = totals.get(key);
    if (cached != null) {
      return new Total(cached, false);
    }
    long exact = count(c, query);
    totals.put(key, exact);
    return new Total(exact, false);
  }

  private static long estimate(Connection c, SearchQuery query) throws SQLException {
    try (PreparedStatement st = c.prepareStatement("explain (format json) " + query.rows())) {
      bind(st, query.whereValues());
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        Object plan = ((Map<?, ?>) ((List<?>) Json.parse(rs.getString(1))).get(0)).get("Plan");
        return ((Number) ((Map<?, ?>) plan).get("Plan Rows")).longValue();
      }
    }
  }

  private static Object records(
      Connection c, LiveTable table, SearchQuery query, SearchRequest request) throws SQLException {
    RecordWriter writer = RecordWriter.of(request.recordsFormat(), query.selected());
    boolean byRowNumber = request.offset() > 0 && query.inRowOrder() && dense(c, table);
    try (PreparedStatement st =
        c.prepareStatement(byRowNumber ? query.selectAfterRowNumber() : query.select())) {
      if (byRowNumber) {
        st.setLong(1, request.offset());
        st.setInt(2, request.limit());
      } else {
        int i = bind(st, query.values());
        st.setInt(i++, request.limit());
        st.setInt(i, request.offset());
      }
      try (ResultSet rs = st.executeQuery()) {
        List<TableField> fields = query.selected();
        Object[] row = new Object[fields.size()];
        while (rs.next()) {
          for (int col = 0; col < fields.size(); col++) {
            row[col] = value(rs, col + 1, fields.get(col).type());
          }
          writer.add(row);
        }
      }
    }
    return writer.result();
  }

  /**
   * Whether the table's row numbers are exactly 1..n (n the stored row count): n distinct positive
   * numbers whose largest is n can be nothing else. True for every loaded table until rows are
   * deleted; one primary-key lookup.
   */
  private static boolean dense(Connection c, LiveTable table) throws SQLException {
    if (table.rowCount() == null) {
      return false;
    }
    try (PreparedStatement st =
            c.prepareStatement(
                "select coalesce(max(\"_id\"), 0), coalesce(min(\"_id\"), 1) from "
                    + Sql.table(table.ref()));
        ResultSet rs = st.executeQuery()) {
      rs.next();
      return rs.getLong(1) == table.rowCount() && rs.getLong(2) >= 1;
    }
  }

  private static long count(Connection c, SearchQuery query) throws SQLException {
    try (PreparedStatement st = c.prepareStatement(query.count())) {
      bind(st, query.whereValues());
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** Binds the values in order; returns the next parameter index. */
  public static int bind(PreparedStatement st, List<String> values) throws SQLException {
    int i = 1;
    for (String v : values) {
      st.setString(i++, v);
    }
    return i;
  }

  /** Typed JSON values: numbers as numbers, booleans as booleans, dates in ISO 8601. */
  public static Object value(ResultSet rs, int col, String type) throws SQLException {
    Object v = Cells.typed(rs, col, type);
    if (v instanceof LocalDate d) {
      return d.toString();
    }
    if (v instanceof LocalDateTime t) {
      return t.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
    }
    return v;
  }
}
