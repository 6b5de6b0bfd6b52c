package id.terbuka.budget.service;

import id.terbuka.budget.domain.AccountLevel;
import id.terbuka.budget.domain.AccountRollup;
import id.terbuka.budget.domain.BudgetLine;
import id.terbuka.budget.domain.ChartOfAccounts;
import id.terbuka.budget.domain.Period;
import id.terbuka.budget.domain.ProgrammeRollup;
import id.terbuka.budget.domain.RegencyFigures;
import id.terbuka.budget.domain.SliceTotals;
import id.terbuka.budget.persistence.BudgetStore;
import id.terbuka.catalog.service.GroupService;
import id.terbuka.shared.Json;
import id.terbuka.shared.ObjectNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the budget pages show ({@code /anggaran}): the published years, a year's regency figures and
 * one unit's three views, from the same current slices as {@link BudgetQueries} and the generated
 * files, so the pages, the API and the downloads agree to the rupiah. Public data: nothing depends
 * on who asks. Unknown years, units and periods are {@link ObjectNotFoundException}.
 */
@ApplicationScoped
@Transactional
public class BudgetViews {
  /** The deepest account level the realisasi and penjelasan views list. */
  public static final AccountLevel DETAIL = AccountLevel.OBJEK;

  @Inject BudgetStore store;
  @Inject GroupService groups;

  private final AccountRollup rollup = new AccountRollup(ChartOfAccounts.bundled());
  private final ProgrammeRollup programmes = new ProgrammeRollup(rollup);

  /**
   * A year for the regency page.
   *
   * @param years every published year, newest first (for the year links)
   * @param organizations unit code to the catalogue organisation's name, where one has the code
   */
  public record Year(
      int tahun, List<Integer> years, RegencyFigures figures, Map<String, String> organizations) {}

  /**
   * One unit's slice for the unit page.
   *
   * @param periods the periods the unit has in this year, in order (for the period links)
   * @param organization the catalogue organisation with the unit's code, or null
   * @param accounts the lines rolled up to {@link #DETAIL}, in code order (ringkasan takes the rows
   *     down to jenis, realisasi all of them)
   * @param programmes belanja by programme, kegiatan and sub kegiatan; empty when no line names a
   *     sub kegiatan (penjelasan is then by account)
   */
  public record Unit(
      int tahun,
      String kodeSkpd,
      String namaSkpd,
      String organization,
      Period periode,
      int version,
      List<Period> periods,
      SliceTotals totals,
      List<AccountRollup.Row> accounts,
      List<ProgrammeRollup.Row> programmes) {}

  /** The years with published figures, newest first. */
  public List<Integer> years() {
    return store.years();
  }

  public Year year(int tahun) {
    List<RegencyFigures.UnitSlice> slices =
        store.currentSlices(tahun).stream()
            .map(
                s ->
                    new RegencyFigures.UnitSlice(
                        s.kodeSkpd(), s.namaSkpd(), s.periode(), totals(s)))
            .toList();
    RegencyFigures figures =
        RegencyFigures.of(slices)
            .orElseThrow(() -> new ObjectNotFoundException("No budget realisation for " + tahun));
    Map<String, String> organizations = new HashMap<>();
    groups.unitsByCode().forEach((kode, u) -> organizations.put(kode, u.name()));
    return new Year(tahun, store.years(), figures, organizations);
  }

  /**
   * A unit's current slice of {@code periode} (empty: its latest period).
   *
   * @throws ObjectNotFoundException for a year, unit or period without figures
   */
  public Unit unit(int tahun, String kodeSkpd, Optional<Period> periode) {
    List<BudgetStore.Slice> current =
        store.versions(tahun, kodeSkpd).stream().filter(BudgetStore.Slice::current).toList();
    if (current.isEmpty()) {
      throw new ObjectNotFoundException("No budget realisation for unit " + kodeSkpd);
    }
    List<Period> periods =
        current.stream().map(BudgetStore.Slice::periode).sorted().distinct().toList();
    Period p = periode.orElse(periods.get(periods.size() - 1));
    BudgetStore.Slice slice =
        current.stream()
            .filter(s -> s.periode() == p)
            .max(Comparator.comparingInt(BudgetStore.Slice::version))
            .orElseThrow(() -> new ObjectNotFoundException("No figures for period " + p.code()));
    List<BudgetLine> lines = store.lines(slice);
    GroupService.Unit org = groups.unitsByCode().get(kodeSkpd);
    return new Unit(
        tahun,
        kodeSkpd,
        slice.namaSkpd(),
        org == null ? null : org.name(),
        p,
        slice.version(),
        periods,
        totals(slice),
        rollup.rollup(lines, DETAIL),
        ProgrammeRollup.applies(lines) ? programmes.rows(lines) : List.of());
  }

  private static SliceTotals totals(BudgetStore.Slice s) {
    return SliceTotals.fromStored(Json.parseObject(s.totalsJson()));
  }
}
