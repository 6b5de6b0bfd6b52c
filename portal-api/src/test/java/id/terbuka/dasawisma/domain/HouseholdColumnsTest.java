package id.terbuka.dasawisma.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.imports.domain.ColumnSpec;
import id.terbuka.imports.template.TemplateColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HouseholdColumnsTest {

  @Test
  void theIssuesThirtyOneColumnsInOrderAllRequired() {
    assertEquals(
        List.of(
            "tahun",
            "kode_desa",
            "dusun",
            "rw",
            "rt",
            "kelompok_dasawisma",
            "id_keluarga",
            "jumlah_kk",
            "anggota_l",
            "anggota_p",
            "balita_l",
            "balita_p",
            "pus",
            "wus",
            "ibu_hamil",
            "ibu_menyusui",
            "lansia",
            "buta_huruf_l",
            "buta_huruf_p",
            "berkebutuhan_khusus",
            "kriteria_rumah",
            "tempat_sampah",
            "spal",
            "jamban",
            "sumber_air",
            "stiker_p4k",
            "makanan_pokok",
            "up2k",
            "pemanfaatan_pekarangan",
            "industri_rumah_tangga",
            "kesehatan_lingkungan"),
        HouseholdColumns.names());
    assertTrue(HouseholdColumns.all().stream().allMatch(ColumnSpec::required));
  }

  @Test
  void theExampleRowFillsEveryColumnInOrder() {
    assertEquals(HouseholdColumns.names(), new ArrayList<>(HouseholdColumns.exampleRow().keySet()));
    assertTrue(HouseholdColumns.exampleRow().values().stream().noneMatch(String::isBlank));
  }

  @Test
  void closedVocabulariesForTheDropDowns() {
    Map<String, List<String>> v = HouseholdColumns.vocabularies();
    assertEquals(List.of("sehat", "kurang_sehat"), v.get("kriteria_rumah"));
    assertEquals(List.of("pdam", "sumur", "sungai", "lainnya"), v.get("sumber_air"));
    assertEquals(List.of("beras", "non_beras"), v.get("makanan_pokok"));
    for (String column : HouseholdColumns.YES_NO) {
      assertEquals(List.of("ya", "tidak"), v.get(column), column);
    }
    assertEquals(3 + HouseholdColumns.YES_NO.size(), v.size());
  }

  @Test
  void theTemplateColumnsTakeTheExampleAndTheVocabularies() {
    List<TemplateColumn> columns =
        TemplateColumn.of(
            HouseholdColumns.all(), HouseholdColumns.exampleRow(), HouseholdColumns.vocabularies());
    assertEquals(31, columns.size());
    TemplateColumn air = columns.get(HouseholdColumns.names().indexOf("sumber_air"));
    assertEquals("sumur", air.example());
    assertEquals(SumberAir.codes(), air.allowed());
    assertEquals(List.of(), columns.get(0).allowed());
  }

  @Test
  void everyExampleValueIsInItsVocabulary() {
    Map<String, String> example = HouseholdColumns.exampleRow();
    HouseholdColumns.vocabularies()
        .forEach((column, allowed) -> assertTrue(allowed.contains(example.get(column)), column));
  }
}
