package id.terbuka.datastore;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The searchable text of a row, as one SQL expression built from the table's columns: the loader
 * indexes it (GIN, in the default language) and {@code q} repeats exactly the same expression, so
 * that PostgreSQL matches the query to the index. Text and number columns take part (names, places,
 * codes); dates and booleans do not, since their text form depends on session settings, which an
 * index expression may not.
 */
final class FullText {
  /** CKAN's {@code language} default, here the language the portal's tables are in. */
  static final String DEFAULT_LANGUAGE = "indonesian";

  /** Text search configurations a request may name; each ships with PostgreSQL 13 and later. */
  static final Set<String> LANGUAGES = Set.of("indonesian", "english", "simple");

  static final String LANGUAGE_LIST = "indonesian, english, simple";

  private static final Set<String> SEARCHABLE_TYPES = Set.of("text", "int8", "numeric");

  /**
   * Above this many searchable columns no index is built ({@code q} still works, scanning): the
   * index expression is stored in {@code pg_index}, which has no TOAST table, and around 200 column
   * references already exceed its 8 kB row limit.
   */
  static final int MAX_INDEXED_COLUMNS = 100;

  private FullText() {}

  /**
   * {@code to_tsvector('<language>', <columns as text, space separated>)}, or null when the table
   * has no searchable column. The language must come from {@link #LANGUAGES}.
   */
  static String document(List<TableField> fields, String language) {
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
  static String columnDocument(TableField f, String language) {
    String column = Sql.quote(f.id());
    return "to_tsvector("
        + config(language)
        + ", coalesce("
        + ("text".equals(f.type()) ? column : column + "::text")
        + ", ''))";
  }

  static String config(String language) {
    if (!LANGUAGES.contains(language)) {
      throw new IllegalArgumentException("Unsupported text search language: " + language);
    }
    return "'" + language + "'::regconfig";
  }

  /**
   * The statement creating the full-text index of {@code table} (schema-qualified) named {@code
   * indexName}, or null when nothing is searchable or too much is (see {@link
   * #MAX_INDEXED_COLUMNS}).
   */
  static String createIndex(String table, String indexName, List<TableField> fields) {
    String document = document(fields, DEFAULT_LANGUAGE);
    long searchable =
        fields.stream().filter(f -> !f.isRowId() && SEARCHABLE_TYPES.contains(f.type())).count();
    if (document == null || searchable > MAX_INDEXED_COLUMNS) {
      return null;
    }
    return "create index "
        + Sql.quote(indexName)
        + " on "
        + table
        + " using gin ("
        + document
        + ")";
  }

  /** The index name of a live table. */
  static String indexName(String tableName) {
    return tableName + "_fts";
  }
}
