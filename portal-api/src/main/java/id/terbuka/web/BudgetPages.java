package id.terbuka.web;

import id.terbuka.budget.domain.AccountLevel;
import id.terbuka.budget.domain.AccountRollup;
import id.terbuka.budget.domain.Period;
import id.terbuka.budget.domain.ProgrammeRollup;
import id.terbuka.budget.domain.RegencyFigures;
import id.terbuka.budget.domain.SliceTotals;
import id.terbuka.budget.service.BudgetPublisher;
import id.terbuka.budget.service.BudgetViews;
import id.terbuka.catalog.service.DatasetService;
import id.terbuka.identity.domain.Actor;
import id.terbuka.shared.AccessDeniedException;
import id.terbuka.shared.ObjectNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The budget pages (issue 10, item 5): {@code /anggaran/{tahun}} and {@code
 * /anggaran/{tahun}/unit/{kode}}. Figures come from {@link BudgetViews} (the same current slices as
 * the API and the generated files), the download links from the year's dataset through {@link
 * DatasetService} (its visibility rule). Years and unit codes arrive already shaped by {@link
 * Router}; an unknown year, unit or period is the 404 page.
 */
@ApplicationScoped
public class BudgetPages {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @Inject BudgetViews budget;
  @Inject DatasetService datasets;

  /** The newest year with figures, for {@code /anggaran}. */
  public Optional<Integer> latestYear() {
    return budget.years().stream().findFirst();
  }

  public View year(PageContext ctx, Actor actor, int tahun) {
    BudgetViews.Year y = budget.year(tahun);
    RegencyFigures f = y.figures();
    Locale locale = locale(ctx);
    List<BudgetYearView.Link> years = new ArrayList<>();
    y.years()
        .forEach(
            t ->
                years.add(
                    new BudgetYearView.Link(t.toString(), ctx.url("/anggaran/" + t), t == tahun)));
    List<BudgetYearView.UnitRow> ranking = new ArrayList<>();
    List<SvgBars.Bar> rankingBars = new ArrayList<>();
    rank(ctx, tahun, f, locale, ranking, rankingBars);
    List<BudgetYearView.PeriodRow> absorption = new ArrayList<>();
    List<SvgBars.Bar> absorptionBars = new ArrayList<>();
    absorb(ctx, f, locale, absorption, absorptionBars);
    List<Period> periods = f.periods();
    String periodText =
        periods.size() == 1
            ? periods.get(0).label(locale)
            : periods.get(0).label(locale) + " – " + periods.get(periods.size() - 1).label(locale);
    BudgetYearView view =
        new BudgetYearView(
            tahun,
            years,
            periodText,
            periods.size() > 1,
            totals(f.totals()),
            ranking,
            SvgBars.horizontal(
                "chart-ranking",
                ctx.t("budget.ranking.title", tahun),
                ctx.t("budget.chart.desc.ranking"),
                rankingBars,
                HUNDRED),
            absorption,
            SvgBars.horizontal(
                "chart-absorption",
                ctx.t("budget.absorption.title", tahun),
                ctx.t("budget.chart.desc.absorption"),
                absorptionBars,
                HUNDRED),
            downloads(ctx, actor, tahun, r -> true, ctx.url("/api/v1/budget/" + tahun + "/units")));
    return View.of("budgetYear.jte", view);
  }

  /** The units ranked by belanja realised, as table rows and as bars. */
  private static void rank(
      PageContext ctx,
      int tahun,
      RegencyFigures f,
      Locale locale,
      List<BudgetYearView.UnitRow> ranking,
      List<SvgBars.Bar> rankingBars) {
    for (RegencyFigures.UnitSlice s : f.ranking()) {
      SliceTotals.Amounts b = s.totals().belanja();
      BigDecimal persen = b.persen().orElse(null);
      ranking.add(
          new BudgetYearView.UnitRow(
              ranking.size() + 1,
              s.kodeSkpd(),
              s.namaSkpd(),
              ctx.url("/anggaran/" + tahun + "/unit/" + s.kodeSkpd()),
              s.periode().label(locale),
              b.anggaran(),
              b.realisasi(),
              persen));
      rankingBars.add(percentBar(ctx, s.namaSkpd(), persen));
    }
  }

  /** Belanja realised per period for the whole regency, as table rows and as bars. */
  private static void absorb(
      PageContext ctx,
      RegencyFigures f,
      Locale locale,
      List<BudgetYearView.PeriodRow> absorption,
      List<SvgBars.Bar> absorptionBars) {
    for (RegencyFigures.PeriodBelanja p : f.absorption()) {
      BigDecimal persen = p.belanja().persen().orElse(null);
      String label = p.periode().label(locale);
      absorption.add(
          new BudgetYearView.PeriodRow(
              label, p.units(), p.belanja().anggaran(), p.belanja().realisasi(), persen));
      absorptionBars.add(percentBar(ctx, label, persen));
    }
  }

  /**
   * A unit's page.
   *
   * @param periode the {@code periode} parameter: null or blank for the latest, else a period code
   *     the unit has (anything else is the 404 page)
   */
  public View unit(
      PageContext ctx, Actor actor, int tahun, String kode, String periode, String tab) {
    BudgetViews.Unit u = budget.unit(tahun, kode, askedPeriod(periode));
    BudgetTab shown = BudgetTab.parse(tab);
    Locale locale = locale(ctx);
    String base = "/anggaran/" + tahun + "/unit/" + kode;
    Period p = u.periode();
    List<BudgetYearView.Link> periods = periodLinks(ctx, u, base, shown, locale);
    List<BudgetYearView.Link> tabs = tabLinks(ctx, base, p, shown);
    List<BudgetUnitView.AccountRow> accounts = u.accounts().stream().map(BudgetPages::row).toList();
    List<BudgetUnitView.AccountRow> ringkasan =
        accounts.stream().filter(r -> r.depth() <= AccountLevel.JENIS.ordinal()).toList();
    List<BudgetUnitView.ProgrammeRow> programmes =
        u.programmes().stream().map(BudgetPages::programme).toList();
    BudgetUnitView view =
        new BudgetUnitView(
            tahun,
            kode,
            u.namaSkpd(),
            u.organization(),
            p.label(locale),
            p.code(),
            u.version(),
            shown,
            periods,
            tabs,
            totals(u.totals()),
            ringkasan,
            programmes,
            accounts,
            SvgBars.horizontal(
                "chart-ringkasan",
                ctx.t("budget.chart.ringkasan"),
                ctx.t("budget.chart.desc.ringkasan"),
                amountBars(ctx, u.accounts(), r -> r.level() == AccountLevel.KELOMPOK),
                null),
            penjelasanChart(ctx, u),
            realisasiChart(ctx, u),
            downloads(
                ctx,
                actor,
                tahun,
                name ->
                    name.equals(BudgetPublisher.periodFile(tahun, p, "csv"))
                        || name.equals(BudgetPublisher.periodFile(tahun, p, "json")),
                ctx.url("/api/v1/budget/" + tahun + "/units/" + kode + "?periode=" + p.code())));
    return View.of("budgetUnit.jte", view);
  }

  /** The period asked for: none for the latest; one the portal does not know is the 404 page. */
  private static Optional<Period> askedPeriod(String periode) {
    if (periode == null || periode.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(
        Period.parse(periode).orElseThrow(() -> new ObjectNotFoundException("No such period")));
  }

  private static List<BudgetYearView.Link> periodLinks(
      PageContext ctx, BudgetViews.Unit u, String base, BudgetTab shown, Locale locale) {
    List<BudgetYearView.Link> periods = new ArrayList<>();
    for (Period other : u.periods()) {
      periods.add(
          new BudgetYearView.Link(
              other.label(locale),
              ctx.url(base + "?periode=" + other.code() + "&tab=" + shown.param()),
              other == u.periode()));
    }
    return periods;
  }

  private static List<BudgetYearView.Link> tabLinks(
      PageContext ctx, String base, Period p, BudgetTab shown) {
    List<BudgetYearView.Link> tabs = new ArrayList<>();
    for (BudgetTab t : BudgetTab.values()) {
      tabs.add(
          new BudgetYearView.Link(
              ctx.t("budget.tab." + t.param()),
              ctx.url(base + "?periode=" + p.code() + "&tab=" + t.param()),
              t == shown));
    }
    return tabs;
  }

  /** Realisasi's chart: % realised per jenis. */
  private static String realisasiChart(PageContext ctx, BudgetViews.Unit u) {
    return SvgBars.horizontal(
        "chart-realisasi",
        ctx.t("budget.chart.realisasi"),
        ctx.t("budget.chart.desc.realisasi"),
        u.accounts().stream()
            .filter(r -> r.level() == AccountLevel.JENIS)
            .map(r -> percentBar(ctx, r.kodeRekening() + " " + r.nama(), r.persen().orElse(null)))
            .toList(),
        HUNDRED);
  }

  /** Penjelasan's chart: belanja by programme, or by jenis of belanja without sub kegiatan. */
  private static String penjelasanChart(PageContext ctx, BudgetViews.Unit u) {
    List<SvgBars.Bar> bars =
        u.programmes().isEmpty()
            ? amountBars(
                ctx,
                u.accounts(),
                r -> r.level() == AccountLevel.JENIS && r.kodeRekening().akun() == 5)
            : u.programmes().stream()
                .filter(r -> r.kind() == ProgrammeRollup.Kind.PROGRAM)
                .map(
                    r ->
                        new SvgBars.Bar(
                            ctx.t("budget.kind.program") + " " + r.code(),
                            r.anggaran(),
                            ctx.fmt().rupiah(r.anggaran())))
                .toList();
    return SvgBars.horizontal(
        "chart-penjelasan",
        ctx.t(
            u.programmes().isEmpty() ? "budget.chart.penjelasan.akun" : "budget.chart.penjelasan"),
        ctx.t("budget.chart.desc.penjelasan"),
        bars,
        null);
  }

  private static List<SvgBars.Bar> amountBars(
      PageContext ctx, List<AccountRollup.Row> rows, Predicate<AccountRollup.Row> which) {
    return rows.stream()
        .filter(which)
        .map(
            r ->
                new SvgBars.Bar(
                    r.kodeRekening() + " " + r.nama(),
                    r.anggaran(),
                    ctx.fmt().rupiah(r.anggaran())))
        .toList();
  }

  private static SvgBars.Bar percentBar(PageContext ctx, String label, BigDecimal persen) {
    return new SvgBars.Bar(
        label,
        persen == null ? BigDecimal.ZERO : persen,
        persen == null ? ctx.t("budget.persen.none") : ctx.fmt().number(persen) + " %");
  }

  private static List<BudgetYearView.Total> totals(SliceTotals t) {
    List<BudgetYearView.Total> totals = new ArrayList<>();
    Map<String, SliceTotals.Amounts> m =
        Map.of(
            "pendapatan", t.pendapatan(),
            "belanja", t.belanja(),
            "surplus_defisit", t.surplusDefisit(),
            "pembiayaan_netto", t.pembiayaanNetto());
    for (String key : List.of("pendapatan", "belanja", "surplus_defisit", "pembiayaan_netto")) {
      SliceTotals.Amounts a = m.get(key);
      boolean ratio = key.equals("pendapatan") || key.equals("belanja");
      totals.add(
          new BudgetYearView.Total(
              key, a.anggaran(), a.realisasi(), ratio ? a.persen().orElse(null) : null));
    }
    return totals;
  }

  private static BudgetUnitView.AccountRow row(AccountRollup.Row r) {
    return new BudgetUnitView.AccountRow(
        r.kodeRekening().code(),
        r.nama(),
        r.level().ordinal(),
        r.level() == AccountLevel.AKUN,
        r.anggaran(),
        r.realisasi(),
        r.sisa(),
        r.persen().orElse(null));
  }

  private static BudgetUnitView.ProgrammeRow programme(ProgrammeRollup.Row r) {
    int depth =
        switch (r.kind()) {
          case PROGRAM, TANPA_SUB_KEGIATAN -> 0;
          case KEGIATAN -> 1;
          case SUB_KEGIATAN -> 2;
        };
    return new BudgetUnitView.ProgrammeRow(
        "budget.kind." + r.kind().name().toLowerCase(Locale.ROOT),
        r.code(),
        r.name(),
        depth,
        r.anggaran(),
        r.realisasi(),
        r.sisa(),
        r.persen().orElse(null));
  }

  /** The year's dataset and those of its resources whose name {@code wanted} accepts. */
  private BudgetYearView.Downloads downloads(
      PageContext ctx, Actor actor, int tahun, Predicate<String> wanted, String api) {
    String name = BudgetPublisher.datasetName(tahun);
    Map<String, Object> d;
    try {
      d = datasets.show(actor, name);
    } catch (ObjectNotFoundException | AccessDeniedException e) {
      return new BudgetYearView.Downloads(null, List.of(), api);
    }
    List<BudgetYearView.File> files = new ArrayList<>();
    for (Map<String, Object> r : Dicts.maps(d, "resources")) {
      String rname = Dicts.text(r, "name");
      String url = Dicts.text(r, "url");
      if (rname != null && url != null && SafeUrls.allowed(url) && wanted.test(rname)) {
        String format = Dicts.text(r, "format");
        files.add(
            new BudgetYearView.File(
                rname, format == null ? "" : format.toUpperCase(Locale.ROOT), url));
      }
    }
    return new BudgetYearView.Downloads(ctx.url("/dataset/" + name), files, api);
  }

  private static Locale locale(PageContext ctx) {
    return Locale.forLanguageTag(ctx.lang());
  }
}
