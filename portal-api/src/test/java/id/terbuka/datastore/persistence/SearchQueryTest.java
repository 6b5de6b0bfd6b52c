package id.terbuka.datastore.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.datastore.domain.RecordWriter;
import id.terbuka.datastore.domain.RecordsFormat;
import id.terbuka.datastore.domain.SearchRequest;
import id.terbuka.datastore.domain.TableField;
import id.terbuka.shared.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchQueryTest {
  private static final String RID = "0b7a6c1e-0000-4000-8000-000000000001";
  private static final List<TableField> COLUMNS =
      List.of(
          new TableField("Kecamatan", "text"),
          new TableField("Jumlah \"Penduduk\"", "int8"),
          new TableField("Tanggal", "date"));

  private static SearchQuery query(Object... keyValues) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("resource_id", RID);
    for (int i = 0; i < keyValues.length; i += 2) {
      params.put((String) keyValues[i], keyValues[i + 1]);
    }
    return SearchQuery.of(RID, SearchRequest.parse(params), COLUMNS);
  }

  @Test
  void everyIdentifierIsQuotedAndEveryValueBound() {
    SearchQuery q =
        query(
            "fields", "Kecamatan,Jumlah \"Penduduk\"",
            "sort", "\"Jumlah \"\"Penduduk\"\"\" desc, Kecamatan",
            "filters", "{\"Kecamatan\": [\"A\", \"B\"], \"Tanggal\": \"2024-01-01\"}");
    assertEquals(
        "select \"Kecamatan\", \"Jumlah \"\"Penduduk\"\"\" from datastore.\""
            + RID
            + "\" where \"Kecamatan\" in (cast(? as text), cast(? as text))"
            + " and \"Tanggal\" = cast(? as date)"
            + " order by \"Jumlah \"\"Penduduk\"\"\" desc, \"Kecamatan\", \"_id\""
            + " limit ? offset ?",
        q.select());
    assertEquals(List.of("A", "B", "2024-01-01"), q.values());
  }

  @Test
  void defaultsSelectEverythingInRowOrder() {
    SearchQuery q = query();
    assertEquals(4, q.selected().size());
    assertTrue(q.select().endsWith(" order by \"_id\" limit ? offset ?"), q.select());
  }

  @Test
  void unknownColumnsAreValidationErrorsNamingThem() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                query(
                    "fields", "Kecamatan\"; drop table x; --",
                    "sort", "1; select pg_sleep(10)",
                    "filters", Map.of("x\" or 1=1 --", "a")));
    assertEquals(
        List.of("field \"Kecamatan\"; drop table x; --\" not in table"), e.errors().get("fields"));
    assertTrue(e.errors().containsKey("sort"));
    assertTrue(e.errors().containsKey("filters"));
  }

  @Test
  void limitsAreCheckedAndCapped() {
    Map<String, Object> params = new LinkedHashMap<>(Map.of("resource_id", RID, "limit", "99999"));
    assertEquals(32_000, SearchRequest.parse(params).limit());
    params.put("offset", "-1");
    assertThrows(InvalidInputException.class, () -> SearchRequest.parse(params));
  }

  @Test
  void fullTextMatchesTheStoredVectorAndRanksBestFirst() {
    SearchQuery q = query("q", "padi sawah");
    assertTrue(
        q.select()
            .contains(
                " where \"_full_text\" @@ plainto_tsquery('indonesian'::regconfig, ?)"
                    + " order by ts_rank(\"_full_text\", plainto_tsquery('indonesian'::regconfig, ?))"
                    + " desc, \"_id\""),
        q.select());
    assertEquals(List.of("padi sawah", "padi sawah"), q.values());
    assertEquals(List.of("padi sawah"), q.whereValues());
    assertTrue(q.narrowed());
  }

  @Test
  void theStoredVectorIsGeneratedFromTextAndNumberColumns() {
    List<String> ddl = FullText.build("datastore.\"t\"", "t_fts", COLUMNS);
    assertEquals(
        List.of(
            "alter table datastore.\"t\" add column \"_full_text\" tsvector generated always as"
                + " (to_tsvector('indonesian'::regconfig, coalesce(\"Kecamatan\", '') || ' ' ||"
                + " coalesce(\"Jumlah \"\"Penduduk\"\"\"::text, ''))) stored",
            "create index \"t_fts\" on datastore.\"t\" using gin (\"_full_text\")"),
        ddl);
    // Another language has no stored vector: the expression is computed per row.
    assertTrue(
        query("q", "rice", "language", "english")
            .select()
            .contains(" where to_tsvector('english'::regconfig, coalesce(\"Kecamatan\", '')"));
  }

  @Test
  void languageComesFromAFixedList() {
    assertTrue(query("q", "rice", "language", "english").select().contains("'english'"));
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> query("q", "x", "language", "english'::regconfig, 'x')) --"));
    assertTrue(e.errors().containsKey("language"));
  }

  @Test
  void qPerColumnAndTsquerySyntax() {
    SearchQuery q = query("q", "{\"Kecamatan\": \"ngraho\"}", "plain", "false");
    assertTrue(
        q.select()
            .contains(
                "to_tsvector('indonesian'::regconfig, coalesce(\"Kecamatan\", ''))"
                    + " @@ to_tsquery('indonesian'::regconfig, ?)"),
        q.select());
    assertEquals(List.of("ngraho"), q.values());
    assertThrows(InvalidInputException.class, () -> query("q", "{\"nope\": \"x\"}"));
  }

  @Test
  void distinctOrdersBySelectedColumnsAndCountsDistinctRows() {
    SearchQuery q = query("fields", "Kecamatan", "distinct", "true");
    assertEquals(
        "select distinct \"Kecamatan\" from datastore.\""
            + RID
            + "\" order by \"Kecamatan\" limit ? offset ?",
        q.select());
    assertEquals(
        "select count(*) from (select distinct \"Kecamatan\" from datastore.\"" + RID + "\") d",
        q.count());
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> query("fields", "Kecamatan", "distinct", "true", "sort", "Tanggal"));
    assertTrue(e.errors().containsKey("sort"));
  }

  @Test
  void recordsFormatsAreCkans() {
    List<TableField> fields = List.of(new TableField("a", "text"), new TableField("b", "int8"));
    RecordWriter csv = RecordWriter.of(RecordsFormat.CSV, fields);
    csv.add(new Object[] {"x, \"y\"", 1L});
    csv.add(new Object[] {null, 2L});
    assertEquals("\"x, \"\"y\"\"\",1\r\n,2\r\n", csv.result());
    RecordWriter lists = RecordWriter.of(RecordsFormat.LISTS, fields);
    lists.add(new Object[] {"x", 1L});
    assertEquals(List.of(List.of("x", 1L)), lists.result());
    assertThrows(
        InvalidInputException.class,
        () -> SearchRequest.parse(Map.of("resource_id", RID, "records_format", "xml")));
  }

  @Test
  void veryWideTablesAreSearchedWithoutAStoredVector() {
    List<TableField> wide = new java.util.ArrayList<>();
    for (int i = 0; i <= FullText.MAX_INDEXED_COLUMNS; i++) {
      wide.add(new TableField("k" + i, "text"));
    }
    assertEquals(List.of(), FullText.build("datastore.\"t\"", "t_fts", wide));
    assertTrue(FullText.vector(wide, "indonesian").startsWith("to_tsvector("));
    assertEquals("\"_full_text\"", FullText.vector(wide.subList(0, 100), "indonesian"));
    assertEquals(null, FullText.vector(List.of(new TableField("d", "date")), "indonesian"));
  }

  @Test
  void onlyTheWholeTableInRowOrderIsPagedByRowNumber() {
    SearchQuery all = query("fields", "Kecamatan");
    assertTrue(all.inRowOrder());
    assertEquals(
        "select \"Kecamatan\" from datastore.\""
            + RID
            + "\" where \"_id\" > ? order by \"_id\" limit ?",
        all.selectAfterRowNumber());
    assertTrue(query("sort", "_id").inRowOrder());
    assertEquals(false, query("sort", "_id desc").inRowOrder());
    assertEquals(false, query("sort", "Kecamatan").inRowOrder());
    assertEquals(false, query("filters", "{\"Kecamatan\": \"A\"}").inRowOrder());
    assertEquals(false, query("q", "padi").inRowOrder());
  }
}
