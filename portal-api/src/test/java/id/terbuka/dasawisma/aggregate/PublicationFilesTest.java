package id.terbuka.dasawisma.aggregate;

import static id.terbuka.dasawisma.aggregate.Households.KEPATIHAN;
import static id.terbuka.dasawisma.aggregate.Households.LUWIHAJI;
import static id.terbuka.dasawisma.aggregate.Households.REGIONS;
import static id.terbuka.dasawisma.aggregate.Households.SUGIHWARAS;
import static id.terbuka.dasawisma.aggregate.Households.in;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.opencsv.CSVReader;
import id.terbuka.dasawisma.domain.Household;
import id.terbuka.dasawisma.domain.SumberAir;
import id.terbuka.shared.Json;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class PublicationFilesTest {

  private static final Snapshot SNAPSHOT = Snapshot.monthly(2026, YearMonth.of(2026, 12));

  /** Luwihaji with 2 of 20 households in UP2K (withheld), Sugihwaras with 12, Kepatihan 15. */
  private static final PublicTables TABLES;

  static {
    List<Household> households = new ArrayList<>();
    households.addAll(in(LUWIHAJI).up2k().times(2));
    households.addAll(in(LUWIHAJI).times(18));
    households.addAll(in(SUGIHWARAS).up2k().water(SumberAir.SUMUR).times(12));
    households.addAll(in(KEPATIHAN).times(15));
    TABLES = PublicTables.compute(REGIONS, households);
  }

  @Test
  void theCsvHasTheColumnCodesAndAnEmptyCellWhereWithheld() throws Exception {
    String text = write(out -> PublicationFiles.indicatorsCsv(TABLES, PublicLevel.DESA, out));
    List<String[]> lines = new CSVReader(new StringReader(text)).readAll();

    List<String> header = List.of(lines.get(0));
    assertEquals(PublicationTable.INDIKATOR_DESA.columns(), header);
    assertEquals(
        List.of("kode", "nama", "level", "kode_induk", "rumah_tangga", "jumlah_kk"),
        header.subList(0, 6));
    assertTrue(text.contains("\r\n") && !text.replace("\r\n", "").contains("\n"), "CRLF only");
    assertEquals(TABLES.rows(PublicLevel.DESA).size() + 1, lines.size());

    PublishedRow luwihaji = TABLES.rows(PublicLevel.DESA).get(0);
    String[] cells = lines.get(1);
    assertEquals(LUWIHAJI, cells[0]);
    assertEquals("Luwihaji", cells[1]);
    assertEquals("20", cells[4]);
    assertTrue(luwihaji.withheld().contains("up2k"));
    for (int c = 5; c < header.size(); c++) {
      Long value = luwihaji.values().get(header.get(c));
      assertEquals(value == null ? "" : value.toString(), cells[c], header.get(c));
    }
    assertEquals("", cells[header.indexOf("up2k")]);
  }

  @Test
  void theJsonHasNullWhereWithheldAndTheWithheldList() {
    String text =
        write(out -> PublicationFiles.indicatorsJson(TABLES, PublicLevel.DESA, SNAPSHOT, out));
    Map<String, Object> document = Json.parseObject(text);

    assertEquals(2026L, document.get("tahun"));
    assertEquals("2026-12-01T00:00:00+07:00", document.get("snapshot"));
    assertEquals("indikator_desa", document.get("tabel"));
    assertEquals("desa", document.get("level"));
    assertEquals(PublicationTable.INDIKATOR_DESA.columns(), document.get("kolom"));
    List<?> rows = (List<?>) document.get("baris");
    assertEquals(3, rows.size());
    Map<?, ?> luwihaji = (Map<?, ?>) rows.get(0);
    assertEquals(LUWIHAJI, luwihaji.get("kode"));
    assertTrue(luwihaji.containsKey("up2k"));
    assertNull(luwihaji.get("up2k"));
    assertEquals(TABLES.rows(PublicLevel.DESA).get(0).withheld(), luwihaji.get("withheld"));
    assertTrue(((List<?>) luwihaji.get("withheld")).contains("up2k"));
    assertEquals(20L, luwihaji.get("makanan_pokok_beras"));
    Map<?, ?> kepatihan = (Map<?, ?>) rows.get(2);
    assertEquals(15L, kepatihan.get("rumah_tangga"));
    assertEquals(List.of(), kepatihan.get("withheld"));
  }

  @Test
  void theKecamatanFilesHaveTheSensitiveColumns() {
    Map<String, Object> document =
        Json.parseObject(
            write(
                out ->
                    PublicationFiles.indicatorsJson(TABLES, PublicLevel.KECAMATAN, SNAPSHOT, out)));
    assertTrue(((List<?>) document.get("kolom")).contains("ibu_hamil"));
    assertEquals(2, ((List<?>) document.get("baris")).size());
  }

  @Test
  void coverageFilesLeaveAMissingTargetEmptyOrNull() throws Exception {
    Coverage coverage = Coverage.compute(REGIONS, Map.of(LUWIHAJI, 20), Map.of(LUWIHAJI, 30));
    List<String[]> lines =
        new CSVReader(new StringReader(write(out -> PublicationFiles.coverageCsv(coverage, out))))
            .readAll();
    assertEquals(CoverageRow.COLUMNS, List.of(lines.get(0)));
    assertEquals(9, lines.size());
    assertEquals(
        List.of("35.22.01.2001", "Luwihaji", "desa", "35.22.01", "20", "30", "66.7"),
        List.of(lines.get(3)));
    assertEquals(
        List.of("35.22.01.2002", "Sugihwaras", "desa", "35.22.01", "0", "", ""),
        List.of(lines.get(4)));

    Map<String, Object> json =
        Json.parseObject(write(out -> PublicationFiles.coverageJson(coverage, SNAPSHOT, out)));
    assertEquals("cakupan", json.get("tabel"));
    assertTrue(!json.containsKey("level"));
    Map<?, ?> luwihaji = (Map<?, ?>) ((List<?>) json.get("baris")).get(2);
    assertEquals(new java.math.BigDecimal("66.7"), luwihaji.get("cakupan_persen"));
    Map<?, ?> sugihwaras = (Map<?, ?>) ((List<?>) json.get("baris")).get(3);
    assertTrue(sugihwaras.containsKey("target"));
    assertNull(sugihwaras.get("target"));
  }

  @Test
  void trendFilesHaveOneRowPerMonth() throws Exception {
    TreeMap<YearMonth, Integer> months = new TreeMap<>();
    months.put(YearMonth.of(2026, 1), 100);
    months.put(YearMonth.of(2026, 2), 300);
    CoverageTrend trend = CoverageTrend.of(months, 400);
    List<String[]> lines =
        new CSVReader(new StringReader(write(out -> PublicationFiles.trendCsv(trend, out))))
            .readAll();
    assertEquals(
        List.of("bulan", "rumah_tangga", "target", "cakupan_persen"), List.of(lines.get(0)));
    assertEquals(List.of("2026-02", "300", "400", "75.0"), List.of(lines.get(2)));
    Map<String, Object> json =
        Json.parseObject(write(out -> PublicationFiles.trendJson(trend, SNAPSHOT, out)));
    assertEquals("cakupan_bulanan", json.get("tabel"));
    assertEquals(
        Map.of(
            "bulan",
            "2026-01",
            "rumah_tangga",
            100L,
            "target",
            400L,
            "cakupan_persen",
            new java.math.BigDecimal("25.0")),
        ((List<?>) json.get("baris")).get(0));
  }

  @Test
  void aValueWithACommaOrQuoteIsQuotedAndReadsBack() throws Exception {
    List<Map<String, Object>> rows = List.of(Map.of("a", "Desa \"Baru\", Utara", "b", 1));
    String text = write(out -> PublicationFiles.writeCsv(List.of("a", "b"), rows, out));
    assertEquals("a,b\r\n\"Desa \"\"Baru\"\", Utara\",1\r\n", text);
    assertEquals("Desa \"Baru\", Utara", new CSVReader(new StringReader(text)).readAll().get(1)[0]);
  }

  static String write(Consumer<ByteArrayOutputStream> writer) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.accept(out);
    return out.toString(StandardCharsets.UTF_8);
  }
}
