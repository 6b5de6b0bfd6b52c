package id.terbuka.web;

import static id.terbuka.web.ItSupport.map;
import static id.terbuka.web.ItSupport.ok;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.shared.Json;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * DataStore dumps through the deployed WAR: the exact bytes of CSV (with and without BOM) and TSV,
 * CKAN's JSON and XML shapes, an XLSX read back, formula-like text neutralised where spreadsheets
 * would run it, the search parameters applied, bad parameters refused before streaming, and private
 * tables staying private.
 */
@ExtendWith(SharedPortal.class)
class DataStoreDumpIT {

  /** Text that spreadsheets would run as formulas, a negative number, non-ASCII text. */
  private static final byte[] TABLE =
      ("Nama,Jumlah,Catatan\n"
              + "Kota,10,=SUM(A1)\n"
              + "Desa A,-5,+62 812\n"
              + "Desa B,7,-abc\n"
              + "Bojonegoro – Ngraho,3,@x\n")
          .getBytes(StandardCharsets.UTF_8);

  private static final String CSV =
      "_id,Nama,Jumlah,Catatan\n"
          + "1,Kota,10,'=SUM(A1)\n"
          + "2,Desa A,-5,'+62 812\n"
          + "3,Desa B,7,'-abc\n"
          + "4,Bojonegoro – Ngraho,3,'@x\n";

  @SharedPortal.Base URL base;

  private Http http;

  private PublisherSetup setup;
  private String editor;
  private String outsider;

  /** One public table shared by the read-only tests. */
  private String table;

  @BeforeEach
  void setUp() {
    http = new Http(base.toString());
    setup = PublisherSetup.once(DataStoreDumpIT.class, http, "dump");
    editor = setup.editor();
    outsider = setup.outsider();
    table = setup.sharedTable(http, "tabel.csv", TABLE);
  }

  private String dataset(boolean isPrivate) {
    return setup.dataset(http, isPrivate);
  }

  private String upload(String pkg, String filename, byte[] bytes) {
    return (String) setup.upload(http, pkg, filename, bytes).get("id");
  }

  private String activeTable(String pkg) {
    return (String) setup.activeTable(http, pkg, "tabel.csv", TABLE).get("id");
  }

  private HttpResponse<byte[]> dump(String token, String rid, String... keyValues) {
    StringJoiner q = new StringJoiner("&");
    for (int i = 0; i < keyValues.length; i += 2) {
      q.add(keyValues[i] + "=" + URLEncoder.encode(keyValues[i + 1], StandardCharsets.UTF_8));
    }
    String path = "/datastore/dump/" + rid + (keyValues.length == 0 ? "" : "?" + q);
    return http.getBytes(path, token == null ? Map.of() : Map.of("Authorization", token));
  }

  private static String text(HttpResponse<byte[]> r) {
    return new String(r.body(), StandardCharsets.UTF_8);
  }

  private static String header(HttpResponse<?> r, String name) {
    return r.headers().firstValue(name).orElse(null);
  }

  private static void assertFile(HttpResponse<byte[]> r, String rid, String ext, String type) {
    assertEquals(200, r.statusCode(), () -> new String(r.body(), StandardCharsets.UTF_8));
    assertEquals(
        type.replace(" ", "").toLowerCase(Locale.ROOT),
        header(r, "Content-Type").replace(" ", "").toLowerCase(Locale.ROOT));
    assertEquals(
        "attachment; filename=\"" + rid + "." + ext + "\"", header(r, "Content-Disposition"));
    assertTrue(r.headers().firstValue("Content-Length").isEmpty(), "streamed: no Content-Length");
  }

  /** A refused dump: status, CKAN-like JSON error, no file. */
  private static Map<String, Object> refused(HttpResponse<byte[]> r, int status, String type) {
    assertEquals(status, r.statusCode(), () -> new String(r.body(), StandardCharsets.UTF_8));
    assertTrue(header(r, "Content-Type").startsWith("application/json"), header(r, "Content-Type"));
    assertTrue(header(r, "Content-Disposition") == null);
    Map<String, Object> body = map(Json.parse(text(r)));
    assertEquals(Boolean.FALSE, body.get("success"));
    Map<String, Object> error = map(body.get("error"));
    assertEquals(type, error.get("__type"), error.toString());
    return error;
  }

  // ---------------------------------------------------------------- formats

  @Test
  void csvIsCopiedWithTextFormulasNeutralisedAndNumbersUntouched() {
    HttpResponse<byte[]> r = dump(null, table);
    assertFile(r, table, "csv", "text/csv; charset=utf-8");
    assertArrayEquals(CSV.getBytes(StandardCharsets.UTF_8), r.body(), text(r));

    HttpResponse<byte[]> same = dump(null, table, "format", "csv", "bom", "false");
    assertArrayEquals(CSV.getBytes(StandardCharsets.UTF_8), same.body());
  }

  @Test
  void csvWithBomStartsWithTheUtf8Bom() {
    HttpResponse<byte[]> r = dump(null, table, "format", "csv", "bom", "true");
    assertFile(r, table, "csv", "text/csv; charset=utf-8");
    byte[] body = CSV.getBytes(StandardCharsets.UTF_8);
    byte[] expected = new byte[body.length + 3];
    expected[0] = (byte) 0xEF;
    expected[1] = (byte) 0xBB;
    expected[2] = (byte) 0xBF;
    System.arraycopy(body, 0, expected, 3, body.length);
    assertArrayEquals(expected, r.body(), text(r));
  }

  @Test
  void tsvIsTabSeparated() {
    HttpResponse<byte[]> r = dump(null, table, "format", "tsv");
    assertFile(r, table, "tsv", "text/tab-separated-values; charset=utf-8");
    assertEquals(CSV.replace(',', '\t'), text(r));
  }

  @Test
  void jsonIsCkansFieldsAndRecordLists() {
    HttpResponse<byte[]> r = dump(null, table, "format", "json");
    assertFile(r, table, "json", "application/json; charset=utf-8");
    assertEquals(
        "{\n  \"fields\": [{\"id\":\"_id\",\"type\":\"int\"},{\"id\":\"Nama\",\"type\":\"text\"},"
            + "{\"id\":\"Jumlah\",\"type\":\"int8\"},{\"id\":\"Catatan\",\"type\":\"text\"}],\n"
            + "  \"records\": [\n"
            + "    [1,\"Kota\",10,\"=SUM(A1)\"],\n"
            + "    [2,\"Desa A\",-5,\"+62 812\"],\n"
            + "    [3,\"Desa B\",7,\"-abc\"],\n"
            + "    [4,\"Bojonegoro – Ngraho\",3,\"@x\"]\n"
            + "]}\n",
        text(r));
  }

  @Test
  void xmlIsCkansDataAndRows() {
    HttpResponse<byte[]> r = dump(null, table, "format", "xml", "fields", "_id,Nama,Catatan");
    assertFile(r, table, "xml", "text/xml; charset=utf-8");
    assertEquals(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<data xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n"
            + "<row _id=\"1\"><Nama>Kota</Nama><Catatan>=SUM(A1)</Catatan></row>\n"
            + "<row _id=\"2\"><Nama>Desa A</Nama><Catatan>+62 812</Catatan></row>\n"
            + "<row _id=\"3\"><Nama>Desa B</Nama><Catatan>-abc</Catatan></row>\n"
            + "<row _id=\"4\"><Nama>Bojonegoro – Ngraho</Nama><Catatan>@x</Catatan></row>\n"
            + "</data>\n",
        text(r));
  }

  @Test
  void xlsxHasTypedCellsAndNeutralisedText() throws IOException {
    HttpResponse<byte[]> r = dump(null, table, "format", "xlsx");
    assertFile(
        r, table, "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(r.body()))) {
      assertEquals(1L, wb.getSheets().count(), "no note sheet: nothing was cut");
      List<Row> rows = wb.getFirstSheet().read();
      assertEquals(5, rows.size());
      assertEquals(List.of("_id", "Nama", "Jumlah", "Catatan"), cells(rows.get(0)));
      assertEquals(List.of("1", "Kota", "10", "'=SUM(A1)"), cells(rows.get(1)));
      assertEquals(List.of("2", "Desa A", "-5", "'+62 812"), cells(rows.get(2)));
      assertEquals(List.of("3", "Desa B", "7", "'-abc"), cells(rows.get(3)));
      assertEquals(List.of("4", "Bojonegoro – Ngraho", "3", "'@x"), cells(rows.get(4)));
      Row desaA = rows.get(2);
      assertEquals(CellType.NUMBER, desaA.getCell(0).getType());
      assertEquals(CellType.NUMBER, desaA.getCell(2).getType());
      assertEquals(0, new BigDecimal("-5").compareTo(desaA.getCellAsNumber(2).orElseThrow()));
      for (Row row : rows) {
        assertEquals(CellType.STRING, row.getCell(1).getType());
        assertEquals(CellType.STRING, row.getCell(3).getType(), "neutralised cells are text");
      }
    }
  }

  private static List<String> cells(Row row) {
    return row.stream().map(c -> c.getText()).toList();
  }

  @Test
  void headChecksWithoutSendingRows() throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    HttpResponse<byte[]> ok =
        client.send(
            HttpRequest.newBuilder(
                    URI.create(http.base() + "/datastore/dump/" + table + "?format=xml"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, ok.statusCode());
    assertEquals("attachment; filename=\"" + table + ".xml\"", header(ok, "Content-Disposition"));
    assertEquals(0, ok.body().length);
    HttpResponse<byte[]> bad =
        client.send(
            HttpRequest.newBuilder(
                    URI.create(http.base() + "/datastore/dump/" + table + "?fields=Luas"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(400, bad.statusCode());
  }

  // ---------------------------------------------------------------- parameters

  @Test
  void filtersFieldsSortLimitAndOffsetApply() {
    String[] params = {
      "filters", "{\"Nama\": [\"Kota\", \"Desa A\", \"Desa B\"]}",
      "fields", "Nama,Jumlah",
      "sort", "Jumlah desc",
      "limit", "2",
      "offset", "1"
    };
    HttpResponse<byte[]> csv = dump(null, table, params);
    assertEquals("Nama,Jumlah\nDesa B,7\nDesa A,-5\n", text(csv));

    String[] json = new String[params.length + 2];
    System.arraycopy(params, 0, json, 0, params.length);
    json[params.length] = "format";
    json[params.length + 1] = "json";
    assertTrue(
        text(dump(null, table, json))
            .endsWith("\"records\": [\n    [\"Desa B\",7],\n    [\"Desa A\",-5]\n]}\n"),
        text(dump(null, table, json)));

    // A number filter through COPY's bound settings; a hostile value is only a value.
    assertEquals(
        "Nama\nDesa A\n", text(dump(null, table, "filters", "{\"Jumlah\": -5}", "fields", "Nama")));
    assertEquals(
        "Nama\n",
        text(dump(null, table, "filters", "{\"Nama\": \"x' or '1'='1\"}", "fields", "Nama")));
    assertEquals("_id\n", text(dump(null, table, "fields", "_id", "limit", "0")));
  }

  @Test
  void badParametersAre400BeforeAnyByte() {
    Map<String, Object> e =
        refused(dump(null, table, "fields", "Nama,Luas"), 400, "Validation Error");
    assertEquals(List.of("field \"Luas\" not in table"), e.get("fields"));
    e = refused(dump(null, table, "sort", "Luas desc", "format", "json"), 400, "Validation Error");
    assertEquals(List.of("field \"Luas\" not in table"), e.get("sort"));
    e =
        refused(
            dump(null, table, "filters", "{\"Luas\": 1}", "format", "xlsx"),
            400,
            "Validation Error");
    assertEquals(List.of("field \"Luas\" not in table"), e.get("filters"));
    e = refused(dump(null, table, "format", "pdf"), 400, "Validation Error");
    assertEquals(
        List.of("Unknown format \"pdf\": one of csv, tsv, json, xml, xlsx"), e.get("format"));
    e = refused(dump(null, table, "limit", "-1", "bom", "kadang"), 400, "Validation Error");
    assertEquals(List.of("Must be a natural number"), e.get("limit"));
    assertEquals(List.of("Value must be one of: true, false"), e.get("bom"));
    // A value the column cannot hold: refused by PostgreSQL, still before the first byte.
    for (String format : List.of("csv", "json")) {
      e =
          refused(
              dump(null, table, "filters", "{\"Jumlah\": \"banyak\"}", "format", format),
              400,
              "Validation Error");
      assertTrue(e.get("filters").toString().contains("Invalid value"), e.toString());
    }
    refused(dump(null, "tidak-ada"), 404, "Not Found Error");
    String text =
        upload(dataset(false), "catatan.txt", "bukan tabel".getBytes(StandardCharsets.UTF_8));
    refused(dump(editor, text), 404, "Not Found Error");
  }

  // ---------------------------------------------------------------- access

  @Test
  void aPrivateDatasetsDumpIsOnlyForItsEditors() {
    String rid = activeTable(dataset(true));
    Map<String, Object> e = refused(dump(null, rid), 403, "Authorization Error");
    assertFalse(e.toString().contains("Kota"));
    refused(dump(outsider, rid, "format", "json"), 403, "Authorization Error");
    refused(dump("not-a-token", rid, "format", "xlsx"), 403, "Authorization Error");

    HttpResponse<byte[]> r = dump(editor, rid);
    assertFile(r, rid, "csv", "text/csv; charset=utf-8");
    assertEquals(CSV, text(r));
    assertEquals("private, no-store", header(r, "Cache-Control"));
  }
}
