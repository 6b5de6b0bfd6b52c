package id.terbuka.datastore;

import id.terbuka.catalog.Resource;
import id.terbuka.catalog.ResourceService;
import id.terbuka.identity.Actor;
import id.terbuka.shared.InvalidInputException;
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
import java.util.ArrayList;
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

  public Map<String, Object> search(Actor actor, Map<String, Object> params) {
    SearchRequest request = SearchRequest.parse(params);
    Resource resource = resources.readable(actor, request.resourceId());
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        return search(c, resource.id(), request);
      } finally {
        c.rollback();
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      if (e.getSQLState() != null && e.getSQLState().startsWith("22")) {
        // A filter value the column's type cannot hold ("abc" for a number, a bad date).
        throw InvalidInputException.of("filters", "Invalid value: " + firstLine(e.getMessage()));
      }
      throw new IllegalStateException("DataStore search failed", e);
    }
  }

  private Map<String, Object> search(Connection c, String resourceId, SearchRequest request)
      throws SQLException {
    try (var st = c.createStatement()) {
      st.execute("set local statement_timeout = '30s'");
    }
    String fieldsJson;
    Long rowCount;
    try (PreparedStatement st =
        c.prepareStatement(
            "select fields, row_count from datastore_table where resource_id = ? for share")) {
      st.setString(1, resourceId);
      try (ResultSet rs = st.executeQuery()) {
        if (!rs.next() || rs.getString(1) == null) {
          throw new ObjectNotFoundException("Resource \"" + resourceId + "\" was not found.");
        }
        fieldsJson = rs.getString(1);
        long n = rs.getLong(2);
        rowCount = rs.wasNull() ? null : n;
      }
    }
    SearchQuery query = SearchQuery.of(resourceId, request, TableField.fromJson(fieldsJson));
    List<Map<String, Object>> records = records(c, query, request);
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("include_total", request.includeTotal());
    result.put("resource_id", resourceId);
    result.put("fields", query.selected().stream().map(TableField::dict).toList());
    result.put("records_format", "objects");
    result.put("records", records);
    result.put("limit", request.limit());
    result.put("offset", request.offset());
    result.put("_links", links(resourceId, request));
    if (request.includeTotal()) {
      // The table does not change after its load: without filters the stored count is exact.
      result.put("total", query.filtered() || rowCount == null ? count(c, query) : (long) rowCount);
      result.put("total_was_estimated", false);
    }
    return result;
  }

  private static List<Map<String, Object>> records(
      Connection c, SearchQuery query, SearchRequest request) throws SQLException {
    List<Map<String, Object>> records = new ArrayList<>();
    try (PreparedStatement st = c.prepareStatement(query.select())) {
      int i = bind(st, query);
      st.setInt(i++, request.limit());
      st.setInt(i, request.offset());
      try (ResultSet rs = st.executeQuery()) {
        List<TableField> fields = query.selected();
        while (rs.next()) {
          Map<String, Object> record = new LinkedHashMap<>();
          for (int col = 0; col < fields.size(); col++) {
            TableField f = fields.get(col);
            record.put(f.id(), value(rs, col + 1, f.type()));
          }
          records.add(record);
        }
      }
    }
    return records;
  }

  private static long count(Connection c, SearchQuery query) throws SQLException {
    try (PreparedStatement st = c.prepareStatement(query.count())) {
      bind(st, query);
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** Binds the filter values; returns the next parameter index. */
  private static int bind(PreparedStatement st, SearchQuery query) throws SQLException {
    int i = 1;
    for (String v : query.values()) {
      st.setString(i++, v);
    }
    return i;
  }

  /** Typed JSON values: numbers as numbers, booleans as booleans, dates in ISO 8601. */
  private static Object value(ResultSet rs, int col, String type) throws SQLException {
    switch (type) {
      case "int", "int8" -> {
        long v = rs.getLong(col);
        return rs.wasNull() ? null : v;
      }
      case "numeric" -> {
        return rs.getBigDecimal(col);
      }
      case "bool" -> {
        boolean v = rs.getBoolean(col);
        return rs.wasNull() ? null : v;
      }
      case "date" -> {
        LocalDate d = rs.getObject(col, LocalDate.class);
        return d == null ? null : d.toString();
      }
      case "timestamp" -> {
        LocalDateTime t = rs.getObject(col, LocalDateTime.class);
        return t == null ? null : t.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
      }
      default -> {
        return rs.getString(col);
      }
    }
  }

  /** CKAN's {@code _links}: this query from its first page, and its next page. */
  private static Map<String, Object> links(String resourceId, SearchRequest request) {
    Map<String, String> q = new LinkedHashMap<>();
    q.put("resource_id", resourceId);
    q.put("limit", Integer.toString(request.limit()));
    if (!request.fields().isEmpty()) {
      q.put("fields", Json.write(request.fields()));
    }
    if (!request.sort().isEmpty()) {
      List<String> sort = new ArrayList<>();
      for (SearchRequest.SortKey k : request.sort()) {
        sort.add('"' + k.column().replace("\"", "\"\"") + '"' + (k.descending() ? " desc" : ""));
      }
      q.put("sort", Json.write(sort));
    }
    if (!request.filters().isEmpty()) {
      q.put("filters", Json.write(request.filters()));
    }
    if (!request.includeTotal()) {
      q.put("include_total", "false");
    }
    Map<String, Object> links = new LinkedHashMap<>();
    links.put("start", ACTION_PATH + "?" + query(q));
    q.put("offset", Long.toString((long) request.offset() + request.limit()));
    links.put("next", ACTION_PATH + "?" + query(q));
    return links;
  }

  private static String query(Map<String, String> params) {
    StringJoiner j = new StringJoiner("&");
    params.forEach((k, v) -> j.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return j.toString();
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
