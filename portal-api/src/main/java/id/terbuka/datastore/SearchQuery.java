package id.terbuka.datastore;

import id.terbuka.shared.FieldErrors;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@code datastore_search} request checked against one table's columns, as SQL. Every name in the
 * SQL comes from the table's stored column list (matched exactly, then quoted), every value is a
 * bind parameter: nothing the client sends is ever spliced into the statement.
 */
final class SearchQuery {
  private final String table;
  private final List<TableField> selected;
  private final String where;
  private final String orderBy;
  private final List<String> values;

  private SearchQuery(
      String table, List<TableField> selected, String where, String orderBy, List<String> values) {
    this.table = table;
    this.selected = selected;
    this.where = where;
    this.orderBy = orderBy;
    this.values = values;
  }

  /**
   * @throws id.terbuka.shared.InvalidInputException naming every unknown column and bad filter
   */
  static SearchQuery of(String resourceId, SearchRequest request, List<TableField> columns) {
    Map<String, TableField> byId = new LinkedHashMap<>();
    byId.put(TableField.ROW_ID.id(), TableField.ROW_ID);
    columns.forEach(c -> byId.put(c.id(), c));
    FieldErrors errors = new FieldErrors();

    List<TableField> selected = new ArrayList<>();
    if (request.fields().isEmpty()) {
      selected.addAll(byId.values());
    }
    for (String name : request.fields()) {
      TableField f = byId.get(name);
      if (f == null) {
        errors.add("fields", unknown(name));
      } else if (!selected.contains(f)) {
        selected.add(f);
      }
    }

    List<String> conditions = new ArrayList<>();
    List<String> values = new ArrayList<>();
    request
        .filters()
        .forEach(
            (name, value) -> {
              TableField f = byId.get(name);
              if (f == null) {
                errors.add("filters", unknown(name));
              } else {
                conditions.add(condition(f, value, values, errors));
              }
            });

    List<String> order = new ArrayList<>();
    boolean byRowId = false;
    for (SearchRequest.SortKey key : request.sort()) {
      TableField f = byId.get(key.column());
      if (f == null) {
        errors.add("sort", unknown(key.column()));
        continue;
      }
      byRowId |= f == TableField.ROW_ID;
      order.add(Sql.quote(f.id()) + (key.descending() ? " desc" : ""));
    }
    if (!byRowId) {
      // Ties broken by row number, so that pages neither repeat nor skip rows.
      order.add("\"_id\"");
    }
    errors.throwIfAny();
    return new SearchQuery(
        Sql.table(resourceId),
        List.copyOf(selected),
        conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions),
        " order by " + String.join(", ", order),
        values);
  }

  private static String unknown(String name) {
    return "field \"" + name + "\" not in table";
  }

  /** Equality (a value), membership (a list) or {@code is null} (null). */
  private static String condition(
      TableField f, Object value, List<String> values, FieldErrors errors) {
    String column = Sql.quote(f.id());
    if (value == null) {
      return column + " is null";
    }
    Collection<?> items = value instanceof Collection<?> c ? c : List.of(value);
    if (items.isEmpty()) {
      return "false";
    }
    String cast = "cast(? as " + castType(f) + ")";
    List<String> params = new ArrayList<>();
    for (Object item : items) {
      String text = scalar(item);
      if (text == null) {
        errors.add("filters", "field \"" + f.id() + "\": values must be text, numbers or booleans");
        return "false";
      }
      values.add(text);
      params.add(cast);
    }
    return params.size() == 1
        ? column + " = " + cast
        : column + " in (" + String.join(", ", params) + ")";
  }

  private static String castType(TableField f) {
    return f == TableField.ROW_ID ? "int8" : Sql.type(f.type());
  }

  private static String scalar(Object item) {
    if (item instanceof String s) {
      return s;
    }
    if (item instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (item instanceof Number || item instanceof Boolean) {
      return item.toString();
    }
    return null;
  }

  List<TableField> selected() {
    return selected;
  }

  boolean filtered() {
    return !where.isEmpty();
  }

  /** The filter values, in the order of the {@code ?} in {@link #select} and {@link #count}. */
  List<String> values() {
    return values;
  }

  /** The page; two more parameters after the filter values: limit and offset. */
  String select() {
    List<String> columns = selected.stream().map(f -> Sql.quote(f.id())).toList();
    return "select "
        + String.join(", ", columns)
        + " from "
        + table
        + where
        + orderBy
        + " limit ? offset ?";
  }

  String count() {
    return "select count(*) from " + table + where;
  }

  // ---------------------------------------------------------------- dumps (DumpQuery)

  /**
   * Every matching row in order, unpaged: the query of a dump. The select list comes from the
   * caller (quoted names of {@link #selected}, or expressions over them); placeholders as in {@link
   * #select}, bound in the order of {@link #values}.
   */
  String selectAll(List<String> selectList) {
    return "select " + String.join(", ", selectList) + " from " + table + where + orderBy;
  }
}
