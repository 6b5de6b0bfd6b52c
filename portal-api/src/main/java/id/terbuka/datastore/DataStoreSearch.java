package id.terbuka.datastore;

import id.terbuka.catalog.domain.Resource;
import id.terbuka.catalog.service.ResourceService;
import id.terbuka.identity.domain.Actor;
import id.terbuka.shared.Json;
import id.terbuka.shared.ObjectNotFoundException;
import id.terbuka.shared.persistence.Database;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import javax.sql.DataSource;

/**
 * {@code datastore_search}: visibility first (through the resource's dataset), then one read-only
 * transaction that locks the table's {@code datastore_table} row (a reload waits for it, so the
 * column list and the table read belong together), pages and counts.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class DataStoreSearch {
  private static final String ACTION_PATH = "/api/3/action/datastore_search";

  @jakarta.annotation.Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Inject ResourceService resources;

  @Inject TotalCache totals;

  public Map<String, Object> search(Actor actor, Map<String, Object> params) {
    SearchRequest request = SearchRequest.parse(params);
    Resource resource = resources.readable(actor, request.resourceId());
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        return search(c, resource.id(), request, params);
      } finally {
        c.rollback();
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw Problems.of(e, "DataStore search failed");
    }
  }

  private Map<String, Object> search(
      Connection c, String resourceId, SearchRequest request, Map<String, Object> params)
      throws SQLException {
    try (var st = c.createStatement()) {
      st.execute("set local statement_timeout = '30s'");
    }
    LiveTable table =
        LiveTable.read(c, resourceId, LiveTable.Lock.SHARE)
            .filter(LiveTable::hasTable)
            .orElseThrow(
                () ->
                    new ObjectNotFoundException("Resource \"" + resourceId + "\" was not found."));
    SearchQuery query = SearchQuery.of(resourceId, request, table.fields());
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("include_total", request.includeTotal());
    result.put("resource_id", resourceId);
    result.put("fields", query.selected().stream().map(TableField::dict).toList());
    result.put("records_format", request.recordsFormat().ckanName());
    result.put("records", records(c, table, query, request));
    result.put("limit", request.limit());
    result.put("offset", request.offset());
    if (request.q() != null) {
      result.put("q", request.q().all() != null ? request.q().all() : request.q().byColumn());
    }
    if (!request.filters().isEmpty()) {
      result.put("filters", request.filters());
    }
    result.put("_links", links(params, request));
    if (request.includeTotal()) {
      Total total = total(c, table, query, request.totalEstimationThreshold());
      result.put("total", total.value());
      result.put("total_was_estimated", total.estimated());
    }
    return result;
  }

  record Total(long value, boolean estimated) {}

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
    TotalCache.Key key =
        new TotalCache.Key(
            table.resourceId(), table.revision(), query.count(), query.whereValues());
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
                    + Sql.table(table.resourceId()));
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
  static int bind(PreparedStatement st, List<String> values) throws SQLException {
    int i = 1;
    for (String v : values) {
      st.setString(i++, v);
    }
    return i;
  }

  /** Typed JSON values: numbers as numbers, booleans as booleans, dates in ISO 8601. */
  static Object value(ResultSet rs, int col, String type) throws SQLException {
    Object v = Cells.typed(rs, col, type);
    if (v instanceof LocalDate d) {
      return d.toString();
    }
    if (v instanceof LocalDateTime t) {
      return t.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
    }
    return v;
  }

  /**
   * CKAN's {@code _links}: this query from its first page, the next page, and the previous page
   * when there is one. Every parameter the client gave is carried over.
   */
  private static Map<String, Object> links(Map<String, Object> params, SearchRequest request) {
    Map<String, String> q = new LinkedHashMap<>();
    q.put("resource_id", request.resourceId());
    params.forEach(
        (k, v) -> {
          Object value = SearchRequest.single(v);
          if (!k.equals("offset") && !k.equals("resource_id") && value != null) {
            q.put(k, value instanceof String s ? s : Json.write(value));
          }
        });
    q.put("limit", Integer.toString(request.limit()));
    Map<String, Object> links = new LinkedHashMap<>();
    links.put("start", ACTION_PATH + "?" + query(q));
    if (request.offset() > 0) {
      q.put("offset", Integer.toString(Math.max(0, request.offset() - request.limit())));
      links.put("prev", ACTION_PATH + "?" + query(q));
    }
    q.put("offset", Long.toString((long) request.offset() + request.limit()));
    links.put("next", ACTION_PATH + "?" + query(q));
    return links;
  }

  private static String query(Map<String, String> params) {
    StringJoiner j = new StringJoiner("&");
    params.forEach((k, v) -> j.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return j.toString();
  }
}
