package id.terbuka.datastore;

import id.terbuka.catalog.domain.Resource;
import id.terbuka.catalog.service.ResourceService;
import id.terbuka.identity.domain.Actor;
import id.terbuka.shared.InvalidInputException;
import id.terbuka.shared.ObjectNotFoundException;
import id.terbuka.shared.Values;
import id.terbuka.shared.persistence.Database;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * {@code datastore_info}: the table's size and row count ({@code meta}) and its columns with the
 * data dictionary ({@code fields}: id, type, info, and CKAN's {@code schema} details).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class DataStoreInfo {
  @jakarta.annotation.Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Inject ResourceService resources;

  public Map<String, Object> info(Actor actor, Map<String, Object> params) {
    String id = Values.text(params.get("id"));
    if (id == null) {
      id = Values.text(params.get("resource_id"));
    }
    if (id == null) {
      throw InvalidInputException.of("id", "Missing value");
    }
    Resource resource = resources.readable(actor, id);
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        return info(c, resource.id());
      } finally {
        c.rollback();
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw Problems.of(e, "datastore_info failed");
    }
  }

  private static Map<String, Object> info(Connection c, String resourceId) throws SQLException {
    LiveTable table =
        LiveTable.read(c, resourceId, LiveTable.Lock.SHARE)
            .filter(LiveTable::hasTable)
            .orElseThrow(
                () ->
                    new ObjectNotFoundException(
                        "Resource \"" + resourceId + "\" has no DataStore table."));
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("id", resourceId);
    meta.put("count", table.rowCount());
    meta.put("table_type", "BASE TABLE");
    meta.put("size", size(c, resourceId));
    meta.put("aliases", List.of());
    meta.put("origin", table.fromFile() ? "file" : "api");
    meta.put("revision", table.revision());
    if (table.fromFile() && !table.loadStats().isEmpty()) {
      meta.put("last_load", table.loadStats());
    }
    List<Map<String, Object>> fields = new ArrayList<>();
    for (TableField f : table.fields()) {
      Map<String, Object> dict = f.dict();
      Map<String, Object> schema = new LinkedHashMap<>();
      schema.put("native_type", nativeType(f.type()));
      schema.put("is_index", table.primaryKey().contains(f.id()));
      schema.put("uniquekey", table.primaryKey().equals(List.of(f.id())));
      dict.put("schema", schema);
      fields.add(dict);
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("meta", meta);
    result.put("fields", fields);
    if (!table.primaryKey().isEmpty()) {
      result.put("primary_key", table.primaryKey());
    }
    return result;
  }

  private static long size(Connection c, String resourceId) throws SQLException {
    try (PreparedStatement st =
        c.prepareStatement("select pg_total_relation_size(cast(? as regclass))")) {
      st.setString(1, Sql.table(resourceId));
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static String nativeType(String type) {
    return switch (type) {
      case "int8" -> "bigint";
      case "bool" -> "boolean";
      case "timestamp" -> "timestamp without time zone";
      default -> type;
    };
  }
}
