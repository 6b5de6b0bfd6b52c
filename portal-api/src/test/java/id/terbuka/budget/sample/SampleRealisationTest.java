package id.terbuka.budget.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.budget.domain.AccountLevel;
import id.terbuka.budget.domain.BudgetLine;
import id.terbuka.budget.domain.BudgetProblem;
import id.terbuka.budget.domain.ChartOfAccounts;
import id.terbuka.budget.domain.Period;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleRealisationTest {
  private static final BigDecimal TRILLION = new BigDecimal("1000000000000");
  private static final BigDecimal MILLION = new BigDecimal("1000000");
  private static final Set<String> ALL_CODES =
      BojonegoroUnits.all().stream().map(SampleUnit::kodeSkpd).collect(Collectors.toSet());

  @TempDir Path dir;

  private static SampleRealisation regency(long seed) {
    return SampleRealisation.of(BojonegoroUnits.all(), seed)
        .withYear(2024, Period.TW1, Period.TW2, Period.TW3, Period.TW4)
        .withTargetLines(40_000);
  }

  @Test
  void aRegencyFileReadsAndPassesTheImportCheckWithoutAnError() throws IOException {
    GeneratedFile file = GeneratedFile.of(regency(42), dir.resolve("lra.csv"), ALL_CODES);

    assertEquals(0, file.problems().errorCount(), file.firstErrors());
    assertEquals(file.written(), file.lines().size());
    assertTrue(
        file.written() > 36_000 && file.written() < 44_000, "about the target: " + file.written());
    assertEquals(0, file.warnings(BudgetProblem.REALISATION_DECREASED.code()));
    assertTrue(
        file.problems().warningCount() < file.written() / 100,
        "warnings stay rare: " + file.problems().warningCount());
    Set<AccountLevel> levels =
        file.lines().stream().map(BudgetLine::level).collect(Collectors.toSet());
    assertEquals(Set.of(AccountLevel.values()), levels);
  }

  @Test
  void indonesianNumbersAndOlderYearsReadTheSame() throws IOException {
    SampleRealisation sample =
        SampleRealisation.of(BojonegoroUnits.all().subList(0, 20), 7)
            .withYear(2020, Period.S1, Period.S2)
            .withYear(2021, Period.B03, Period.TW1, Period.B12)
            .withNumbers(NumberStyle.INDONESIAN);
    GeneratedFile file = GeneratedFile.of(sample, dir.resolve("lra-id.csv"), ALL_CODES);

    assertEquals(0, file.problems().errorCount(), file.firstErrors());
    String text = Files.readString(dir.resolve("lra-id.csv"));
    assertTrue(text.startsWith("tahun;periode;kode_skpd;nama_skpd;kode_rekening;uraian;"));
    assertTrue(text.matches("(?s).*;\\d{1,3}(\\.\\d{3})+,\\d\\d;.*"), "grouped amounts");
    for (BudgetLine line : file.lines()) {
      if (line.level() == AccountLevel.SUB_RINCIAN_OBJEK) {
        String code = line.kodeRekening().code();
        int width = code.length() - code.lastIndexOf('.') - 1;
        assertEquals(line.tahun() >= 2021 ? 4 : 3, width, code);
      }
    }
  }

  @Test
  void realisasiIsCumulativeAndAnggaranTheSameThroughTheYear() throws IOException {
    GeneratedFile file = GeneratedFile.of(regency(3), dir.resolve("lra.csv"), ALL_CODES);

    Map<String, BudgetLine> latest = new HashMap<>();
    List<BudgetLine> inOrder =
        file.lines().stream().sorted(Comparator.comparing(BudgetLine::periode)).toList();
    for (BudgetLine line : inOrder) {
      String series =
          line.tahun()
              + " "
              + line.kodeSkpd()
              + " "
              + line.kodeSubKegiatan()
              + " "
              + line.kodeRekening();
      BudgetLine before = latest.put(series, line);
      if (before != null) {
        assertTrue(line.realisasi().compareTo(before.realisasi()) >= 0, "falls: " + series);
        assertEquals(0, line.anggaran().compareTo(before.anggaran()), "anggaran: " + series);
      }
    }
  }

  @Test
  void totalsAreOfTheRegencysOrderOfMagnitude() throws IOException {
    GeneratedFile file = GeneratedFile.of(regency(42), dir.resolve("lra.csv"), ALL_CODES);
    List<BudgetLine> akunAtYearEnd =
        file.lines().stream()
            .filter(l -> l.periode() == Period.TW4 && l.level() == AccountLevel.AKUN)
            .toList();

    Map<String, BigDecimal> belanjaByUnit = new HashMap<>();
    BigDecimal belanja = BigDecimal.ZERO;
    BigDecimal realised = BigDecimal.ZERO;
    BigDecimal pendapatan = BigDecimal.ZERO;
    for (BudgetLine line : akunAtYearEnd) {
      if (line.kodeRekening().akun() == 5) {
        belanjaByUnit.merge(line.kodeSkpd(), line.anggaran(), BigDecimal::add);
        belanja = belanja.add(line.anggaran());
        realised = realised.add(line.realisasi());
      } else if (line.kodeRekening().akun() == 4) {
        pendapatan = pendapatan.add(line.anggaran());
      }
    }
    assertBetween("belanja (T)", belanja.divide(TRILLION), 7, 9);
    assertBetween("pendapatan (T)", pendapatan.divide(TRILLION), 5.5, 7);
    assertBetween(
        "realised (%)", realised.multiply(BigDecimal.valueOf(100)).divide(belanja, 2, 0), 70, 95);
    List<String> bySize =
        belanjaByUnit.entrySet().stream()
            .sorted(Map.Entry.<String, BigDecimal>comparingByValue().reversed())
            .map(Map.Entry::getKey)
            .toList();
    assertEquals("5.02.0.00.0.00.01.0000", bySize.get(0), "BPKAD largest");
    assertEquals("1.01.0.00.0.00.01.0000", bySize.get(1), "Dinas Pendidikan next");
    assertBetween("BPKAD (T)", belanjaByUnit.get(bySize.get(0)).divide(TRILLION), 1.5, 1.8);
    BigDecimal smallest = belanjaByUnit.get(bySize.get(bySize.size() - 1));
    assertBetween("smallest unit (M)", smallest.divide(MILLION), 2000, 3000);
    assertTrue(bySize.get(bySize.size() - 1).startsWith("7.01."), "a kecamatan is smallest");
  }

  @Test
  void namesAndSubActivityCodesFollowTheChartAndTheUnit() throws IOException {
    GeneratedFile file =
        GeneratedFile.of(regency(5).withSubActivityShare(0.5), dir.resolve("lra.csv"), ALL_CODES);
    ChartOfAccounts chart = ChartOfAccounts.bundled();

    long underSubActivity = 0;
    for (BudgetLine line : file.lines()) {
      chart
          .nameOf(line.kodeRekening())
          .ifPresent(name -> assertEquals(name, line.uraian(), line.kodeRekening().code()));
      assertFalse(line.uraian().isBlank());
      if (line.subKegiatan().isPresent()) {
        underSubActivity++;
        String unitPrefix = line.kodeSkpd().substring(0, 4);
        assertEquals(unitPrefix, line.subKegiatan().get().code().bidangUrusan(), line.toString());
        assertEquals(5, line.kodeRekening().akun(), "only belanja under a sub kegiatan");
      }
    }
    assertTrue(underSubActivity > file.lines().size() / 5, "some units spend by sub kegiatan");
  }

  @Test
  void theSameSeedWritesTheSameBytesAndAnotherSeedOthers() throws IOException {
    SampleRealisation small =
        SampleRealisation.of(BojonegoroUnits.all().subList(0, 10), 1)
            .withYear(2025, Period.TW1, Period.TW2);
    assertArrayEquals(bytes(small), bytes(small));
    assertArrayEquals(
        bytes(small),
        bytes(
            SampleRealisation.of(BojonegoroUnits.all().subList(0, 10), 1)
                .withYear(2025, Period.TW2, Period.TW1)));
    assertFalse(
        java.util.Arrays.equals(
            bytes(small),
            bytes(
                SampleRealisation.of(BojonegoroUnits.all().subList(0, 10), 2)
                    .withYear(2025, Period.TW1, Period.TW2))));
  }

  @Test
  void theBenchmarkFileHasAboutHalfAMillionLines() {
    SampleRealisation bench =
        SampleRealisation.of(BojonegoroUnits.all(), 42)
            .withYear(2024, Period.TW1, Period.TW2, Period.TW3, Period.TW4)
            .withTargetLines(500_000);
    long lines = bench.lineCount();
    assertTrue(lines > 475_000 && lines < 525_000, "lines: " + lines);
    assertEquals(74, BojonegoroUnits.all().size());
  }

  @Test
  void indonesianAmountsAreGroupedWithACommaForCents() {
    assertEquals("1.234.567,89", NumberStyle.INDONESIAN.format(123_456_789));
    assertEquals("1.000,00", NumberStyle.INDONESIAN.format(100_000));
    assertEquals("0,05", NumberStyle.INDONESIAN.format(5));
    assertEquals("123,40", NumberStyle.INDONESIAN.format(12_340));
    assertEquals("1234567.89", NumberStyle.PLAIN.format(123_456_789));
    assertEquals("0.05", NumberStyle.PLAIN.format(5));
  }

  private static byte[] bytes(SampleRealisation sample) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    sample.write(out);
    return out.toByteArray();
  }

  private static void assertBetween(String what, BigDecimal value, double low, double high) {
    double v = value.doubleValue();
    assertTrue(v >= low && v <= high, what + " " + v + " not in " + low + ".." + high);
  }
}
