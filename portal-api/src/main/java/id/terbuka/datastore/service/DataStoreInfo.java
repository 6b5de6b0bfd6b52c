package id.terbuka.datastore.service;

import id.terbuka.catalog.domain.TableAccess;
import id.terbuka.catalog.service.ResourceService;
import id.terbuka.datastore.domain.LiveTable;
import id.terbuka.datastore.domain.TableField;
import id.terbuka.datastore.domain.TableRef;
import id.terbuka.datastore.persistence.TableInfos;
import id.terbuka.identity.domain.Actor;
import id.terbuka.shared.InvalidInputException;
import id.terbuka.shared.Values;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code datastore_info}: the table's size and row count ({@code meta}) and its columns with the
 * data dictionary ({@code fields}: id, type, info, and CKAN's {@code schema} details).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class DataStoreInfo {
  @Inject ResourceService resources;
  @Inject TableInfos tables;

  /**
   * Which of these resources have a data dictionary with a described column. The reports ask it for
   * public datasets' resources only; it reveals no content.
   */
  public java.util.Set<String> withDictionary(java.util.Collection<String> resourceIds) {
    return tables.described(resourceIds);
  }

  public Map<String, Object> info(Actor actor, Map<String, Object> params) {
    String id = Values.text(params.get("id"));
    if (id == null) {
      id = Values.text(params.get("resource_id"));
    }
    if (id == null) {
      throw InvalidInputException.of("id", "Missing value");
    }
    TableAccess access = resources.tableFor(actor, id);
    return info(tables.describe(TableRef.of(access)));
  }

  private static Map<String, Object> info(TableInfos.Described described) {
    LiveTable table = described.table();
    String resourceId = table.resourceId();
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("id", resourceId);
    meta.put("count", table.rowCount());
    meta.put("table_type", "BASE TABLE");
    meta.put("size", described.size());
    meta.put("aliases", List.of());
    meta.put("origin", table.fromFile() ? "file" : "api");
    meta.put("revision", table.revision());
    if (table.waitingFile()) {
      // Only the dataset's editors and the walidata get here: say what they are reading.
      meta.put("waiting_for_review", true);
    }
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

  private static String nativeType(String type) {
    return switch (type) {
      case "int8" -> "bigint";
      case "bool" -> "boolean";
      case "timestamp" -> "timestamp without time zone";
      default -> type;
    };
  }
}
