package id.terbuka.web;

import id.terbuka.dasawisma.aggregate.DisclosureNotes;
import id.terbuka.dasawisma.aggregate.PublicLevel;
import id.terbuka.dasawisma.aggregate.PublicationTable;
import id.terbuka.dasawisma.disclosure.Sensitivity;
import id.terbuka.dasawisma.disclosure.SuppressionTable;
import id.terbuka.dasawisma.service.DasaWismaPublisher;
import id.terbuka.dasawisma.service.PublishedFigures;
import id.terbuka.shared.ObjectNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The public Dasa Wisma pages (issue 12, item 8): {@code /dasawisma/{tahun}}, {@code
 * /dasawisma/{tahun}/kecamatan/{kode}} and {@code /dasawisma/{tahun}/desa/{kode}}. They read only
 * {@link PublishedFigures}, the latest snapshot's published tables, so they show exactly what the
 * disclosure rule let the files publish and nothing of any household. Years and codes arrive shaped
 * by {@link Router}; a year without a snapshot or a code the snapshot does not have at that level
 * is the 404 page.
 */
@ApplicationScoped
public class DasaWismaPages {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @Inject PublishedFigures figures;

  /** The newest year with a snapshot, for {@code /dasawisma}. */
  public Optional<Integer> latestYear() {
    return figures.years().stream().findFirst();
  }

  /**
   * The paths of every Dasa Wisma page, for the sitemap: each year with a snapshot, and its
   * kecamatan and desa pages (every region of its coverage table).
   */
  public List<String> sitemapPaths() {
    List<String> paths = new ArrayList<>();
    for (int tahun : figures.years()) {
      String year = "/dasawisma/" + tahun;
      paths.add(year);
      figures
          .latest(tahun)
          .ifPresent(
              p -> {
                for (Map<String, Object> r : p.rows(PublicationTable.CAKUPAN)) {
                  String level = DasaWismaFigures.text(r.get("level"));
                  String kode = DasaWismaFigures.text(r.get("kode"));
                  if ("kecamatan".equals(level)) {
                    paths.add(year + "/kecamatan/" + kode);
                  } else if ("desa".equals(level) || "kelurahan".equals(level)) {
                    paths.add(year + "/desa/" + kode);
                  }
                }
              });
    }
    return paths;
  }

  /** {@code /dasawisma} when nothing is published yet. */
  public View none() {
    return View.of("dasawismaNone.jte", "");
  }

  public View year(PageContext ctx, int tahun) {
    PublishedFigures.Published p = published(tahun);
    Map<String, Object> kabupaten =
        p.rows(PublicationTable.INDIKATOR_KABUPATEN).stream()
            .findFirst()
            .orElseThrow(() -> new ObjectNotFoundException("No regency row"));
    List<Map<String, Object>> coverage = p.rows(PublicationTable.CAKUPAN);
    DasaWismaView.Coverage regency =
        coverage.stream()
            .filter(DasaWismaFigures.atLevel("kabupaten"))
            .findFirst()
            .map(r -> DasaWismaFigures.coverage(r, 0, null))
            .orElse(null);
    List<DasaWismaView.Coverage> kecamatan =
        DasaWismaFigures.ranked(
            coverage,
            DasaWismaFigures.atLevel("kecamatan"),
            kode -> ctx.url("/dasawisma/" + tahun + "/kecamatan/" + kode));
    List<DasaWismaView.Trend> trend = trend(ctx, p);
    return View.of(
        "dasawismaYear.jte",
        new DasaWismaPageViews.Year(
            snapshot(ctx, p),
            DasaWismaFigures.indicatorGroups(
                PublicationTable.INDIKATOR_KABUPATEN, kabupaten, ctx.lang()),
            regency,
            kecamatan,
            coverageChart(
                ctx, "chart-kecamatan", ctx.t("dasawisma.kecamatan.title", tahun), kecamatan),
            trend,
            trendChart(ctx, tahun, trend)));
  }

  public View kecamatan(PageContext ctx, int tahun, String kode) {
    PublishedFigures.Published p = published(tahun);
    Map<String, Object> own = regionCoverage(p, kode, "kecamatan");
    List<DasaWismaView.Group> groups =
        p.row(PublicationTable.INDIKATOR_KECAMATAN, kode)
            .map(
                r ->
                    DasaWismaFigures.indicatorGroups(
                        PublicationTable.INDIKATOR_KECAMATAN, r, ctx.lang()))
            .orElse(List.of());
    List<DasaWismaView.Coverage> desa =
        DasaWismaFigures.ranked(
            p.rows(PublicationTable.CAKUPAN),
            DasaWismaFigures.atLevel("desa", "kelurahan")
                .and(r -> kode.equals(r.get("kode_induk"))),
            d -> ctx.url("/dasawisma/" + tahun + "/desa/" + d));
    String nama = DasaWismaFigures.text(own.get("nama"));
    return View.of(
        "dasawismaKecamatan.jte",
        new DasaWismaPageViews.Kecamatan(
            snapshot(ctx, p),
            kode,
            nama,
            DasaWismaFigures.coverage(own, 0, null),
            groups,
            desa,
            coverageChart(ctx, "chart-desa", ctx.t("dasawisma.desa.ranking", nama), desa)));
  }

  public View desa(PageContext ctx, int tahun, String kode) {
    PublishedFigures.Published p = published(tahun);
    Map<String, Object> own = regionCoverage(p, kode, "desa", "kelurahan");
    String induk = DasaWismaFigures.text(own.get("kode_induk"));
    String kecamatanNama =
        p.row(PublicationTable.CAKUPAN, induk)
            .map(r -> DasaWismaFigures.text(r.get("nama")))
            .orElse(induk);
    List<DasaWismaView.Group> groups =
        p.row(PublicationTable.INDIKATOR_DESA, kode)
            .map(
                r ->
                    DasaWismaFigures.indicatorGroups(
                        PublicationTable.INDIKATOR_DESA, r, ctx.lang()))
            .orElse(List.of());
    return View.of(
        "dasawismaDesa.jte",
        new DasaWismaPageViews.Desa(
            snapshot(ctx, p),
            kode,
            DasaWismaFigures.text(own.get("nama")),
            DasaWismaFigures.text(own.get("level")),
            kecamatanNama,
            ctx.url("/dasawisma/" + tahun + "/kecamatan/" + induk),
            DasaWismaFigures.coverage(own, 0, null),
            groups,
            SuppressionTable.SMALL_UNIT_HOUSEHOLDS));
  }

  private PublishedFigures.Published published(int tahun) {
    return figures
        .latest(tahun)
        .orElseThrow(() -> new ObjectNotFoundException("No Dasa Wisma snapshot for " + tahun));
  }

  /** The coverage row of a region at one of {@code levels}: every region of the regency has one. */
  private static Map<String, Object> regionCoverage(
      PublishedFigures.Published p, String kode, String... levels) {
    return p.row(PublicationTable.CAKUPAN, kode)
        .filter(DasaWismaFigures.atLevel(levels))
        .orElseThrow(
            () -> new ObjectNotFoundException("No " + Arrays.toString(levels) + " " + kode));
  }

  private DasaWismaView.Snapshot snapshot(PageContext ctx, PublishedFigures.Published p) {
    int tahun = p.tahun();
    List<BudgetYearView.Link> years = new ArrayList<>();
    for (Integer y : figures.years()) {
      years.add(new BudgetYearView.Link(y.toString(), ctx.url("/dasawisma/" + y), y == tahun));
    }
    List<DasaWismaView.Dataset> datasets = new ArrayList<>();
    for (PublicLevel level :
        List.of(PublicLevel.KABUPATEN, PublicLevel.KECAMATAN, PublicLevel.DESA)) {
      String name = DasaWismaPublisher.indicatorDataset(tahun, level);
      datasets.add(
          new DasaWismaView.Dataset(
              name,
              ctx.url("/dataset/" + name),
              ctx.t("dasawisma.dataset." + level.code(), tahun)));
    }
    String coverage = DasaWismaPublisher.coverageDataset(tahun);
    datasets.add(
        new DasaWismaView.Dataset(
            coverage, ctx.url("/dataset/" + coverage), ctx.t("dasawisma.dataset.cakupan", tahun)));
    String rule =
        ctx.t(
            "dasawisma.rule.short",
            Sensitivity.GENERAL.threshold() - 1,
            Sensitivity.SENSITIVE.threshold() - 1,
            SuppressionTable.SMALL_UNIT_HOUSEHOLDS);
    return new DasaWismaView.Snapshot(
        tahun,
        ctx.fmt().dateTime(p.asOf()),
        years,
        datasets,
        rule,
        Arrays.stream(DisclosureNotes.text(ctx.lang()).split("\n\n"))
            .filter(s -> !s.isBlank())
            .toList());
  }

  private static List<DasaWismaView.Trend> trend(PageContext ctx, PublishedFigures.Published p) {
    List<DasaWismaView.Trend> trend = new ArrayList<>();
    for (Map<String, Object> r : p.rows(PublicationTable.CAKUPAN_BULANAN)) {
      String bulan = DasaWismaFigures.text(r.get("bulan"));
      Long households = DasaWismaFigures.count(r.get("rumah_tangga"));
      trend.add(
          new DasaWismaView.Trend(
              bulan,
              monthLabel(ctx, bulan),
              households == null ? 0 : households,
              DasaWismaFigures.count(r.get("target")),
              DasaWismaFigures.decimal(r.get("cakupan_persen"))));
    }
    return trend;
  }

  private static String monthLabel(PageContext ctx, String bulan) {
    try {
      return ctx.fmt().month(YearMonth.parse(bulan));
    } catch (DateTimeParseException | NullPointerException e) {
      return Objects.toString(bulan, "");
    }
  }

  /** Coverage as % of the target, one bar per region; a region without a target has none. */
  private static String coverageChart(
      PageContext ctx, String id, String title, List<DasaWismaView.Coverage> lines) {
    List<SvgBars.Bar> bars =
        lines.stream()
            .map(
                c ->
                    new SvgBars.Bar(
                        c.nama(),
                        c.persen() == null ? BigDecimal.ZERO : c.persen(),
                        coverageText(ctx, c.rumahTangga(), c.target(), c.persen())))
            .toList();
    return SvgBars.horizontal(id, title, ctx.t("dasawisma.chart.desc.coverage"), bars, HUNDRED);
  }

  /**
   * The trend: % of the regency's target at each month's end, or households entered when no target
   * is loaded.
   */
  private static String trendChart(PageContext ctx, int tahun, List<DasaWismaView.Trend> trend) {
    boolean percent = trend.stream().anyMatch(t -> t.persen() != null);
    List<SvgBars.Bar> bars =
        trend.stream()
            .map(
                t ->
                    new SvgBars.Bar(
                        t.label(),
                        percent
                            ? (t.persen() == null ? BigDecimal.ZERO : t.persen())
                            : BigDecimal.valueOf(t.rumahTangga()),
                        coverageText(ctx, t.rumahTangga(), t.target(), t.persen())))
            .toList();
    return SvgBars.horizontal(
        "chart-trend",
        ctx.t("dasawisma.trend.title", tahun),
        ctx.t(percent ? "dasawisma.chart.desc.trend" : "dasawisma.chart.desc.trend.households"),
        bars,
        percent ? HUNDRED : null);
  }

  /** "68,5 % (1.234 dari 1.800 rumah tangga)", or "1.234 rumah tangga, tanpa target". */
  static String coverageText(PageContext ctx, long households, Long target, BigDecimal persen) {
    if (target == null || persen == null) {
      return ctx.t("dasawisma.coverage.notarget", ctx.fmt().number(households));
    }
    return ctx.t(
        "dasawisma.coverage.text",
        ctx.fmt().number(persen),
        ctx.fmt().number(households),
        ctx.fmt().number(target));
  }
}
