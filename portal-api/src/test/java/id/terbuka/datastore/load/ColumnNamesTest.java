package id.terbuka.datastore.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ColumnNamesTest {
  @TempDir Path dir;

  @Test
  void namesAreTrimmedBlankOnesNumberedAndDuplicatesSuffixed() {
    assertEquals(
        List.of("x", "nama", "column_3", "nama_2", "nama_3", "_id_2"),
        ColumnNames.fromHeader(new String[] {"\uFEFFx", " nama ", "  ", "nama", "nama", "_id"}));
  }

  @Test
  void generatedNamesDoNotCollideWithRealOnes() {
    assertEquals(
        List.of("column_2", "column_2_2"), ColumnNames.fromHeader(new String[] {"column_2", ""}));
  }

  @Test
  void overLongNamesAreCutTo63BytesAndStayDistinct() {
    String base = "jumlah_penduduk_menurut_kecamatan_dan_jenis_kelamin_di_kabupaten_bojonegoro";
    List<String> names = ColumnNames.fromHeader(new String[] {base + "_laki", base + "_perempuan"});
    assertEquals(63, names.get(0).length());
    assertEquals(base.substring(0, 63), names.get(0));
    assertEquals(base.substring(0, 61) + "_2", names.get(1));
  }

  @Test
  void truncationNeverSplitsAMultiByteCharacter() {
    String name = "é".repeat(40); // 80 bytes
    String cut = ColumnNames.fromHeader(new String[] {name}).get(0);
    assertEquals(31, cut.length());
    assertTrue(cut.getBytes(StandardCharsets.UTF_8).length <= 63);
  }

  @Test
  void tenThousandColumnsAreRefusedWithPostgresLimit() {
    StringBuilder csv = new StringBuilder();
    for (int i = 0; i < 10_000; i++) {
      csv.append(i == 0 ? "" : ",").append("c").append(i);
    }
    csv.append('\n');
    for (int i = 0; i < 10_000; i++) {
      csv.append(i == 0 ? "" : ",").append(i);
    }
    Path file = Tables.write(dir, "wide.csv", csv.toString());
    TableLoadException e = assertThrows(TableLoadException.class, () -> Tables.inspect(file));
    assertEquals(
        "The file has 10,000 columns; a DataStore table holds at most 1,599"
            + " (PostgreSQL's limit of 1,600 less the row number)",
        e.errors().get(0).reason());
    assertEquals(1, e.errors().get(0).row());
  }

  @Test
  void columnsUpToPostgresLimitLessTheRowNumberAreAllowed() {
    String[] header = new String[1599];
    java.util.Arrays.fill(header, "x");
    assertEquals(1599, ColumnNames.fromHeader(header).size());
    String[] tooMany = new String[1600];
    java.util.Arrays.fill(tooMany, "x");
    TableLoadException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            TableLoadException.class, () -> ColumnNames.fromHeader(tooMany));
    assertEquals(
        "The file has 1,600 columns; a DataStore table holds at most 1,599"
            + " (PostgreSQL's limit of 1,600 less the row number)",
        e.errors().get(0).reason());
  }
}
