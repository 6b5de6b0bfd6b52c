package id.terbuka.budget.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A unit's belanja (akun 5) by programme, kegiatan and sub kegiatan, as the "penjelasan" view shows
 * it: one row per programme ({@code U.BB.PP}), then its kegiatan ({@code U.BB.PP.K.KK}), then their
 * sub kegiatan, in code order; belanja lines without a sub kegiatan come last as one row. Each sub
 * kegiatan's belanja is found by {@link AccountRollup} (the file's own akun 5 line if it has one,
 * else the sum of its children), so a file with both parents and children counts once.
 *
 * <p>Programme and kegiatan names are not in the import format: their rows carry the code only.
 * Pendapatan and pembiayaan lines are not programme spending and are left out.
 */
public final class ProgrammeRollup {
  private static final AccountCode BELANJA = AccountCode.of("5");

  private final AccountRollup rollup;

  public ProgrammeRollup(AccountRollup rollup) {
    this.rollup = Objects.requireNonNull(rollup);
  }

  /** What a row stands for. */
  public enum Kind {
    PROGRAM,
    KEGIATAN,
    SUB_KEGIATAN,
    /** Belanja lines that name no sub kegiatan. */
    TANPA_SUB_KEGIATAN
  }

  /**
   * One row.
   *
   * @param code the programme, kegiatan or sub kegiatan code; empty for {@link
   *     Kind#TANPA_SUB_KEGIATAN}
   * @param name the sub kegiatan's name from the file; empty for the other kinds
   */
  public record Row(
      Kind kind, String code, String name, BigDecimal anggaran, BigDecimal realisasi) {
    public BigDecimal sisa() {
      return anggaran.subtract(realisasi);
    }

    public Optional<BigDecimal> persen() {
      return Rupiah.percent(realisasi, anggaran);
    }
  }

  /** True when any line names a sub kegiatan: the view is then by programme, else by account. */
  public static boolean applies(Collection<BudgetLine> lines) {
    return lines.stream().anyMatch(l -> l.subKegiatan().isPresent());
  }

  /** The rows of one slice's lines (one unit, one tahun and periode). */
  public List<Row> rows(Collection<BudgetLine> lines) {
    Map<String, List<BudgetLine>> bySub = new TreeMap<>();
    Map<String, String> names = new TreeMap<>();
    for (BudgetLine l : lines) {
      if (l.kodeRekening().akun() == BELANJA.akun()) {
        bySub.computeIfAbsent(l.kodeSubKegiatan(), k -> new ArrayList<>()).add(l);
        l.subKegiatan().ifPresent(s -> names.putIfAbsent(s.code().code(), s.name()));
      }
    }
    Map<String, BigDecimal[]> programmes = new TreeMap<>();
    Map<String, BigDecimal[]> kegiatan = new TreeMap<>();
    Map<String, BigDecimal[]> subs = new TreeMap<>();
    BigDecimal[] none = null;
    for (Map.Entry<String, List<BudgetLine>> e : bySub.entrySet()) {
      BigDecimal[] belanja = belanja(e.getValue());
      if (e.getKey().isEmpty()) {
        none = belanja;
        continue;
      }
      SubActivityCode code = new SubActivityCode(e.getKey());
      subs.put(code.code(), belanja);
      add(programmes, code.program(), belanja);
      add(kegiatan, code.kegiatan(), belanja);
    }
    List<Row> rows = new ArrayList<>();
    programmes.forEach(
        (program, p) -> {
          rows.add(new Row(Kind.PROGRAM, program, "", p[0], p[1]));
          kegiatan.forEach(
              (k, a) -> {
                if (k.startsWith(program + ".")) {
                  rows.add(new Row(Kind.KEGIATAN, k, "", a[0], a[1]));
                  subs.forEach(
                      (s, b) -> {
                        if (s.startsWith(k + ".")) {
                          rows.add(new Row(Kind.SUB_KEGIATAN, s, names.get(s), b[0], b[1]));
                        }
                      });
                }
              });
        });
    if (none != null) {
      rows.add(new Row(Kind.TANPA_SUB_KEGIATAN, "", "", none[0], none[1]));
    }
    return rows;
  }

  private BigDecimal[] belanja(List<BudgetLine> lines) {
    for (AccountRollup.Row r : rollup.rollup(lines, AccountLevel.AKUN)) {
      if (r.kodeRekening().equals(BELANJA)) {
        return new BigDecimal[] {r.anggaran(), r.realisasi()};
      }
    }
    return new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO};
  }

  private static void add(Map<String, BigDecimal[]> sums, String code, BigDecimal[] amounts) {
    BigDecimal[] sum =
        sums.computeIfAbsent(code, c -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
    sum[0] = sum[0].add(amounts[0]);
    sum[1] = sum[1].add(amounts[1]);
  }
}
