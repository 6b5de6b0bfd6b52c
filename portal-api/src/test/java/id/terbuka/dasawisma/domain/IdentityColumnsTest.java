package id.terbuka.dasawisma.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.imports.domain.HeaderMapping;
import id.terbuka.imports.domain.ImportProblem;
import id.terbuka.imports.domain.ImportRow;
import id.terbuka.imports.domain.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentityColumnsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "nama",
        "Nama",
        "Nama Kepala Keluarga",
        "nama_anggota",
        "NamaKK",
        "NIK",
        "nik_istri",
        "No. KK",
        "No KK",
        "NoKK",
        "nomor_kk",
        "Nomor Kartu Keluarga",
        "Kepala Keluarga",
        "KTP",
        "Alamat",
        "Alamat Rumah",
        "Tanggal Lahir",
        "Tgl. Lahir",
        "Tempat Lahir",
        "TTL",
        "No HP",
        "Telepon",
        "E-mail",
        "Email",
        "Koordinat",
        "GPS",
        "Latitude",
        "Foto Rumah",
        "No Rumah",
        "Jalan"
      })
  void identityColumnsAreRecognised(String header) {
    assertTrue(IdentityColumns.carriesIdentity(header), header);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Keterangan", "Catatan", "umur", "jumlah", "kelompok", "", "  "})
  void otherUnknownColumnsAreNoIdentity(String header) {
    assertFalse(IdentityColumns.carriesIdentity(header), header);
  }

  @Test
  void noColumnOfTheFormatIsAnIdentity() {
    for (String column : HouseholdColumns.names()) {
      assertFalse(IdentityColumns.carriesIdentity(column), column);
    }
    assertFalse(IdentityColumns.carriesIdentity("Jumlah KK"));
    assertFalse(IdentityColumns.carriesIdentity("ID Keluarga"));
  }

  @Test
  void screeningBlanksIdentityHeadersAndWarnsForEach() {
    String[] header = {"Nama Kepala Keluarga", "tahun", " NIK ", "Keterangan"};
    Problems problems = new Problems();
    String[] screened = IdentityColumns.screen(header, problems);
    assertArrayEquals(new String[] {"", "tahun", "", "Keterangan"}, screened);
    assertEquals("NIK", header[2].strip(), "the given header is not changed");
    assertEquals(
        List.of(
            ImportProblem.of(
                1, "Nama Kepala Keluarga", null, "identity_column_dropped", "Nama Kepala Keluarga"),
            ImportProblem.of(1, "NIK", null, "identity_column_dropped", "NIK")),
        problems.warnings());
    assertEquals(0, problems.errorCount());
  }

  /**
   * A whole workbook row through the screen, the header mapping and the parser: the identity cells
   * are in no row and no household; the other unknown column is reported as unknown.
   */
  @Test
  void identityCellsNeverReachAHousehold() {
    List<String> header = new ArrayList<>(List.of("Nama KRT", "NIK", "No. KK", "Alamat"));
    List<String> cells =
        new ArrayList<>(
            List.of("Siti Aminah", "3522014506800002", "3522010101090011", "Jl. Mawar 5"));
    header.add("Keterangan");
    cells.add("-");
    for (Map.Entry<String, String> e : HouseholdColumns.exampleRow().entrySet()) {
      header.add(e.getKey());
      cells.add(e.getValue());
    }
    Problems problems = new Problems();
    String[] screened = IdentityColumns.screen(header.toArray(String[]::new), problems);
    HeaderMapping mapping = HeaderMapping.of(screened, HouseholdColumns.all(), problems);
    assertTrue(mapping.complete());
    ImportRow row = mapping.row(2, cells.toArray(String[]::new), false);
    Household h = HouseholdRows.parser().parse(row, problems).orElseThrow();
    assertEquals(
        List.of(
            "identity_column_dropped",
            "identity_column_dropped",
            "identity_column_dropped",
            "identity_column_dropped",
            "unknown_column"),
        problems.warnings().stream().map(ImportProblem::code).toList());
    assertEquals(0, problems.errorCount());
    String everything = row.cells() + " " + h + " " + HouseholdContent.cells(h);
    for (String identity : cells.subList(0, 4)) {
      assertFalse(everything.contains(identity), identity);
    }
    assertFalse(everything.contains("Aminah"));
  }
}
