package id.terbuka.datastore.sql;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.shared.Json;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SqlGuardTest {
  private static final SqlGuard GUARD = SqlGuard.bundled();
  private static final String T = "datastore.\"0b7a6c1e-0000-4000-8000-000000000001\"";

  private static SqlRefusal refused(String sql) {
    return assertThrows(SqlRefusal.class, () -> GUARD.statement(sql), sql);
  }

  private static void assertRefused(String sql, boolean denied, String fragment) {
    SqlRefusal r = refused(sql);
    assertEquals(denied, r.denied(), r.getMessage());
    assertTrue(r.getMessage().contains(fragment), r.getMessage());
  }

  @Test
  void queriesPassAndATrailingSemicolonIsDropped() {
    assertEquals(
        "select \"Kecamatan\", sum(\"Jumlah\") from " + T + " group by 1 order by 2 desc",
        GUARD.statement(
            "select \"Kecamatan\", sum(\"Jumlah\") from " + T + " group by 1 order by 2 desc;"));
    assertEquals("select 1 ", GUARD.statement("select 1 ; -- done"));
    GUARD.statement("WITH x AS (SELECT * FROM " + T + ") SELECT count(*) FROM x");
    GUARD.statement("(select 1) union all (select 2)");
    GUARD.statement("values (1), (2)");
    GUARD.statement(
        "select extract(year from \"Tanggal\")::int, to_char(\"Tanggal\", 'YYYY-MM'),"
            + " round(avg(\"Anggaran\")::numeric(12, 2), 1), x::character varying(10),"
            + " cast(\"a\" as timestamp with time zone), '2024-01-01'::date,"
            + " row_number() over (partition by a order by b desc), count(*) filter (where c),"
            + " coalesce(a, b), t.a in (1, 2), exists (select 1), array[1]::int[]"
            + " from "
            + T
            + " as t(a, b, c) left join (select 1) s on true,"
            + " generate_series(1, 3) g(x), pg_catalog.lower('A') l");
  }

  /** Passes the guard and reaches the database exactly as written. */
  private static void assertPassesUnchanged(String sql) {
    assertEquals(sql, assertDoesNotThrow(() -> GUARD.statement(sql), sql));
  }

  @Test
  void wordsInStringsCommentsAndQuotedNamesAreNotCode() {
    // Each word below is refused as code (the second line of each pair shows it) and passes only
    // because it sits in a string, a comment or a quoted name.
    assertPassesUnchanged("select 'pg_sleep(1); delete from x' from " + T);
    assertRefused("select pg_sleep(1) from " + T, true, "function pg_sleep");

    assertPassesUnchanged("select $$ ; insert into x $$, $q$ it's $ pg_sleep(1) $q$ from " + T);
    assertRefused("select 1; insert into x values (1)", false, "not a single statement");

    assertPassesUnchanged("select E'\\'; drop table x; --' as a");
    assertRefused("select 'a\\'; drop table x; --'", false, "not a single statement");

    assertPassesUnchanged("select 1 /* outer /* nested ; delete */ still comment */");
    assertRefused("select 1 /* outer /* nested */ */ ; delete from x", false, "single statement");

    assertPassesUnchanged("select \"update\", \"pg_sleep\" from " + T + " -- ; drop table x");
    assertRefused("select update from " + T, false, "UPDATE");
  }

  @Test
  void moreThanOneStatementIsRefused() {
    assertRefused("select 1; select 2", false, "not a single statement");
    assertRefused("select 1; drop table " + T, false, "not a single statement");
    assertRefused("select '; drop table x' ; drop table y", false, "not a single statement");
    assertRefused("select E'\\'; drop table x; --'; drop table y", false, "single statement");
  }

  @Test
  void onlyQueriesAreAllowed() {
    assertRefused("insert into " + T + " values (1)", false, "INSERT");
    assertRefused("UPDATE " + T + " set a = 1", false, "UPDATE");
    assertRefused("delete from " + T, false, "DELETE");
    assertRefused("create table x (a int)", false, "CREATE");
    assertRefused("drop table " + T, false, "DROP");
    assertRefused("set statement_timeout = 0", false, "SET");
    assertRefused("explain analyze select 1", false, "EXPLAIN");
    assertRefused("with d as (delete from " + T + " returning *) select * from d", false, "DELETE");
    assertRefused("select * into copy_of from " + T, false, "INTO");
    assertRefused("select * from " + T + " for update", false, "Row locks");
    assertRefused("select * from " + T + " for share", false, "Row locks");
    assertRefused("", false, "empty");
    assertRefused(" ; ", false, "empty");
  }

  @Test
  void functionsOutsideTheAllowListAreRefused() {
    assertRefused("select pg_sleep(60)", true, "function pg_sleep");
    assertRefused("select PG_SLEEP (60)", true, "function pg_sleep");
    assertRefused("select \"pg_sleep\"(1)", true, "function pg_sleep");
    assertRefused("select pg_catalog.pg_sleep(1)", true, "function pg_sleep");
    assertRefused("select pg_catalog . \"pg_sleep\" (1)", true, "function pg_sleep");
    assertRefused("select set_config('statement_timeout', '0', true)", true, "set_config");
    assertRefused("select current_setting('terbuka.x')", true, "current_setting");
    assertRefused("select pg_read_file('/etc/passwd')", true, "pg_read_file");
    assertRefused("select lo_import('/etc/passwd')", true, "lo_import");
    assertRefused("select * from dblink('x', 'y') as t(a int)", true, "dblink");
    assertRefused("select query_to_xml('select 1', true, true, '')", true, "query_to_xml");
    assertRefused("select public.lower('a')", true, "public.lower");
    assertRefused("select a from " + T + " where a = (select pg_sleep(1))", true, "pg_sleep");
    assertRefused("select 1 from " + T + " tablesample system (10)", true, "system");
    assertRefused("select 1 operator(pg_catalog.+) 1", true, "operator");
  }

  @Test
  void castsToCatalogTypesAreRefused() {
    assertRefused("select 'pg_authid'::regclass", true, "type regclass");
    assertRefused("select 'pg_sleep'::regproc", true, "regproc");
    assertRefused("select 1::pg_catalog.oid", true, "oid");
    GUARD.statement("select '1'::pg_catalog.int8, 'a'::text[], '1 day'::interval");
  }

  @Test
  void tokenizingProblemsAreReportedWithTheirPosition() {
    assertRefused("select 'abc", false, "unterminated quoted string at character 8");
    assertRefused("select \"abc", false, "unterminated quoted identifier");
    assertRefused("select 1 /* open", false, "unterminated /* comment");
    assertRefused("select $x$ abc", false, "unterminated dollar-quoted");
    assertRefused("select U&\"d\\0070_sleep\"(1)", false, "Unicode-escaped");
    assertRefused("select $1", false, "parameters");
  }

  @Test
  void thePlanNamesTheRelationsAndIsCheckedAgain() {
    Object plan =
        Json.parse(
            """
            [{"Plan": {"Node Type": "Aggregate", "Output": ["count(*)", "sum(t.\\"Jumlah\\")"],
              "Plans": [{"Node Type": "Hash Join", "Parent Relationship": "Outer",
                "Hash Cond": "(t.a = u.a)",
                "Plans": [
                  {"Node Type": "Seq Scan", "Relation Name": "r1", "Schema": "datastore",
                   "Alias": "pg_sleep", "Output": ["t.a", "(t.b)::numeric(10,2)"],
                   "Filter": "(t.d > '2024-01-01'::date)"},
                  {"Node Type": "Seq Scan", "Relation Name": "r2", "Schema": "datastore",
                   "Alias": "u", "Output": ["u.a", "$0"]}]}]}}]
            """);
    assertEquals(
        Set.of(new SqlGuard.Relation("datastore", "r1"), new SqlGuard.Relation("datastore", "r2")),
        GUARD.plan(plan));

    SqlRefusal system =
        assertThrows(
            SqlRefusal.class,
            () ->
                GUARD.plan(
                    Json.parse(
                        "[{\"Plan\": {\"Node Type\": \"Seq Scan\", \"Relation Name\":"
                            + " \"pg_authid\", \"Schema\": \"pg_catalog\"}}]")));
    assertTrue(system.denied());
    assertTrue(system.getMessage().contains("system tables"), system.getMessage());

    SqlRefusal catalogue =
        assertThrows(
            SqlRefusal.class,
            () ->
                GUARD.plan(
                    Json.parse(
                        "[{\"Plan\": {\"Node Type\": \"Seq Scan\", \"Relation Name\":"
                            + " \"user_account\", \"Schema\": \"public\"}}]")));
    assertTrue(catalogue.getMessage().contains("public.\"user_account\""), catalogue.getMessage());

    SqlRefusal sleep =
        assertThrows(
            SqlRefusal.class,
            () ->
                GUARD.plan(
                    Json.parse(
                        "[{\"Plan\": {\"Node Type\": \"Result\", \"Output\":"
                            + " [\"pg_sleep('60'::double precision)\"]}}]")));
    assertTrue(sleep.getMessage().contains("pg_sleep"), sleep.getMessage());

    SqlRefusal regclass =
        assertThrows(
            SqlRefusal.class,
            () ->
                GUARD.plan(
                    Json.parse(
                        "[{\"Plan\": {\"Node Type\": \"Result\", \"Output\":"
                            + " [\"'pg_authid'::regclass\"]}}]")));
    assertTrue(regclass.getMessage().contains("regclass"), regclass.getMessage());

    SqlRefusal modify =
        assertThrows(
            SqlRefusal.class,
            () ->
                GUARD.plan(
                    Json.parse(
                        "[{\"Plan\": {\"Node Type\": \"CTE Scan\", \"Plans\": [{\"Node Type\":"
                            + " \"ModifyTable\", \"Operation\": \"Delete\"}]}}]")));
    assertFalse(modify.denied());

    SqlRefusal functionScan =
        assertThrows(
            SqlRefusal.class,
            () ->
                GUARD.plan(
                    Json.parse(
                        "[{\"Plan\": {\"Node Type\": \"Function Scan\", \"Function Name\":"
                            + " \"lower\", \"Schema\": \"public\"}}]")));
    assertTrue(functionScan.getMessage().contains("public.lower"), functionScan.getMessage());
  }

  @Test
  void theBundledListHasTheUsualFunctionsAndNoDangerousOnes() {
    for (String f : List.of("count", "sum", "avg", "lower", "date_trunc", "generate_series")) {
      assertTrue(GUARD.allows(f), f);
    }
    for (String f :
        List.of(
            "pg_sleep",
            "set_config",
            "current_setting",
            "pg_read_file",
            "lo_import",
            "dblink",
            "query_to_xml",
            "txid_current")) {
      assertFalse(GUARD.allows(f), f);
    }
  }
}
