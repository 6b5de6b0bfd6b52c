package id.terbuka.datastore.persistence;

import id.terbuka.datastore.domain.SearchRequest;
import id.terbuka.datastore.domain.TableField;
import id.terbuka.datastore.domain.TableRef;
import id.terbuka.datastore.domain.TextQuery;
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
 * bind parameter, the text search language comes from a fixed list: nothing the client sends is
 * ever spliced into the statement.
 */
public final class SearchQuery {
  private final String table;
  private final List<TableField> selected;
  private final boolean distinct;
  private final String where;
  private final String orderBy;
  private final List<String> whereValues;
  private final List<String> orderValues;

  private SearchQuery(
      String table,
      List<TableField> selected,
      boolean distinct,
      String where,
      String orderBy,
      List<String> whereValues,
      List<String> orderValues) {
    this.table = table;
    this.selected = selected;
    this.distinct = distinct;
    this.where = where;
    this.orderBy = orderBy;
    this.whereValues = whereValues;
    this.orderValues = orderValues;
  }

  /**
   * @throws id.terbuka.shared.InvalidInputException naming every unknown column and bad filter
   */
  public static SearchQuery of(String resourceId, SearchRequest request, List<TableField> columns) {
    return of(TableRef.live(resourceId), request, columns);
  }

  /**
   * @throws id.terbuka.shared.InvalidInputException naming every unknown column and bad filter
   */
  public static SearchQuery of(TableRef table, SearchRequest request, List<TableField> columns) {
    Map<String, TableField> byId = columnsById(columns);
    FieldErrors errors = new FieldErrors();
    List<TableField> selected = selected(byId, request.fields(), errors);
    List<String> whereValues = new ArrayList<>();
    List<String> conditions = filterConditions(byId, request.filters(), whereValues, errors);
    String rank = textConditions(columns, byId, request.q(), conditions, whereValues, errors);
    List<String> orderValues = new ArrayList<>();
    List<String> order = order(byId, request, selected, rank, orderValues, errors);
    errors.throwIfAny();
    return new SearchQuery(
        Sql.table(table),
        List.copyOf(selected),
        request.distinct(),
        conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions),
        " order by " + String.join(", ", order),
        whereValues,
        orderValues);
  }

  /** The columns {@code fields} names, in its order without repeats; all of them when empty. */
  private static List<TableField> selected(
      Map<String, TableField> byId, List<String> fields, FieldErrors errors) {
    List<TableField> selected = new ArrayList<>();
    if (fields.isEmpty()) {
      selected.addAll(byId.values());
    }
    for (String name : fields) {
      TableField f = byId.get(name);
      if (f == null) {
        errors.add("fields", unknown(name));
      } else if (!selected.contains(f)) {
        selected.add(f);
      }
    }
    return selected;
  }

  /**
   * Adds the conditions of {@code q} (over all columns, and per column) with their values.
   *
   * @return the SQL of the rank of a match over all columns, or null when there is none
   */
  private static String textConditions(
      List<TableField> columns,
      Map<String, TableField> byId,
      TextQuery q,
      List<String> conditions,
      List<String> whereValues,
      FieldErrors errors) {
    if (q == null) {
      return null;
    }
    String rank = null;
    String tsquery = q.tsqueryFunction() + "(" + FullText.config(q.language()) + ", ?)";
    if (q.all() != null) {
      String vector = FullText.vector(columns, q.language());
      // A table without text or number columns has nothing to match.
      conditions.add(vector == null ? "false" : vector + " @@ " + tsquery);
      whereValues.add(q.all());
      rank = vector == null ? null : "ts_rank(" + vector + ", " + tsquery + ")";
    }
    q.byColumn()
        .forEach(
            (name, text) -> {
              TableField f = byId.get(name);
              if (f == null) {
                errors.add("q", unknown(name));
              } else {
                conditions.add(FullText.columnDocument(f, q.language()) + " @@ " + tsquery);
                whereValues.add(text);
              }
            });
    return rank;
  }

  /**
   * The {@code order by} terms: the client's sort, else the best matches first; then the row
   * number, so that the order is total. The rank's bind value is appended to {@code orderValues}.
   */
  private static List<String> order(
      Map<String, TableField> byId,
      SearchRequest request,
      List<TableField> selected,
      String rank,
      List<String> orderValues,
      FieldErrors errors) {
    List<String> order = new ArrayList<>();
    boolean byRowId = false;
    for (SearchRequest.SortKey key : request.sort()) {
      TableField f = byId.get(key.column());
      if (f == null) {
        errors.add("sort", unknown(key.column()));
        continue;
      }
      if (request.distinct() && !selected.contains(f)) {
        errors.add("sort", "field \"" + f.id() + "\" must be in fields when distinct is true");
        continue;
      }
      byRowId |= f.isRowId();
      order.add(Sql.quote(f.id()) + (key.descending() ? " desc" : ""));
    }
    if (request.distinct()) {
      // Distinct rows have no row number: the selected columns make the order total.
      if (order.isEmpty()) {
        selected.forEach(f -> order.add(Sql.quote(f.id())));
      }
    } else {
      if (order.isEmpty() && rank != null) {
        // CKAN's default for q: best matches first.
        order.add(rank + " desc");
        orderValues.add(request.q().all());
      }
      if (!byRowId) {
        // Ties broken by row number, so that pages neither repeat nor skip rows.
        order.add("\"_id\"");
      }
    }
    return order;
  }

  private static String unknown(String name) {
    return "field \"" + name + "\" not in table";
  }

  /**
   * The SQL conditions of CKAN's {@code filters} over the columns {@code byId} (with {@code _id}),
   * their values appended to {@code values}: shared by search, dumps and {@code datastore_delete}.
   */
  public static List<String> filterConditions(
      Map<String, TableField> byId,
      Map<String, Object> filters,
      List<String> values,
      FieldErrors errors) {
    List<String> conditions = new ArrayList<>();
    filters.forEach(
        (name, value) -> {
          TableField f = byId.get(name);
          if (f == null) {
            errors.add("filters", unknown(name));
          } else {
            conditions.add(condition(f, value, values, errors));
          }
        });
    return conditions;
  }

  /** The table's columns by id, {@code _id} first, as filters, fields and sort name them. */
  public static Map<String, TableField> columnsById(List<TableField> columns) {
    Map<String, TableField> byId = new LinkedHashMap<>();
    byId.put(TableField.ROW_ID.id(), TableField.ROW_ID);
    columns.forEach(c -> byId.put(c.id(), c));
    return byId;
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

  public static String castType(TableField f) {
    return f.isRowId() ? "int8" : Sql.type(f.type());
  }

  /** A JSON scalar as the text PostgreSQL casts to the column's type; null for anything else. */
  public static String scalar(Object item) {
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

  public List<TableField> selected() {
    return selected;
  }

  /** True when rows are narrowed (filters or q) or folded (distinct): the stored count won't do. */
  public boolean narrowed() {
    return !where.isEmpty() || distinct;
  }

  /** The values of the {@code ?} in {@link #count} and {@link #rows}' where clause, in order. */
  public List<String> whereValues() {
    return whereValues;
  }

  /** Every value of {@link #select}, in order; two more parameters follow: limit and offset. */
  public List<String> values() {
    List<String> all = new ArrayList<>(whereValues);
    all.addAll(orderValues);
    return all;
  }

  /** The page: the values of {@link #values}, then limit and offset. */
  public String select() {
    return rows() + orderBy + " limit ? offset ?";
  }

  /** True for the whole table in row order: pages can then be found by row number. */
  public boolean inRowOrder() {
    return !narrowed() && orderBy.equals(" order by \"_id\"");
  }

  /**
   * The page of {@link #inRowOrder} rows after row number {@code ?}, then {@code limit ?}: for a
   * table whose {@code _id}s are exactly 1..n this is the same page as {@code offset}, found
   * through the primary key instead of by counting past every earlier row.
   */
  public String selectAfterRowNumber() {
    return rows() + " where \"_id\" > ?" + orderBy + " limit ?";
  }

  /** The matching rows, unordered and unpaged. */
  public String rows() {
    List<String> columns = selected.stream().map(f -> Sql.quote(f.id())).toList();
    return "select "
        + (distinct ? "distinct " : "")
        + String.join(", ", columns)
        + " from "
        + table
        + where;
  }

  /** Counts what {@link #rows} returns; binds {@link #whereValues}. */
  public String count() {
    return distinct
        ? "select count(*) from (" + rows() + ") d"
        : "select count(*) from " + table + where;
  }

  // ---------------------------------------------------------------- dumps (DumpQuery)

  /**
   * Every matching row in order, unpaged: the query of a dump. The select list comes from the
   * caller (quoted names of {@link #selected}, or expressions over them); placeholders as in {@link
   * #select}, bound in the order of {@link #values}.
   */
  public String selectAll(List<String> selectList) {
    return "select "
        + (distinct ? "distinct " : "")
        + String.join(", ", selectList)
        + " from "
        + table
        + where
        + orderBy;
  }
}
