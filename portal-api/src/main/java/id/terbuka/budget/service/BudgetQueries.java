package id.terbuka.budget.service;

import id.terbuka.budget.domain.AccountLevel;
import id.terbuka.budget.domain.AccountRollup;
import id.terbuka.budget.domain.ChartOfAccounts;
import id.terbuka.budget.domain.Period;
import id.terbuka.budget.domain.RegencyFigures;
import id.terbuka.budget.domain.SliceTotals;
import id.terbuka.budget.persistence.BudgetStore;
import id.terbuka.catalog.service.GroupService;
import id.terbuka.shared.InvalidInputException;
import id.terbuka.shared.Json;
import id.terbuka.shared.ObjectNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The published figures: per unit for a year (latest period), and one unit's lines at any account
 * level. Budget realisations are public data; nothing here depends on who asks.
 */
@ApplicationScoped
@Transactional
public class BudgetQueries {
  @Inject BudgetStore store;
  @Inject GroupService groups;

  private final AccountRollup rollup = new AccountRollup(ChartOfAccounts.bundled());

  /** When each unit first published each period of {@code tahun} (public, like the figures). */
  public List<id.terbuka.budget.domain.PeriodPublication> publications(int tahun) {
    return store.publications(tahun);
  }

  /** {@code GET /api/v1/budget/{tahun}/units}. */
  public Map<String, Object> units(int tahun) {
    Map<String, BudgetStore.Slice> byUnitAndPeriod = new LinkedHashMap<>();
    List<RegencyFigures.UnitSlice> slices = new ArrayList<>();
    for (BudgetStore.Slice s : store.currentSlices(tahun)) {
      byUnitAndPeriod.put(s.kodeSkpd() + "|" + s.periode().code(), s);
      slices.add(
          new RegencyFigures.UnitSlice(
              s.kodeSkpd(),
              s.namaSkpd(),
              s.periode(),
              SliceTotals.fromStored(Json.parseObject(s.totalsJson()))));
    }
    // Which period is a unit's latest is RegencyFigures' rule, the one the pages use too.
    RegencyFigures figures =
        RegencyFigures.of(slices)
            .orElseThrow(() -> new ObjectNotFoundException("No budget realisation for " + tahun));
    Map<String, GroupService.Unit> units = groups.unitsByCode();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (RegencyFigures.UnitSlice latest : figures.latest()) {
      BudgetStore.Slice s = byUnitAndPeriod.get(latest.kodeSkpd() + "|" + latest.periode().code());
      rows.add(unitRow(s, units.get(s.kodeSkpd()), latest.totals()));
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("tahun", tahun);
    body.put("units", rows);
    return body;
  }

  private static Map<String, Object> unitRow(
      BudgetStore.Slice s, GroupService.Unit unit, SliceTotals t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kode_skpd", s.kodeSkpd());
    m.put("nama_skpd", s.namaSkpd());
    m.put("organization", unit == null ? null : unit.name());
    m.put("periode", s.periode().code());
    m.put("version", s.version());
    m.put("anggaran", t.belanja().anggaran());
    m.put("realisasi", t.belanja().realisasi());
    m.put("persen", t.belanja().persen().orElse(null));
    m.put("pendapatan", amounts(t.pendapatan()));
    m.put("belanja", amounts(t.belanja()));
    Map<String, Object> pembiayaan = new LinkedHashMap<>();
    pembiayaan.put("penerimaan", amounts(t.of("6.1")));
    pembiayaan.put("pengeluaran", amounts(t.of("6.2")));
    pembiayaan.put("netto", amounts(t.pembiayaanNetto()));
    m.put("pembiayaan", pembiayaan);
    return m;
  }

  private static Map<String, Object> amounts(SliceTotals.Amounts a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("anggaran", a.anggaran());
    m.put("realisasi", a.realisasi());
    m.put("persen", a.persen().orElse(null));
    return m;
  }

  /**
   * {@code GET /api/v1/budget/{tahun}/units/{kode_skpd}?periode=&level=&version=}: the unit's lines
   * added up to {@code level} (default: as detailed as imported), for {@code periode} (default: the
   * latest) and {@code version} (default: the current one).
   */
  public Map<String, Object> unit(
      int tahun, String kodeSkpd, String periode, String level, Integer version) {
    List<BudgetStore.Slice> versions = store.versions(tahun, kodeSkpd);
    if (versions.isEmpty()) {
      throw new ObjectNotFoundException("No budget realisation for unit " + kodeSkpd);
    }
    Period p = periodOf(periode, versions);
    AccountLevel depth = levelOf(level);
    BudgetStore.Slice slice =
        versions.stream()
            .filter(s -> s.periode() == p)
            .filter(s -> version == null ? s.current() : s.version() == version)
            .findFirst()
            .orElseThrow(() -> new ObjectNotFoundException("No such period or version"));
    List<Map<String, Object>> lines = new ArrayList<>();
    for (AccountRollup.Row r : rollup.rollup(store.lines(slice), depth)) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("kode_rekening", r.kodeRekening().code());
      m.put("level", r.level().jsonName());
      m.put("nama", r.nama());
      m.put("anggaran", r.anggaran());
      m.put("realisasi", r.realisasi());
      m.put("sisa", r.sisa());
      m.put("persen", r.persen().orElse(null));
      lines.add(m);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("tahun", tahun);
    body.put("kode_skpd", kodeSkpd);
    body.put("nama_skpd", slice.namaSkpd());
    body.put("periode", p.code());
    body.put("version", slice.version());
    body.put("current", slice.current());
    body.put("level", depth.jsonName());
    body.put("lines", lines);
    body.put(
        "versions",
        versions.stream()
            .filter(s -> s.periode() == p)
            .map(
                s ->
                    Map.<String, Object>of(
                        "version", s.version(),
                        "current", s.current(),
                        "import_id", s.importId(),
                        "created", s.created().toString()))
            .toList());
    body.put("periods", versions.stream().map(s -> s.periode().code()).distinct().toList());
    return body;
  }

  private static Period periodOf(String text, List<BudgetStore.Slice> versions) {
    if (text == null || text.isBlank()) {
      return versions.stream()
          .map(BudgetStore.Slice::periode)
          .max(Comparator.naturalOrder())
          .orElseThrow();
    }
    return Period.parse(text)
        .orElseThrow(
            () ->
                InvalidInputException.of(
                    "periode",
                    "Unknown period " + text + " (B01..B12, TW1..TW4, S1, S2, TAHUNAN)"));
  }

  private static AccountLevel levelOf(String text) {
    if (text == null || text.isBlank()) {
      return AccountLevel.SUB_RINCIAN_OBJEK;
    }
    for (AccountLevel l : AccountLevel.values()) {
      if (l.jsonName().equals(text.strip())) {
        return l;
      }
    }
    throw InvalidInputException.of(
        "level", "Must be one of akun, kelompok, jenis, objek, rincian_objek, sub_rincian_objek");
  }
}
