package id.terbuka.budget.domain;

import static id.terbuka.budget.domain.Lines.DINKES;
import static id.terbuka.budget.domain.Lines.PUSKESMAS;
import static id.terbuka.budget.domain.Lines.line;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AccountRollupTest {
  private static final String DPU = "1.03.0.00.0.00.02.0000";
  private final AccountRollup rollup = new AccountRollup(ChartOfAccounts.bundled());

  /** Rows as "code|name|anggaran|realisasi" for compact, exact comparison. */
  private static List<String> show(List<AccountRollup.Row> rows) {
    return rows.stream()
        .map(
            r ->
                r.kodeRekening().code()
                    + "|"
                    + r.nama()
                    + "|"
                    + r.anggaran().toPlainString()
                    + "|"
                    + r.realisasi().toPlainString())
        .toList();
  }

  @Test
  void detailedLinesAreSummedUpToTheRequestedLevel() {
    List<BudgetLine> lines =
        List.of(
            line(2, "5.1.02.01.01.0024", "100.00", "40.00"),
            line(3, "5.1.02.01.01.0025", "50.00", "10.00"),
            line(4, "5.1.02.02.01.0001", "25.00", "5.00"),
            line(5, "5.2.02.01.01.0001", "1000.00", "0.00"),
            line(6, "4.1.01.01.01.0001", "7.50", "7.50"));
    assertEquals(
        List.of(
            "4|PENDAPATAN DAERAH|7.50|7.50",
            "4.1|Pendapatan Asli Daerah (PAD)|7.50|7.50",
            "4.1.01|Pajak Daerah|7.50|7.50",
            "5|BELANJA DAERAH|1175.00|55.00",
            "5.1|Belanja Operasi|175.00|55.00",
            "5.1.02|Belanja Barang dan Jasa|175.00|55.00",
            "5.2|Belanja Modal|1000.00|0.00",
            "5.2.02|Belanja Modal Peralatan dan Mesin|1000.00|0.00"),
        show(rollup.rollup(lines, AccountLevel.JENIS)));
    assertEquals(
        List.of("4|PENDAPATAN DAERAH|7.50|7.50", "5|BELANJA DAERAH|1175.00|55.00"),
        show(rollup.rollup(lines, AccountLevel.AKUN)));
  }

  @Test
  void theFilesOwnParentFigureIsUsedNotAddedToItsChildren() {
    List<BudgetLine> lines =
        List.of(
            line(2, "5.1", "300.00", "150.00"),
            line(3, "5.1.01", "100.00", "50.00"),
            line(4, "5.1.02", "200.50", "100.00"),
            line(5, "5.1.02.01", "200.50", "100.00"));
    assertEquals(
        List.of(
            "5|BELANJA DAERAH|300.00|150.00",
            "5.1|Belanja Operasi|300.00|150.00",
            "5.1.01|Belanja Pegawai|100.00|50.00",
            "5.1.02|Belanja Barang dan Jasa|200.50|100.00",
            "5.1.02.01|Uraian 5.1.02.01|200.50|100.00"),
        show(rollup.rollup(lines, AccountLevel.SUB_RINCIAN_OBJEK)),
        "5.1 as given (300.00, within Rp 1 of 300.50), 5 from 5.1 alone");
  }

  @Test
  void aLineAboveTheRequestedLevelShowsAsGiven() {
    List<BudgetLine> lines =
        List.of(line(2, "4", "500.00", "100.00"), line(3, "5.1.02.01", "80.00", "20.00"));
    assertEquals(
        List.of(
            "4|PENDAPATAN DAERAH|500.00|100.00",
            "5|BELANJA DAERAH|80.00|20.00",
            "5.1|Belanja Operasi|80.00|20.00",
            "5.1.02|Belanja Barang dan Jasa|80.00|20.00",
            "5.1.02.01|Uraian 5.1.02.01|80.00|20.00"),
        show(rollup.rollup(lines, AccountLevel.OBJEK)));
  }

  @Test
  void aMissingLevelIsFilledFromBelow() {
    List<BudgetLine> lines =
        List.of(
            line(2, "5.1", "999.00", "0.00"),
            line(3, "5.1.02.01", "10.00", "1.00"),
            line(4, "5.1.02.02", "20.00", "2.00"),
            line(5, "5.1.01", "5.00", "0.00"));
    assertEquals(
        List.of(
            "5|BELANJA DAERAH|999.00|0.00",
            "5.1|Belanja Operasi|999.00|0.00",
            "5.1.01|Belanja Pegawai|5.00|0.00",
            "5.1.02|Belanja Barang dan Jasa|30.00|3.00"),
        show(rollup.rollup(lines, AccountLevel.JENIS)));
  }

  @Test
  void subActivitiesAndUnitsAreRolledUpSeparatelyThenAdded() {
    List<BudgetLine> lines =
        List.of(
            // Sub kegiatan A gives its jenis; sub kegiatan B only its objek: neither double counts.
            line(2, Period.TW1, DINKES, PUSKESMAS, "5.1.02", "100.00", "10.00"),
            line(3, Period.TW1, DINKES, PUSKESMAS, "5.1.02.01", "100.00", "10.00"),
            line(4, Period.TW1, DINKES, "1.02.02.2.01.0003", "5.1.02.01", "40.00", "4.00"),
            line(5, Period.TW1, DPU, "", "5.1.02.01", "60.00", "6.00"));
    assertEquals(
        List.of(
            "5|BELANJA DAERAH|200.00|20.00",
            "5.1|Belanja Operasi|200.00|20.00",
            "5.1.02|Belanja Barang dan Jasa|200.00|20.00",
            "5.1.02.01|Uraian 5.1.02.01|200.00|20.00"),
        show(rollup.rollup(lines, AccountLevel.OBJEK)));
  }

  @Test
  void rowsComputeSisaAndPersen() {
    AccountRollup.Row row =
        rollup.rollup(List.of(line(2, "5", "300.00", "100.00")), AccountLevel.AKUN).get(0);
    assertEquals(AccountLevel.AKUN, row.level());
    assertEquals(new BigDecimal("200.00"), row.sisa());
    assertEquals(Optional.of(new BigDecimal("33.33")), row.persen());
  }

  @Test
  void nothingInNothingOut() {
    assertEquals(List.of(), rollup.rollup(List.of(), AccountLevel.JENIS));
  }

  @Test
  void refusesToAddDifferentPeriods() {
    List<BudgetLine> lines =
        List.of(
            line(2, Period.TW1, DINKES, "", "5", "1.00", "1.00"),
            line(3, Period.TW2, DINKES, "", "5", "1.00", "1.00"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> rollup.rollup(lines, AccountLevel.AKUN));
    assertEquals("Lines of one tahun and periode only: rows 2 and 3", e.getMessage());
  }
}
