package id.terbuka.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.dasawisma.aggregate.PublicationTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DasaWismaFiguresTest {

  @Test
  void everyPublishedIndicatorHasAGroupAndSensitiveOnesAreTogether() {
    for (PublicationTable table :
        List.of(
            PublicationTable.INDIKATOR_DESA,
            PublicationTable.INDIKATOR_KECAMATAN,
            PublicationTable.INDIKATOR_KABUPATEN)) {
      for (String column : table.columns()) {
        if (!List.of("kode", "nama", "level", "kode_induk").contains(column)) {
          assertFalse(DasaWismaFigures.OTHER.equals(DasaWismaFigures.groupOf(column)), column);
        }
      }
    }
    assertEquals(DasaWismaFigures.SENSITIVE, DasaWismaFigures.groupOf("ibu_hamil"));
    assertEquals(DasaWismaFigures.SENSITIVE, DasaWismaFigures.groupOf("stiker_p4k"));
    assertEquals("air", DasaWismaFigures.groupOf("sumber_air_pdam"));
    assertEquals(DasaWismaFigures.OTHER, DasaWismaFigures.groupOf("indikator_baru"));
  }

  @Test
  void aRowKeepsItsPublishedValuesAndWithheldCellsStayWithheldNeverZero() {
    Map<String, Object> row = row(PublicationTable.INDIKATOR_KECAMATAN);
    row.put("ibu_hamil", null);
    row.put("sumber_air_sungai", null);
    row.put("sumber_air_lainnya", null);
    row.put("lansia", 0L);
    row.put("withheld", List.of("ibu_hamil", "sumber_air_sungai", "sumber_air_lainnya"));

    List<DasaWismaView.Group> groups =
        DasaWismaFigures.indicatorGroups(PublicationTable.INDIKATOR_KECAMATAN, row, "id");

    assertEquals(
        List.of("keluarga", "rumah", "air", "pangan", "kegiatan", "sensitif"),
        groups.stream().map(DasaWismaView.Group::key).toList());
    Map<String, DasaWismaView.Figure> byCode = new HashMap<>();
    groups.forEach(g -> g.figures().forEach(f -> byCode.put(f.code(), f)));
    assertEquals(PublicationTable.INDIKATOR_KECAMATAN.columns().size() - 4, byCode.size());
    assertTrue(byCode.get("ibu_hamil").withheld());
    assertNull(byCode.get("ibu_hamil").value());
    assertEquals(0L, byCode.get("lansia").value(), "zero is published as zero");
    assertFalse(byCode.get("lansia").withheld());
    assertEquals(row.get("anggota_l"), byCode.get("anggota_l").value());
    assertEquals("rumah_tangga", groups.get(0).figures().get(0).code());
    assertFalse(byCode.get("anggota_l").name().isEmpty());
  }

  @Test
  void theDesaTableHasNoSensitiveGroup() {
    List<DasaWismaView.Group> groups =
        DasaWismaFigures.indicatorGroups(
            PublicationTable.INDIKATOR_DESA, row(PublicationTable.INDIKATOR_DESA), "en");
    assertFalse(groups.stream().anyMatch(g -> g.key().equals(DasaWismaFigures.SENSITIVE)));
  }

  @Test
  void coverageIsRankedByPercentThenHouseholdsWithoutATargetLast() {
    List<Map<String, Object>> rows = new ArrayList<>();
    rows.add(coverage("35.22.01", "kecamatan", 50, null, null));
    rows.add(coverage("35.22.02", "kecamatan", 40, 80L, new BigDecimal("50.0")));
    rows.add(coverage("35.22.03", "kecamatan", 90, 100L, new BigDecimal("90.0")));
    rows.add(coverage("35.22.04", "kecamatan", 60, 120L, new BigDecimal("50.0")));
    rows.add(coverage("35.22.01.2001", "desa", 10, 10L, new BigDecimal("100.0")));

    List<DasaWismaView.Coverage> ranked =
        DasaWismaFigures.ranked(rows, DasaWismaFigures.atLevel("kecamatan"), k -> "/k/" + k);

    assertEquals(
        List.of("35.22.03", "35.22.04", "35.22.02", "35.22.01"),
        ranked.stream().map(DasaWismaView.Coverage::kode).toList());
    assertEquals(List.of(1, 2, 3, 4), ranked.stream().map(DasaWismaView.Coverage::rank).toList());
    assertEquals("/k/35.22.03", ranked.get(0).href());
    assertNull(ranked.get(3).target());
    assertEquals(new BigDecimal("90.0"), ranked.get(0).persen());
  }

  private static Map<String, Object> row(PublicationTable table) {
    Map<String, Object> row = new LinkedHashMap<>();
    long n = 10;
    for (String column : table.columns()) {
      row.put(column, n++);
    }
    row.put("kode", "35.22.01");
    row.put("withheld", List.of());
    return row;
  }

  private static Map<String, Object> coverage(
      String kode, String level, long households, Long target, BigDecimal persen) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("kode", kode);
    row.put("nama", "Wilayah " + kode);
    row.put("level", level);
    row.put("kode_induk", "35.22");
    row.put("rumah_tangga", households);
    row.put("target", target);
    row.put("cakupan_persen", persen);
    return row;
  }
}
