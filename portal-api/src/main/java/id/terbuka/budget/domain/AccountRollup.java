package id.terbuka.budget.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Lines of one period added up the account hierarchy to a requested level, as the views and {@code
 * GET /api/v1/budget/{tahun}/units/{kode_skpd}?level=} show them: one row for every account code at
 * that level or above under which the lines have anything, in code order.
 *
 * <p>How a node's amount is found, within each {@code kode_skpd, kode_sub_kegiatan} (then added
 * across them): <b>the file's own line for that code when it has one</b>, else the sum of the
 * amounts of the node's child nodes, found the same way. So a file that holds both a parent and its
 * children is counted once (the parent as the publisher reported it, which {@link BudgetFileCheck}
 * has held to within Rp 1 of its direct children), and a file that only holds the most detailed
 * lines is summed up from them; a missing level in between is filled from below. A line above the
 * requested level is a node like any other and shows as given.
 *
 * <p>Names: the bundled {@link ChartOfAccounts} at akun, kelompok and jenis; below that the {@code
 * uraian} of the file's line for the code (the first one met), else empty.
 */
public final class AccountRollup {
  private final ChartOfAccounts chart;

  public AccountRollup(ChartOfAccounts chart) {
    this.chart = Objects.requireNonNull(chart);
  }

  /** One account code's totals in a roll-up. */
  public record Row(
      AccountCode kodeRekening, String nama, BigDecimal anggaran, BigDecimal realisasi) {
    public AccountLevel level() {
      return kodeRekening.level();
    }

    /** Anggaran minus realisasi. */
    public BigDecimal sisa() {
      return anggaran.subtract(realisasi);
    }

    /** Realisasi as a percentage of anggaran (2 decimals, half up); empty when anggaran is 0. */
    public Optional<BigDecimal> persen() {
      return Rupiah.percent(realisasi, anggaran);
    }
  }

  private static final class Node {
    BigDecimal givenAnggaran;
    BigDecimal givenRealisasi;
    BigDecimal childAnggaran = BigDecimal.ZERO;
    BigDecimal childRealisasi = BigDecimal.ZERO;

    boolean given() {
      return givenAnggaran != null;
    }

    BigDecimal anggaran() {
      return given() ? givenAnggaran : childAnggaran;
    }

    BigDecimal realisasi() {
      return given() ? givenRealisasi : childRealisasi;
    }
  }

  private record Group(String kodeSkpd, String kodeSubKegiatan) {}

  /**
   * Rolls up lines of a single {@code tahun} and {@code periode} (of one unit, some units or all;
   * the caller picks) to the given level.
   *
   * @throws IllegalArgumentException if the lines span more than one tahun or periode, whose
   *     cumulative amounts cannot be added
   */
  public List<Row> rollup(Collection<BudgetLine> lines, AccountLevel level) {
    Map<Group, Map<AccountCode, Node>> groups = new HashMap<>();
    Map<AccountCode, String> uraian = new HashMap<>();
    BudgetLine first = null;
    for (BudgetLine line : lines) {
      if (first == null) {
        first = line;
      } else if (first.tahun() != line.tahun() || first.periode() != line.periode()) {
        throw new IllegalArgumentException(
            "Lines of one tahun and periode only: rows " + first.row() + " and " + line.row());
      }
      Map<AccountCode, Node> tree =
          groups.computeIfAbsent(
              new Group(line.kodeSkpd(), line.kodeSubKegiatan()), g -> new HashMap<>());
      Node node = tree.computeIfAbsent(line.kodeRekening(), c -> new Node());
      // Two lines with one key (a file the check refused) are added rather than dropped.
      node.givenAnggaran = plus(node.givenAnggaran, line.anggaran());
      node.givenRealisasi = plus(node.givenRealisasi, line.realisasi());
      uraian.putIfAbsent(line.kodeRekening(), line.uraian());
      for (AccountCode c = line.kodeRekening(); c.parent().isPresent(); ) {
        c = c.parent().get();
        tree.computeIfAbsent(c, x -> new Node());
      }
    }
    Map<AccountCode, BigDecimal[]> totals = new TreeMap<>();
    for (Map<AccountCode, Node> tree : groups.values()) {
      List<AccountCode> deepestFirst = new ArrayList<>(tree.keySet());
      deepestFirst.sort(Comparator.comparing(AccountCode::level).reversed());
      for (AccountCode code : deepestFirst) {
        Node node = tree.get(code);
        code.parent()
            .ifPresent(
                p -> {
                  Node parent = tree.get(p);
                  parent.childAnggaran = parent.childAnggaran.add(node.anggaran());
                  parent.childRealisasi = parent.childRealisasi.add(node.realisasi());
                });
        if (code.level().compareTo(level) <= 0) {
          BigDecimal[] sum =
              totals.computeIfAbsent(
                  code, c -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
          sum[0] = sum[0].add(node.anggaran());
          sum[1] = sum[1].add(node.realisasi());
        }
      }
    }
    List<Row> rows = new ArrayList<>(totals.size());
    totals.forEach((code, sum) -> rows.add(new Row(code, nameOf(code, uraian), sum[0], sum[1])));
    return rows;
  }

  private String nameOf(AccountCode code, Map<AccountCode, String> uraian) {
    return chart.nameOf(code).orElseGet(() -> uraian.getOrDefault(code, ""));
  }

  private static BigDecimal plus(BigDecimal sum, BigDecimal amount) {
    return sum == null ? amount : sum.add(amount);
  }
}
