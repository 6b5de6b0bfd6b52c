package id.terbuka.datastore.sql;

import id.terbuka.datastore.sql.SqlLexer.Kind;
import id.terbuka.datastore.sql.SqlLexer.Token;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The checks of {@code datastore_search_sql} that need no database, in two passes over the same
 * rules:
 *
 * <ol>
 *   <li>{@link #statement} on the caller's text: exactly one statement, a query ({@code SELECT},
 *       {@code WITH}, {@code VALUES}, {@code TABLE} or a parenthesised query), no data-modifying
 *       keywords, no {@code SELECT INTO}, no row locks, every function call and cast allowed.
 *   <li>{@link #plan} on PostgreSQL's own {@code EXPLAIN (VERBOSE, FORMAT JSON)} of that text: the
 *       relations every scan reads (PostgreSQL resolved the names, views are expanded), no {@code
 *       ModifyTable} or {@code LockRows} node, and again every function and cast in every
 *       expression PostgreSQL deparsed, now with names as the server resolved them.
 * </ol>
 *
 * The first pass catches calls the planner would fold away before the second sees them; the second
 * catches anything the first could have misread. Neither is the last line: the query runs as a role
 * that can only read the DataStore schema, in a read-only transaction.
 */
public final class SqlGuard {
  /** A table a query reads, as PostgreSQL names it in the plan. */
  public record Relation(String schema, String name) {
    @Override
    public String toString() {
      return schema + ".\"" + name + "\"";
    }
  }

  private static final Set<String> QUERY_STARTS = Set.of("select", "with", "values", "table");

  private static final Set<String> DATA_MODIFYING =
      Set.of("insert", "update", "delete", "merge", "truncate", "copy");

  /** Words that may stand before "(" without calling a function. */
  private static final Set<String> SYNTAX =
      Set.of(
          "select",
          "from",
          "where",
          "and",
          "or",
          "not",
          "in",
          "exists",
          "any",
          "all",
          "some",
          "array",
          "row",
          "values",
          "as",
          "on",
          "using",
          "join",
          "lateral",
          "over",
          "filter",
          "within",
          "having",
          "when",
          "then",
          "else",
          "case",
          "is",
          "distinct",
          "by",
          "union",
          "intersect",
          "except",
          "with",
          "recursive",
          "only",
          "cast",
          "coalesce",
          "nullif",
          "greatest",
          "least",
          "group",
          "order",
          "limit",
          "offset",
          "fetch",
          "between",
          "like",
          "ilike",
          "similar",
          "to",
          "escape",
          "asc",
          "desc",
          "nulls",
          "first",
          "last",
          "partition",
          "rows",
          "range",
          "groups",
          "preceding",
          "following",
          "unbounded",
          "current",
          "materialized",
          "window",
          "sets",
          "rollup",
          "cube",
          "varying",
          "for",
          "zone",
          "overlaps",
          "repeatable",
          "subplan",
          "initplan");

  /** Types a value may be cast to ({@code ::type}, also as PostgreSQL prints constants). */
  static final Set<String> TYPES =
      Set.of(
          "smallint",
          "integer",
          "bigint",
          "int",
          "int2",
          "int4",
          "int8",
          "numeric",
          "decimal",
          "real",
          "double precision",
          "float",
          "float4",
          "float8",
          "text",
          "character varying",
          "varchar",
          "character",
          "char",
          "bpchar",
          "boolean",
          "bool",
          "date",
          "time",
          "time without time zone",
          "time with time zone",
          "timetz",
          "timestamp",
          "timestamp without time zone",
          "timestamp with time zone",
          "timestamptz",
          "interval",
          "json",
          "jsonb",
          "uuid",
          "regconfig",
          "tsvector",
          "tsquery",
          "unknown");

  /** First words of type names that continue with more words. */
  private static final Set<String> MULTI_WORD_TYPES =
      Set.of("double", "character", "char", "bit", "national", "timestamp", "time");

  private static final Set<String> TYPE_WORDS =
      Set.of("precision", "varying", "with", "without", "time", "zone", "character");

  /** Plan keys whose values are names or labels, not expressions. */
  private static final Set<String> NON_EXPRESSION_KEYS =
      Set.of(
          "Node Type",
          "Parent Relationship",
          "Relation Name",
          "Schema",
          "Alias",
          "Strategy",
          "Partial Mode",
          "Join Type",
          "Scan Direction",
          "Index Name",
          "Subplan Name",
          "CTE Name",
          "Function Name",
          "Operation",
          "Command",
          "Sort Method",
          "Sort Space Type",
          "Tuplestore Name",
          "Table Function Name",
          "Cache Mode");

  private static final Set<String> REFUSED_NODES = Set.of("ModifyTable", "LockRows");

  static final String SYSTEM_TABLES = "Not authorized to access system tables";

  private final Set<String> functions;

  SqlGuard(Set<String> functions) {
    this.functions = Set.copyOf(functions);
  }

  /** The allow-list bundled as {@code allowed-functions.txt} next to this class. */
  public static SqlGuard bundled() {
    try (InputStream in = SqlGuard.class.getResourceAsStream("allowed-functions.txt")) {
      if (in == null) {
        throw new IllegalStateException("allowed-functions.txt is missing");
      }
      return new SqlGuard(readList(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One name a line; {@code #} starts a comment. */
  static Set<String> readList(InputStream in) throws IOException {
    Set<String> names = new HashSet<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        int hash = line.indexOf('#');
        String name = (hash < 0 ? line : line.substring(0, hash)).trim();
        if (!name.isEmpty()) {
          names.add(name.toLowerCase(Locale.ROOT));
        }
      }
    }
    return names;
  }

  boolean allows(String function) {
    return functions.contains(function);
  }

  /**
   * Checks the caller's text and returns the statement to run: the text without a final {@code ;}
   * (and whatever comment follows it).
   *
   * @throws SqlRefusal with the first problem found
   */
  public String statement(String sql) {
    List<Token> tokens = new ArrayList<>(SqlLexer.tokens(sql, false));
    int end = sql.length();
    while (!tokens.isEmpty() && tokens.get(tokens.size() - 1).isPunct(";")) {
      end = tokens.remove(tokens.size() - 1).position() - 1;
    }
    if (tokens.isEmpty()) {
      throw SqlRefusal.invalid("Query is empty");
    }
    for (Token t : tokens) {
      if (t.isPunct(";")) {
        throw SqlRefusal.invalid(
            "Query is not a single statement (\";\" at character " + t.position() + ")");
      }
    }
    Token first = tokens.get(0);
    if (!(first.isPunct("(")
        || (first.kind() == Kind.WORD && QUERY_STARTS.contains(first.text())))) {
      throw SqlRefusal.invalid(
          "Only SELECT queries are allowed, not " + describe(first) + " (at character 1)");
    }
    refuseWritingWords(tokens);
    calls(tokens);
    return sql.substring(0, end);
  }

  /** Row locks, data-modifying statements and {@code SELECT ... INTO}, in the caller's words. */
  private static void refuseWritingWords(List<Token> tokens) {
    for (int k = 0; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      if (t.kind() != Kind.WORD) {
        continue;
      }
      Token next = k + 1 < tokens.size() ? tokens.get(k + 1) : null;
      if (t.text().equals("for")
          && next != null
          && next.kind() == Kind.WORD
          && Set.of("update", "share", "no", "key").contains(next.text())) {
        throw SqlRefusal.invalid(
            "Row locks (FOR UPDATE, FOR SHARE) are not allowed (at character "
                + t.position()
                + ")");
      }
      if (DATA_MODIFYING.contains(t.text())) {
        throw SqlRefusal.invalid(
            "Only read-only queries are allowed: "
                + t.text().toUpperCase(Locale.ROOT)
                + " at character "
                + t.position()
                + " (write \""
                + t.text()
                + "\" in double quotes if it is a column name)");
      }
      if (t.text().equals("into")) {
        throw SqlRefusal.invalid(
            "SELECT ... INTO is not allowed (at character " + t.position() + ")");
      }
    }
  }

  /**
   * Checks PostgreSQL's {@code EXPLAIN (VERBOSE, FORMAT JSON)} of the statement and returns the
   * relations it reads. Throws for a relation outside schema {@code datastore} ({@code pg_catalog},
   * {@code information_schema} and other {@code pg_*} schemas as system tables), a writing or
   * locking node, a function or cast that is not allowed.
   */
  public Set<Relation> plan(Object explain) {
    Set<Relation> relations = new LinkedHashSet<>();
    // Relations first: a system view is refused as such, not for a function it calls inside.
    walk(explain, relations, false);
    for (Relation r : relations) {
      if (!"datastore".equals(r.schema())) {
        if (r.schema().startsWith("pg_") || r.schema().equals("information_schema")) {
          throw SqlRefusal.denied(SYSTEM_TABLES + " (" + r + ")");
        }
        throw SqlRefusal.denied(
            "Not authorized to read table " + r + ": only DataStore tables can be queried");
      }
    }
    walk(explain, new LinkedHashSet<>(), true);
    return relations;
  }

  private void walk(Object node, Set<Relation> relations, boolean expressions) {
    if (node instanceof List<?> list) {
      for (Object o : list) {
        walk(o, relations, expressions);
      }
    } else if (node instanceof Map<?, ?> map) {
      checkNode(map, relations);
      if (!expressions) {
        for (Object value : map.values()) {
          walk(value, relations, false);
        }
        return;
      }
      checkExpressions(map, relations);
    }
  }

  /** A plan node: refused when it writes, locks or samples; the relation it reads is collected. */
  private static void checkNode(Map<?, ?> map, Set<Relation> relations) {
    Object type = map.get("Node Type");
    if (type != null && REFUSED_NODES.contains(type.toString())) {
      throw SqlRefusal.invalid(
          "Only read-only queries are allowed (the plan has a "
              + type
              + " step: a data-modifying WITH or a row lock)");
    }
    if (map.containsKey("Sampling Method")) {
      throw SqlRefusal.invalid("TABLESAMPLE is not allowed");
    }
    Object relation = map.get("Relation Name");
    if (relation != null) {
      Object schema = map.get("Schema");
      if (schema == null) {
        throw new IllegalStateException("EXPLAIN VERBOSE without a schema for " + relation);
      }
      relations.add(new Relation(schema.toString(), relation.toString()));
    }
  }

  /** The node's function and every expression text in it, then the nodes below it. */
  private void checkExpressions(Map<?, ?> map, Set<Relation> relations) {
    Object function = map.get("Function Name");
    if (function != null) {
      Object schema = map.get("Schema");
      function(
          schema == null || "pg_catalog".equals(schema)
              ? List.of(function.toString())
              : List.of(schema.toString(), function.toString()));
    }
    for (Map.Entry<?, ?> e : map.entrySet()) {
      String key = String.valueOf(e.getKey());
      Object value = e.getValue();
      if (value instanceof String s) {
        if (!NON_EXPRESSION_KEYS.contains(key)) {
          calls(SqlLexer.tokens(s, true));
        }
      } else if (value instanceof List<?> list
          && !list.isEmpty()
          && list.get(0) instanceof String) {
        for (Object o : list) {
          calls(SqlLexer.tokens(String.valueOf(o), true));
        }
      } else {
        walk(value, relations, true);
      }
    }
  }

  /** Every function call and cast in the tokens must be allowed. */
  void calls(List<Token> t) {
    for (int k = 0; k < t.size(); k++) {
      Token tok = t.get(k);
      if (tok.kind() == Kind.CAST) {
        k = type(t, k + 1);
        continue;
      }
      if (!name(tok) || (k > 0 && t.get(k - 1).isPunct("."))) {
        continue;
      }
      List<String> parts = new ArrayList<>();
      parts.add(tok.text());
      int j = k;
      while (j + 2 < t.size() && t.get(j + 1).isPunct(".") && name(t.get(j + 2))) {
        parts.add(t.get(j + 2).text());
        j += 2;
      }
      if (j + 1 < t.size() && t.get(j + 1).isPunct("(") && isCall(t, k, parts)) {
        function(parts);
      }
      k = j;
    }
  }

  private static boolean name(Token t) {
    return t.kind() == Kind.WORD || t.kind() == Kind.QUOTED;
  }

  /** Whether {@code name(} at {@code k} calls a function (rather than being syntax or an alias). */
  private static boolean isCall(List<Token> t, int k, List<String> parts) {
    if (parts.size() == 1 && t.get(k).kind() == Kind.WORD && SYNTAX.contains(parts.get(0))) {
      return false;
    }
    if (k == 0) {
      return true;
    }
    Token before = t.get(k - 1);
    // "AS t(a, b)", "CAST(x AS numeric(10, 2))", "f(x) t(a)": column lists and type modifiers.
    return !(before.isWord("as") || before.isPunct(")"));
  }

  private void function(List<String> parts) {
    String name;
    if (parts.size() == 1) {
      name = parts.get(0);
    } else if (parts.size() == 2 && parts.get(0).equals("pg_catalog")) {
      name = parts.get(1);
    } else {
      throw SqlRefusal.denied("Not authorized to call function " + String.join(".", parts));
    }
    if (!functions.contains(name)) {
      throw SqlRefusal.denied("Not authorized to call function " + name);
    }
  }

  /** Reads the type after {@code ::} from {@code k}; returns the index of its last token. */
  private static int type(List<Token> t, int k) {
    if (k >= t.size() || !name(t.get(k))) {
      return k - 1;
    }
    List<String> parts = new ArrayList<>();
    parts.add(t.get(k).text());
    int j = k;
    while (j + 2 < t.size() && t.get(j + 1).isPunct(".") && name(t.get(j + 2))) {
      parts.add(t.get(j + 2).text());
      j += 2;
    }
    StringBuilder type = new StringBuilder(parts.get(parts.size() - 1));
    if (t.get(j).kind() == Kind.WORD && MULTI_WORD_TYPES.contains(t.get(j).text())) {
      while (j + 1 < t.size()
          && t.get(j + 1).kind() == Kind.WORD
          && TYPE_WORDS.contains(t.get(j + 1).text())) {
        j++;
        type.append(' ').append(t.get(j).text());
        if (j + 1 < t.size() && t.get(j + 1).isPunct("(")) {
          j = closing(t, j + 1);
        }
      }
    }
    String qualifier = parts.size() > 1 ? String.join(".", parts.subList(0, parts.size() - 1)) : "";
    if (!(qualifier.isEmpty() || qualifier.equals("pg_catalog"))
        || !TYPES.contains(type.toString())) {
      throw SqlRefusal.denied(
          "Not authorized to cast to type " + (qualifier.isEmpty() ? "" : qualifier + ".") + type);
    }
    if (j + 1 < t.size() && t.get(j + 1).isPunct("(")) {
      j = closing(t, j + 1);
    }
    while (j + 1 < t.size() && t.get(j + 1).isPunct("[")) {
      j = closing(t, j + 1);
    }
    return j;
  }

  /** Index of the bracket closing the one at {@code open}. */
  private static int closing(List<Token> t, int open) {
    int depth = 0;
    for (int j = open; j < t.size(); j++) {
      Token x = t.get(j);
      if (x.isPunct("(") || x.isPunct("[")) {
        depth++;
      } else if (x.isPunct(")") || x.isPunct("]")) {
        depth--;
        if (depth == 0) {
          return j;
        }
      }
    }
    return t.size() - 1;
  }

  private static String describe(Token t) {
    return switch (t.kind()) {
      case WORD -> t.text().toUpperCase(Locale.ROOT);
      case QUOTED -> "\"" + t.text() + "\"";
      default -> "\"" + t.text() + "\"";
    };
  }
}
