package id.terbuka.dasawisma.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.opencsv.CSVReader;
import id.terbuka.dasawisma.domain.Indicators;
import id.terbuka.shared.Json;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DataDictionaryTest {

  @ParameterizedTest
  @ValueSource(strings = {"id", "en"})
  void everyColumnOfEveryTableIsDescribed(String language) {
    List<DataDictionary.Entry> entries = DataDictionary.entries(language);
    for (PublicationTable table : PublicationTable.values()) {
      List<String> expected = new ArrayList<>(table.columns());
      if (table.level() != null) {
        expected.add("withheld");
      }
      assertEquals(
          expected,
          entries.stream().filter(e -> e.table().equals(table.code())).map(e -> e.code()).toList());
    }
    for (DataDictionary.Entry entry : entries) {
      assertFalse(entry.name().isBlank(), entry.code());
      assertFalse(entry.definition().isBlank(), entry.code());
      assertFalse(entry.classification().isBlank(), entry.code());
      assertFalse(entry.levels().isEmpty(), entry.code());
    }
  }

  @Test
  void indicatorsCarryTheirThresholdAndLevels() {
    DataDictionary.Entry ibuHamil = entry("id", "indikator_kecamatan", "ibu_hamil");
    assertEquals(5, ibuHamil.minimumCount());
    assertEquals(List.of("kecamatan", "kabupaten"), ibuHamil.levels());
    assertEquals(Indicators.find("ibu_hamil").orElseThrow().name("id"), ibuHamil.name());
    DataDictionary.Entry up2k = entry("en", "indikator_desa", "up2k");
    assertEquals(3, up2k.minimumCount());
    assertEquals(List.of("desa", "kecamatan", "kabupaten"), up2k.levels());
    assertEquals(Indicators.find("up2k").orElseThrow().name("en"), up2k.name());
  }

  @Test
  void householdsAndCoverageColumnsAreNeverWithheld() {
    DataDictionary.Entry households = entry("en", "indikator_desa", "rumah_tangga");
    assertNull(households.minimumCount());
    assertEquals("always published (never withheld)", households.classification());
    assertEquals(Indicators.find("rumah_tangga").orElseThrow().name("en"), households.name());
    assertNull(entry("id", "cakupan", "cakupan_persen").minimumCount());
    assertEquals(
        List.of("desa", "kecamatan", "kabupaten"), entry("id", "cakupan", "target").levels());
    assertEquals(List.of("kabupaten"), entry("id", "cakupan_bulanan", "bulan").levels());
    assertNotEquals(
        entry("id", "cakupan", "target").name(), entry("en", "cakupan", "target").name());
  }

  @Test
  void theCsvReadsBackEntryByEntry() throws Exception {
    String text = PublicationFilesTest.write(out -> DataDictionary.csv("id", out));
    List<String[]> lines = new CSVReader(new StringReader(text)).readAll();
    assertEquals(DataDictionary.COLUMNS, List.of(lines.get(0)));
    List<DataDictionary.Entry> entries = DataDictionary.entries("id");
    assertEquals(entries.size() + 1, lines.size());
    for (int i = 0; i < entries.size(); i++) {
      DataDictionary.Entry entry = entries.get(i);
      String[] cells = lines.get(i + 1);
      assertEquals(entry.table(), cells[0]);
      assertEquals(entry.code(), cells[1]);
      assertEquals(entry.definition(), cells[3]);
      assertEquals(String.join(";", entry.levels()), cells[7]);
      assertEquals(entry.minimumCount() == null ? "" : entry.minimumCount().toString(), cells[8]);
    }
  }

  @Test
  void theJsonGroupsColumnsByTable() {
    Map<String, Object> json =
        Json.parseObject(PublicationFilesTest.write(out -> DataDictionary.json("en", out)));
    assertEquals("en", json.get("language"));
    List<?> tables = (List<?>) json.get("tables");
    assertEquals(PublicationTable.values().length, tables.size());
    Map<?, ?> desa = (Map<?, ?>) tables.get(0);
    assertEquals("indikator_desa", desa.get("table"));
    List<?> columns = (List<?>) desa.get("columns");
    Map<?, ?> kode = (Map<?, ?>) columns.get(0);
    assertEquals("kode", kode.get("code"));
    assertTrue(kode.containsKey("minimum_count"));
    assertNull(kode.get("minimum_count"));
    Map<?, ?> jumlahKk = (Map<?, ?>) columns.get(5);
    assertEquals("jumlah_kk", jumlahKk.get("code"));
    assertEquals(3L, jumlahKk.get("minimum_count"));
    assertEquals(List.of("desa", "kecamatan", "kabupaten"), jumlahKk.get("levels"));
  }

  private static DataDictionary.Entry entry(String language, String table, String code) {
    return DataDictionary.entries(language).stream()
        .filter(e -> e.table().equals(table) && e.code().equals(code))
        .findFirst()
        .orElseThrow();
  }
}
