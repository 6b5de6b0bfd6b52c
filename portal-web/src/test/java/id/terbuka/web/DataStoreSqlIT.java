package id.terbuka.web;

import static id.terbuka.web.ItSupport.assertNumber;
import static id.terbuka.web.ItSupport.dict;
import static id.terbuka.web.ItSupport.failed;
import static id.terbuka.web.ItSupport.list;
import static id.terbuka.web.ItSupport.ok;
import static id.terbuka.web.ItSupport.records;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.shared.Json;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code datastore_search_sql} through the deployed WAR: aggregates and joins over loaded tables
 * with exact results, private tables, the row cap and the timeout, every kind of escape attempt
 * refused with a CKAN error, and the read-only role itself unable to write or read the catalogue
 * when connected to directly.
 */
@ExtendWith(SharedPortal.class)
class DataStoreSqlIT {

  private static final byte[] PENDUDUK =
      ("kecamatan,desa,jumlah,tanggal\n"
              + "Kota,Kadipaten,1200,2024-01-05\n"
              + "Kota,Ledok,800,2024-02-10\n"
              + "Dander,Ngumpakdalem,500,2024-01-20\n"
              + "Dander,Sumberarum,700,2024-03-01\n"
              + "Kapas,Kapas,300,2023-12-31\n")
          .getBytes(StandardCharsets.UTF_8);

  private static final byte[] ANGGARAN =
      ("kecamatan,anggaran\n" + "Kota,1500.5\n" + "Dander,250.25\n")
          .getBytes(StandardCharsets.UTF_8);

  @SharedPortal.Base URL base;

  private Http http;

  private PublisherSetup setup;
  private String editor;
  private String outsider;
  private String penduduk;
  private String anggaran;

  @BeforeEach
  void setUp() {
    http = new Http(base.toString());
    setup = PublisherSetup.once(DataStoreSqlIT.class, http, "sql");
    editor = setup.editor();
    outsider = setup.outsider();
    penduduk = setup.sharedTable(http, "penduduk.csv", PENDUDUK);
    anggaran = setup.sharedTable(http, "anggaran.csv", ANGGARAN);
  }

  private String dataset(boolean isPrivate) {
    return setup.dataset(http, isPrivate);
  }

  private String activeTable(String pkg, String filename, byte[] bytes) {
    return (String) setup.activeTable(http, pkg, filename, bytes).get("id");
  }

  private Http.Reply sql(String token, String sql) {
    return http.get(Http.action("datastore_search_sql", "sql", sql), token);
  }

  private Map<String, Object> sqlOk(String token, String sql) {
    return ok(sql(token, sql));
  }

  private static String t(String rid) {
    return "\"" + rid + "\"";
  }

  // ---------------------------------------------------------------- queries

  @Test
  void anAggregateWithWhereGroupByAndOrderByGivesExactResults() {
    String query =
        "select kecamatan, sum(jumlah) as total, count(*) as n from "
            + t(penduduk)
            + " where tanggal >= '2024-01-01' group by kecamatan order by total desc";
    Map<String, Object> result = sqlOk(null, query);
    assertEquals(query, result.get("sql"));
    assertEquals(
        List.of(
            Map.of("id", "kecamatan", "type", "text"),
            Map.of("id", "total", "type", "numeric"),
            Map.of("id", "n", "type", "int8")),
        result.get("fields"));
    List<Map<String, Object>> rows = records(result);
    assertEquals(2, rows.size(), rows.toString());
    assertEquals("Kota", rows.get(0).get("kecamatan"));
    assertNumber("2000", rows.get(0).get("total"));
    assertEquals(2L, rows.get(0).get("n"));
    assertEquals("Dander", rows.get(1).get("kecamatan"));
    assertNumber("1200", rows.get(1).get("total"));
    assertFalse(result.containsKey("records_truncated"));

    // The schema-qualified name, a trailing semicolon and a POSTed JSON body work the same.
    Map<String, Object> posted =
        ok(
            http,
            "datastore_search_sql",
            null,
            dict(
                "sql",
                "SELECT desa, tanggal, jumlah FROM datastore."
                    + t(penduduk)
                    + " ORDER BY tanggal LIMIT 1;"));
    assertEquals(
        List.of(Map.of("desa", "Kapas", "tanggal", "2023-12-31", "jumlah", 300L)),
        posted.get("records"));
    assertEquals(
        List.of(
            Map.of("id", "desa", "type", "text"),
            Map.of("id", "tanggal", "type", "date"),
            Map.of("id", "jumlah", "type", "int8")),
        posted.get("fields"));
  }

  @Test
  void twoReadableTablesJoin() {
    Map<String, Object> result =
        sqlOk(
            null,
            "select p.kecamatan, sum(p.jumlah) as jumlah, max(a.anggaran) as anggaran from "
                + t(penduduk)
                + " p join "
                + t(anggaran)
                + " a on a.kecamatan = p.kecamatan group by p.kecamatan order by p.kecamatan");
    List<Map<String, Object>> rows = records(result);
    assertEquals(2, rows.size(), rows.toString());
    assertEquals("Dander", rows.get(0).get("kecamatan"));
    assertNumber("1200", rows.get(0).get("jumlah"));
    assertNumber("250.25", rows.get(0).get("anggaran"));
    assertEquals("Kota", rows.get(1).get("kecamatan"));
    assertNumber("2000", rows.get(1).get("jumlah"));
    assertNumber("1500.5", rows.get(1).get("anggaran"));
  }

  @Test
  void rowsAreCappedAndTheAnswerSaysSo() {
    Map<String, Object> result = sqlOk(null, "select x from generate_series(1, 1500) x");
    assertEquals(TestInfrastructure.SQL_ROWS_MAX, list(result.get("records")).size());
    assertEquals(Boolean.TRUE, result.get("records_truncated"));
    assertEquals(1L, records(result).get(0).get("x"));
  }

  @Test
  void aPrivateDatasetsTableIsForItsEditorsOnly() {
    String secret = activeTable(dataset(true), "rahasia.csv", PENDUDUK);
    String query = "select sum(jumlah) as s from " + t(secret);
    Map<String, Object> error = failed(sql(null, query), 403, "Authorization Error");
    assertTrue(error.get("message").toString().contains(secret), error.toString());
    assertFalse(Json.write(error).contains("3500"));
    failed(sql(outsider, query), 403, "Authorization Error");
    // Joined with a public table, still refused.
    failed(
        sql(outsider, "select * from " + t(penduduk) + " p, " + t(secret) + " s"),
        403,
        "Authorization Error");
    assertNumber("3500", records(sqlOk(editor, query)).get(0).get("s"));
  }

  // ---------------------------------------------------------------- refusals

  private Map<String, Object> invalid(String sql) {
    return failed(sql(null, sql), 409, "Validation Error");
  }

  private String denied(String sql) {
    return failed(sql(null, sql), 403, "Authorization Error").get("message").toString();
  }

  @Test
  void statementsOtherThanOneQueryAreValidationErrors() {
    String p = t(penduduk);
    failed(http.get(Http.action("datastore_search_sql"), null), 409, "Validation Error")
        .containsKey("sql");
    for (String bad :
        List.of(
            "select * from " + p + "; drop table " + p,
            "select * from " + p + " ; delete from " + p,
            "select 1; select 2",
            "insert into " + p + " (kecamatan) values ('x')",
            "update " + p + " set jumlah = 0",
            "delete from " + p,
            "create table datastore.x (a int)",
            "drop table " + p,
            "with d as (delete from " + p + " returning *) select * from d",
            "with u as (update " + p + " set jumlah = 0 returning *) select count(*) from u",
            "select * into datastore.kopi from " + p,
            "select * from " + p + " for update",
            "set statement_timeout = 0")) {
      Map<String, Object> e = invalid(bad);
      assertTrue(e.containsKey("query"), bad + " -> " + e);
    }
    Map<String, Object> syntax = invalid("select * frm " + p);
    assertTrue(
        syntax.get("query").toString().contains("syntax error at or near")
            && syntax.get("query").toString().contains("at character 10"),
        syntax.toString());
    Map<String, Object> missing = invalid("select * from \"user\"");
    assertTrue(missing.get("query").toString().contains("does not exist"), missing.toString());
  }

  @Test
  void catalogueAndSystemTablesAreRefused() {
    for (String table :
        List.of(
            "public.user_account",
            "public.api_token",
            "public.dataset",
            "public.datastore_table",
            "public.flyway_schema_history")) {
      String message = denied("select * from " + table);
      assertTrue(message.contains("Not authorized"), table + " -> " + message);
    }
    for (String table :
        List.of(
            "pg_catalog.pg_user",
            "pg_user",
            "pg_roles",
            "pg_class",
            "pg_stat_activity",
            "information_schema.tables",
            "information_schema.columns")) {
      String message = denied("select * from " + table);
      assertTrue(message.contains("system tables"), table + " -> " + message);
    }
    // Not readable by the role at all: PostgreSQL's own refusal, as an authorization error.
    assertTrue(denied("select * from pg_shadow").contains("permission denied"));
    assertTrue(denied("select * from pg_authid").contains("permission denied"));
    // Hidden in a subquery or a join with a readable table.
    assertTrue(
        denied(
                "select * from "
                    + t(penduduk)
                    + " where desa in (select usename from pg_catalog.pg_user)")
            .contains("system tables"));
  }

  @Test
  void functionsOutsideTheAllowListAreRefused() {
    for (String call :
        List.of(
            "pg_sleep(60)",
            "\"pg_sleep\"(1)",
            "pg_catalog.pg_sleep(1)",
            "set_config('statement_timeout', '0', false)",
            "current_setting('server_version')",
            "pg_read_file('/etc/passwd')",
            "lo_import('/etc/passwd')",
            "query_to_xml('select * from user_account', true, true, '')",
            "txid_current()",
            "version()")) {
      String message = denied("select " + call + " from " + t(penduduk));
      assertTrue(message.contains("Not authorized to call function"), call + " -> " + message);
    }
    assertTrue(denied("select 'user_account'::regclass").contains("regclass"));
    assertTrue(
        denied("select cast('pg_authid' as regclass) from " + t(penduduk)).contains("regclass"));
  }

  @Test
  void aQueryOverTheTimeLimitIsCancelled() {
    long start = System.nanoTime();
    Map<String, Object> e =
        invalid("select count(*) from generate_series(1, 100000) a, generate_series(1, 100000) b");
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertTrue(e.get("query").toString().contains("took too long"), e.toString());
    assertTrue(took.compareTo(Duration.ofSeconds(30)) < 0, took.toString());
  }

  @Test
  void refusedQueriesLeaveTheTablesIntact() {
    invalid("delete from " + t(penduduk));
    invalid("select 1; drop table " + t(penduduk));
    Map<String, Object> result = sqlOk(null, "select count(*) as n from " + t(penduduk));
    assertEquals(List.of(Map.of("n", 5L)), result.get("records"));
  }

  // ---------------------------------------------------------------- the role itself

  @Test
  void theReadOnlyRoleCannotWriteOrReadTheCatalogueEvenWhenConnectedDirectly() throws SQLException {
    try (Connection c =
            DriverManager.getConnection(
                TestInfrastructure.jdbcUrl(),
                TestInfrastructure.READONLY_USER,
                TestInfrastructure.READONLY_PASSWORD);
        Statement st = c.createStatement()) {
      try (ResultSet rs = st.executeQuery("select count(*) from datastore." + t(penduduk))) {
        rs.next();
        assertEquals(5, rs.getInt(1));
      }
      // The role's sessions default to read-only transactions ...
      SQLException readOnly =
          assertThrows(
              SQLException.class,
              () ->
                  st.executeUpdate(
                      "insert into datastore." + t(penduduk) + " (kecamatan) values ('x')"));
      assertEquals("25006", readOnly.getSQLState(), readOnly.getMessage());
      // ... and even in a read-write transaction it has no right to write or to read users.
      st.execute("set session characteristics as transaction read write");
      for (String write :
          List.of(
              "insert into datastore." + t(penduduk) + " (kecamatan) values ('x')",
              "update datastore." + t(penduduk) + " set jumlah = 0",
              "delete from datastore." + t(penduduk),
              "drop table datastore." + t(penduduk),
              "create table datastore.x (a int)",
              "create table public.x (a int)",
              "select * from public.user_account",
              "select * from public.api_token",
              "select * from datastore_table")) {
        SQLException e = assertThrows(SQLException.class, () -> st.execute(write), write);
        assertTrue(
            Set.of("42501").contains(e.getSQLState()),
            write + " -> " + e.getSQLState() + " " + e.getMessage());
      }
    }
    // Nothing changed.
    assertEquals(
        List.of(Map.of("n", 5L)),
        sqlOk(null, "select count(*) as n from " + t(penduduk)).get("records"));
  }
}
