package id.terbuka.datastore.persistence;

import id.terbuka.datastore.domain.TableField;
import id.terbuka.datastore.dump.DumpColumn;
import id.terbuka.datastore.dump.DumpFormat;
import id.terbuka.datastore.dump.FormulaGuard;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The SQL of a dump, built on {@link SearchQuery} (the same checked names, filters, order; values
 * bound, never spliced) without its page.
 *
 * <p>{@code COPY} takes no bind parameters, so for CSV/TSV every filter value is first bound into a
 * transaction-local setting ({@code select set_config('terbuka_dump.v1', ?, true)}) and the query
 * reads it back as {@code (select current_setting('terbuka_dump.v1'))}, a scalar subquery evaluated
 * once: client text never becomes SQL text. {@code limit} and {@code offset} are numbers parsed
 * into {@code long}s, written as such.
 */
public final class DumpQuery {
  private static final String SETTING = "terbuka_dump.v";

  private final SearchQuery query;
  private final Long limit;
  private final long offset;

  /**
   * @param limit null for every row
   */
  public DumpQuery(SearchQuery query, Long limit, long offset) {
    this.query = query;
    this.limit = limit;
    this.offset = offset;
  }

  public List<DumpColumn> columns() {
    return query.selected().stream().map(f -> new DumpColumn(f.id(), f.type())).toList();
  }

  /** The filter values, in placeholder order. */
  public List<String> values() {
    return query.values();
  }

  /** For a cursor: the selected columns as stored, the values bound in order. */
  public String select() {
    List<String> columns = query.selected().stream().map(f -> Sql.quote(f.id())).toList();
    return query.selectAll(columns) + page();
  }

  /** The name of the setting holding value {@code i} (1-based) for {@link #copy}. */
  public static String setting(int i) {
    return SETTING + i;
  }

  /**
   * {@code COPY (SELECT ...) TO STDOUT} in CSV (TSV: CSV quoting with a tab). Text columns pass the
   * {@link FormulaGuard} in the select list; booleans are written {@code true}/{@code false}.
   */
  public String copy(DumpFormat format) {
    List<String> columns = new ArrayList<>();
    for (TableField f : query.selected()) {
      String column = Sql.quote(f.id());
      columns.add(
          switch (f.type()) {
            case "text" -> FormulaGuard.sql(column);
            case "bool" -> "cast(" + column + " as text)";
            default -> column;
          });
    }
    String select =
        substitute(
            query.selectAll(columns) + page(),
            values().size(),
            i -> "(select current_setting('" + setting(i) + "'))");
    return "copy ("
        + select
        + ") to stdout with (format csv"
        + (format == DumpFormat.TSV ? ", delimiter E'\\t'" : "")
        + ")";
  }

  private String page() {
    return (limit == null ? "" : " limit " + limit) + (offset == 0 ? "" : " offset " + offset);
  }

  /**
   * Replaces the {@code ?} placeholders of generated SQL (those outside quoted identifiers and
   * string literals) with {@code parameter.apply(1..n)}.
   *
   * @throws IllegalStateException when the SQL has not exactly {@code expected} placeholders
   */
  public static String substitute(String sql, int expected, IntFunction<String> parameter) {
    StringBuilder out = new StringBuilder(sql.length() + 48 * expected);
    boolean identifier = false;
    boolean literal = false;
    int n = 0;
    for (int i = 0; i < sql.length(); i++) {
      char c = sql.charAt(i);
      if (c == '"' && !literal) {
        identifier = !identifier;
      } else if (c == '\'' && !identifier) {
        literal = !literal;
      } else if (c == '?' && !identifier && !literal) {
        out.append(parameter.apply(++n));
        continue;
      }
      out.append(c);
    }
    if (n != expected || identifier || literal) {
      throw new IllegalStateException(
          "Dump SQL has " + n + " placeholders for " + expected + " values");
    }
    return out.toString();
  }
}
