package id.terbuka.datastore.persistence;

import id.terbuka.datastore.domain.TableField;
import id.terbuka.datastore.domain.TextQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The searchable text of a row: one SQL expression over the table's text and number columns (names,
 * places, codes). Tables keep it, in the default language, as a stored generated column {@code
 * _full_text} with a GIN index: PostgreSQL keeps it current on every insert and update, and ranking
 * reads the stored vector instead of stemming every matching row again. Other languages and
 * per-column {@code q} compute the vector on the fly. Dates and booleans are left out: their text
 * form depends on session settings, which a generated column may not.
 */
public final class FullText {
  /** CKAN's {@code language} default, here the language the portal's tables are in. */
  public static final String DEFAULT_LANGUAGE = TextQuery.DEFAULT_LANGUAGE;

  /** Text search configurations a request may name. */
  public static final Set<String> LANGUAGES = TextQuery.LANGUAGES;

  private static final Set<String> SEARCHABLE_TYPES = Set.of("text", "int8", "numeric");

  /** The stored vector; a reserved column name (no user column may start with {@code _}). */
  public static final String COLUMN = "_full_text";

  /**
   * Above this many searchable columns no vector is stored ({@code q} still works, scanning): wide
   * tables are indicator tables of numbers, where a stored vector would roughly double the table
   * for text nobody searches, and the generation expression grows with every column.
   */
  public static final int MAX_INDEXED_COLUMNS = 100;

  private FullText() {}

  /**
   * {@code to_tsvector('<language>', <columns as text, space separated>)}, or null when the table
   * has no searchable column. The language must come from {@link #LANGUAGES}.
   */
  public static String document(List<TableField> fields, String language) {
    List<String> parts = new ArrayList<>();
    for (TableField f : fields) {
      if (f.isRowId() || !SEARCHABLE_TYPES.contains(f.type())) {
        continue;
      }
      String column = Sql.quote(f.id());
      parts.add("coalesce(" + ("text".equals(f.type()) ? column : column + "::text") + ", '')");
    }
    if (parts.isEmpty()) {
      return null;
    }
    return "to_tsvector(" + config(language) + ", " + String.join(" || ' ' || ", parts) + ")";
  }

  /** The text of one column as a document (for {@code q} given per column; not indexed). */
  public static String columnDocument(TableField f, String language) {
    String column = Sql.quote(f.id());
    return "to_tsvector("
        + config(language)
        + ", coalesce("
        + ("text".equals(f.type()) ? column : column + "::text")
        + ", ''))";
  }

  public static String config(String language) {
    if (!LANGUAGES.contains(language)) {
      throw new IllegalArgumentException("Unsupported text search language: " + language);
    }
    return "'" + language + "'::regconfig";
  }

  /** True when a table with these columns keeps {@link #COLUMN} (and its index). */
  public static boolean stored(List<TableField> fields) {
    long searchable =
        fields.stream().filter(f -> !f.isRowId() && SEARCHABLE_TYPES.contains(f.type())).count();
    return searchable > 0 && searchable <= MAX_INDEXED_COLUMNS;
  }

  /**
   * The vector {@code q} matches in {@code language}: the stored column when the table has it and
   * the language is the default, else the expression (null when nothing is searchable).
   */
  public static String vector(List<TableField> fields, String language) {
    if (DEFAULT_LANGUAGE.equals(language) && stored(fields)) {
      return Sql.quote(COLUMN);
    }
    return document(fields, language);
  }

  /**
   * The statements giving {@code table} (schema-qualified) its stored vector and GIN index named
   * {@code indexName}; none when the columns call for no vector. Adding the column rewrites the
   * table: run them before other indexes are built.
   */
  public static List<String> build(String table, String indexName, List<TableField> fields) {
    if (!stored(fields)) {
      return List.of();
    }
    return List.of(
        "alter table "
            + table
            + " add column "
            + Sql.quote(COLUMN)
            + " tsvector generated always as ("
            + document(fields, DEFAULT_LANGUAGE)
            + ") stored",
        "create index "
            + Sql.quote(indexName)
            + " on "
            + table
            + " using gin ("
            + Sql.quote(COLUMN)
            + ")");
  }

  /** Drops the stored vector (and with it its index), for a change of columns. */
  public static String drop(String table) {
    return "alter table " + table + " drop column if exists " + Sql.quote(COLUMN);
  }

  /** The index name of a live table. */
  public static String indexName(String tableName) {
    return tableName + "_fts";
  }
}
