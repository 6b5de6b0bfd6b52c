package id.terbuka.dasawisma.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.imports.domain.ImportRow;
import id.terbuka.imports.domain.Problems;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HouseholdContentTest {
  private final Household example = HouseholdRows.example().parsed();

  @Test
  void theHashIsSha256InHex() {
    assertTrue(HouseholdContent.hash(example).matches("[0-9a-f]{64}"));
  }

  /**
   * Pinned: a change of the canonical form must be deliberate (and change VERSION). The value is
   * {@code sha256sum} of the documented text: the version line, then {@code column=value} lines.
   */
  @Test
  void theExamplesHashIsPinned() {
    assertEquals(
        "279dbec1e752095b1c2253aa7c544c297ba691c54e3c016b6c70d076add4ced0",
        HouseholdContent.hash(example));
  }

  @Test
  void howTheFileWritesAValueDoesNotChangeTheHash() {
    Household written =
        HouseholdRows.example()
            .with(HouseholdColumns.TEMPAT_SAMPAH, "TRUE")
            .with(HouseholdColumns.SPAL, "y")
            .with(HouseholdColumns.STIKER_P4K, "0")
            .with(HouseholdColumns.KRITERIA_RUMAH, "Sehat")
            .with(HouseholdColumns.SUMBER_AIR, " SUMUR ")
            .with(HouseholdColumns.RT, "005")
            .with(HouseholdColumns.RW, "02")
            .with(HouseholdColumns.ANGGOTA_L, "02")
            .with(HouseholdColumns.KELOMPOK_DASAWISMA, "Melati   3")
            .header(HouseholdColumns.TAHUN, "TAHUN")
            .parsed();
    assertEquals(HouseholdContent.hash(example), HouseholdContent.hash(written));
    assertEquals(example, written);
  }

  @Test
  void everyCellIsPartOfTheHash() {
    Map<String, String> other = new HashMap<>();
    other.put(HouseholdColumns.TAHUN, "2024");
    other.put(HouseholdColumns.KODE_DESA, "35.22.01.2002");
    other.put(HouseholdColumns.DUSUN, "Krajan Timur");
    other.put(HouseholdColumns.RW, "3");
    other.put(HouseholdColumns.RT, "6");
    other.put(HouseholdColumns.KELOMPOK_DASAWISMA, "Melati 4");
    other.put(HouseholdColumns.ID_KELUARGA, "018");
    other.put(HouseholdColumns.KRITERIA_RUMAH, "kurang_sehat");
    other.put(HouseholdColumns.SUMBER_AIR, "pdam");
    other.put(HouseholdColumns.MAKANAN_POKOK, "non_beras");
    String[] counts = {
      "jumlah_kk", "2", "anggota_l", "3", "anggota_p", "3", "balita_l", "0", "balita_p", "1",
      "pus", "0", "wus", "1", "ibu_hamil", "1", "ibu_menyusui", "1", "lansia", "1",
      "buta_huruf_l", "1", "buta_huruf_p", "1", "berkebutuhan_khusus", "1", "jamban", "2"
    };
    for (int i = 0; i < counts.length; i += 2) {
      other.put(counts[i], counts[i + 1]);
    }
    Set<String> hashes = new HashSet<>();
    hashes.add(HouseholdContent.hash(example));
    for (String column : HouseholdColumns.names()) {
      String value = other.getOrDefault(column, flipped(example, column));
      Household h = HouseholdRows.example().with(column, value).parsed();
      assertTrue(hashes.add(HouseholdContent.hash(h)), column + " is not in the hash");
    }
  }

  /** A yes/no cell's other value. */
  private static String flipped(Household h, String column) {
    return HouseholdContent.cells(h).get(column).equals(YesNo.YES) ? YesNo.NO : YesNo.YES;
  }

  @Test
  void theCanonicalCellsReadBackAsTheSameHousehold() {
    ImportRow row = new ImportRow(2, HouseholdContent.cells(example), Map.of(), false);
    Problems problems = new Problems();
    assertEquals(example, HouseholdRows.parser().parse(row, problems).orElseThrow());
    assertEquals(HouseholdColumns.names(), List.copyOf(HouseholdContent.cells(example).keySet()));
  }

  @Test
  void theSetHashIgnoresRowOrderButNotContent() {
    Household second = HouseholdRows.example().with(HouseholdColumns.ID_KELUARGA, "018").parsed();
    Household third = HouseholdRows.example().with(HouseholdColumns.ID_KELUARGA, "019").parsed();
    String forward = HouseholdContent.hash(List.of(example, second, third));
    assertEquals(forward, HouseholdContent.hash(List.of(third, example, second)));
    assertNotEquals(forward, HouseholdContent.hash(List.of(example, second)));
    Household changed =
        HouseholdRows.example()
            .with(HouseholdColumns.ID_KELUARGA, "019")
            .with(HouseholdColumns.LANSIA, "1")
            .parsed();
    assertNotEquals(forward, HouseholdContent.hash(List.of(example, second, changed)));
    assertNotEquals(HouseholdContent.hash(example), HouseholdContent.hash(List.of(example)));
  }
}
