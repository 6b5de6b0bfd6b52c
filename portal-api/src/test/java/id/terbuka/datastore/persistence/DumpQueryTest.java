package id.terbuka.datastore.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.datastore.domain.DumpRequest;
import id.terbuka.datastore.domain.TableField;
import id.terbuka.datastore.dump.DumpColumn;
import id.terbuka.datastore.dump.DumpFormat;
import id.terbuka.shared.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DumpQueryTest {
  private static final String RID = "0b7a6c1e-0000-4000-8000-000000000001";
  private static final List<TableField> COLUMNS =
      List.of(
          new TableField("Nama?", "text"),
          new TableField("Jumlah", "int8"),
          new TableField("Aktif", "bool"));

  private static DumpRequest request(Object... keyValues) {
    Map<String, Object> params = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      params.put((String) keyValues[i], keyValues[i + 1]);
    }
    return DumpRequest.parse(RID, params);
  }

  private static DumpQuery query(DumpRequest r) {
    return new DumpQuery(SearchQuery.of(RID, r.search(), COLUMNS), r.limit(), r.offset());
  }

  @Test
  void theCursorQueryIsTheSearchWithoutItsPage() {
    DumpQuery q =
        query(request("filters", "{\"Jumlah\": [1, 2]}", "sort", "Jumlah desc", "limit", "50000"));
    assertEquals(
        "select \"_id\", \"Nama?\", \"Jumlah\", \"Aktif\" from datastore.\""
            + RID
            + "\" where \"Jumlah\" in (cast(? as int8), cast(? as int8))"
            + " order by \"Jumlah\" desc, \"_id\" limit 50000",
        q.select());
    assertEquals(List.of("1", "2"), q.values());
    assertEquals(
        List.of(
            new DumpColumn("_id", "int"),
            new DumpColumn("Nama?", "text"),
            new DumpColumn("Jumlah", "int8"),
            new DumpColumn("Aktif", "bool")),
        q.columns());
  }

  @Test
  void copyReadsValuesFromSettingsAndGuardsText() {
    DumpQuery q =
        query(
            request(
                "filters",
                "{\"Nama?\": \"x' or '1'='1\", \"Jumlah\": 5}",
                "fields",
                "Nama?,Aktif",
                "offset",
                "10"));
    String g = "\"Nama?\"";
    assertEquals(
        "copy (select case when ascii("
            + g
            + ") in (61, 43, 45, 64, 9, 13) then '''' || "
            + g
            + " else "
            + g
            + " end, cast(\"Aktif\" as text) from datastore.\""
            + RID
            + "\" where \"Nama?\" = cast((select current_setting('terbuka_dump.v1')) as text)"
            + " and \"Jumlah\" = cast((select current_setting('terbuka_dump.v2')) as int8)"
            + " order by \"_id\" offset 10) to stdout with (format csv)",
        q.copy(DumpFormat.CSV));
    assertEquals(List.of("x' or '1'='1", "5"), q.values(), "values never enter the SQL text");
    assertTrue(q.copy(DumpFormat.TSV).endsWith("with (format csv, delimiter E'\\t')"));
  }

  @Test
  void placeholdersInsideQuotesAreNotParameters() {
    assertEquals(
        "select \"a?\" where 'b?' = $1 and \"c\"\"?\" = $2",
        DumpQuery.substitute("select \"a?\" where 'b?' = ? and \"c\"\"?\" = ?", 2, i -> "$" + i));
    assertThrows(IllegalStateException.class, () -> DumpQuery.substitute("? ?", 1, i -> ""));
  }

  @Test
  void parametersAreCheckedTogether() {
    DumpRequest r = request();
    assertEquals(DumpFormat.CSV, r.format());
    assertEquals(null, r.limit());
    assertEquals(0, r.offset());
    assertEquals(false, r.bom());
    DumpRequest x = request("format", "XLSX", "bom", "true", "limit", "5000000000");
    assertEquals(DumpFormat.XLSX, x.format());
    assertEquals(5_000_000_000L, x.limit());
    assertTrue(x.bom());

    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                request(
                    "format", "pdf", "bom", "maybe", "limit", "-1", "offset", "x", "sort", "[1]"));
    assertEquals(
        List.of("Unknown format \"pdf\": one of csv, tsv, json, xml, xlsx"),
        e.errors().get("format"));
    assertEquals(List.of("Value must be one of: true, false"), e.errors().get("bom"));
    assertEquals(List.of("Must be a natural number"), e.errors().get("limit"));
    assertEquals(List.of("Invalid integer"), e.errors().get("offset"));
    assertTrue(e.errors().containsKey("sort"), e.errors().toString());
  }

  @Test
  void unknownColumnsAreValidationErrors() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> query(request("fields", "Luas", "sort", "Nope", "filters", "{\"X\": 1}")));
    assertEquals(List.of("field \"Luas\" not in table"), e.errors().get("fields"));
    assertEquals(List.of("field \"Nope\" not in table"), e.errors().get("sort"));
    assertEquals(List.of("field \"X\" not in table"), e.errors().get("filters"));
  }
}
