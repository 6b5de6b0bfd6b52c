package id.terbuka.budget.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChartOfAccountsTest {
  private final ChartOfAccounts chart = ChartOfAccounts.bundled();

  @Test
  void namesEveryCodeTheBriefLists() {
    List<String> codes =
        List.of(
            "4", "4.1", "4.1.01", "4.1.02", "4.1.03", "4.1.04", "4.2", "4.2.01", "4.2.02", "4.3",
            "4.3.01", "4.3.02", "4.3.03", "5", "5.1", "5.1.01", "5.1.02", "5.1.03", "5.1.04",
            "5.1.05", "5.1.06", "5.2", "5.2.01", "5.2.02", "5.2.03", "5.2.04", "5.2.05", "5.2.06",
            "5.3", "5.3.01", "5.4", "5.4.01", "5.4.02", "6", "6.1", "6.1.01", "6.2", "6.2.01",
            "6.2.02");
    assertEquals(
        codes, chart.names().keySet().stream().map(AccountCode::code).toList(), "in code order");
    chart.names().values().forEach(name -> assertTrue(!name.isBlank()));
  }

  @Test
  void givesTheNamesOfAkunKelompokAndJenis() {
    assertEquals(Optional.of("BELANJA DAERAH"), chart.nameOf(AccountCode.of("5")));
    assertEquals(Optional.of("Pendapatan Transfer"), chart.nameOf(AccountCode.of("4.2")));
    assertEquals(
        Optional.of("Belanja Modal Jalan, Jaringan, dan Irigasi"),
        chart.nameOf(AccountCode.of("5.2.04")));
    assertEquals(
        Optional.of("Sisa Lebih Perhitungan Anggaran Tahun Sebelumnya (SiLPA)"),
        chart.nameOf(AccountCode.of("6.1.01")));
  }

  @Test
  void deeperOrUnlistedCodesHaveNoBundledName() {
    assertEquals(Optional.empty(), chart.nameOf(AccountCode.of("5.1.02.01")));
    assertEquals(Optional.empty(), chart.nameOf(AccountCode.of("6.1.02")));
  }

  @Test
  void readingRefusesAFileWithoutItsHeaderOrWithRepeatedCodes() {
    assertThrows(IOException.class, () -> ChartOfAccounts.read(new StringReader("5;BELANJA\n")));
    assertThrows(
        IOException.class, () -> ChartOfAccounts.read(new StringReader("kode;nama\n5;A\n5;B\n")));
    assertThrows(
        IOException.class, () -> ChartOfAccounts.read(new StringReader("kode;nama\n5 BELANJA\n")));
  }

  @Test
  void readingSkipsCommentsAndBlankLines() throws IOException {
    ChartOfAccounts small =
        ChartOfAccounts.read(new StringReader("# source\n\nkode;nama\n4; PENDAPATAN \n"));
    assertEquals(Optional.of("PENDAPATAN"), small.nameOf(AccountCode.of("4")));
    assertEquals(1, small.names().size());
  }
}
