package id.terbuka.web;

import id.terbuka.reports.domain.ReportQuery;
import id.terbuka.reports.domain.ReportTable;
import id.terbuka.reports.domain.ReportTables;
import id.terbuka.reports.domain.Scorecard;
import id.terbuka.reports.domain.TimelinessStatus;
import id.terbuka.reports.domain.Wib;
import id.terbuka.reports.service.Reports;
import id.terbuka.shared.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code /laporan} (issue 13, item 8): the scorecard and the timeliness report as tables, from the
 * same {@link Reports} and {@link ReportTables} as {@code /api/v1/reports}, so the page, the JSON
 * and the CSV show the same figures. {@code as_of} and {@code tahun} as in the API; a refused value
 * is the 400 page naming it.
 */
@ApplicationScoped
public class ReportPage {
  private static final String API = "/api/v1/reports/";

  @Inject Reports reports;

  public View render(PageContext ctx, Map<String, String[]> params) {
    ReportQuery q;
    try {
      q =
          ReportQuery.parse(
              param(params, "as_of"),
              param(params, "tahun"),
              null,
              null,
              null,
              LocalDate.now(Wib.ZONE));
    } catch (InvalidInputException e) {
      return ErrorView.badRequest(e.errors().keySet().iterator().next());
    }
    String query = "as_of=" + q.asOf() + "&tahun=" + q.tahun();
    Reports.Timeliness t = reports.timeliness(q.asOf(), q.tahun(), null);
    Scorecard.Card card = reports.scorecard(q.asOf(), null);
    List<ReportView.Table> tables = new ArrayList<>();
    tables.add(
        table(
            ctx,
            "scorecard",
            ctx.t("report.scorecard.title"),
            ctx.t(
                "report.scorecard.summary",
                card.total().datasets(),
                pct(card.total().onTimePercent())),
            ReportTables.scorecard(card),
            ctx.url(API + "scorecard?as_of=" + q.asOf()),
            ctx.url(API + "scorecard?as_of=" + q.asOf() + "&format=csv")));
    tables.add(
        section(
            ctx,
            "datasets",
            query,
            ReportTables.datasets(t.datasets()),
            ctx.t(
                "report.datasets.summary",
                t.datasets().size(),
                count(
                    t.datasets().stream().map(r -> r.status()).toList(),
                    TimelinessStatus.TERLAMBAT),
                count(
                    t.datasets().stream().map(r -> r.status()).toList(),
                    TimelinessStatus.TIDAK_ADA))));
    tables.add(
        section(
            ctx,
            "budget",
            query,
            ReportTables.budget(t.budget()),
            ctx.t(
                "report.budget.summary",
                t.budgetDeadlineDays(),
                t.budget().size(),
                count(
                    t.budget().stream().map(r -> r.status()).toList(), TimelinessStatus.TERLAMBAT),
                count(
                    t.budget().stream().map(r -> r.status()).toList(),
                    TimelinessStatus.TIDAK_ADA))));
    tables.add(
        section(
            ctx,
            "contracts",
            query,
            ReportTables.contracts(t.contracts()),
            ctx.t(
                "report.contracts.summary",
                t.processes(),
                t.contracts().size(),
                t.contractStageDays())));
    tables.add(
        section(
            ctx,
            "dasawisma",
            query,
            ReportTables.dasaWisma(t.dasaWisma()),
            t.dasaWismaMonth() == null
                ? ctx.t("report.dasawisma.none", q.tahun())
                : ctx.t("report.dasawisma.summary", t.dasaWismaMonth().toString())));
    List<String> definitions = new ArrayList<>();
    for (String key : List.of("due", "status", "budget", "contracts", "public", "openness")) {
      definitions.add(ctx.t("report.def." + key));
    }
    return View.of(
        "laporan.jte", new ReportView(q.asOf().toString(), q.tahun(), query, tables, definitions));
  }

  private static ReportView.Table section(
      PageContext ctx, String id, String query, ReportTable table, String summary) {
    return table(
        ctx,
        id,
        ctx.t("report." + id + ".title"),
        summary,
        table,
        ctx.url(API + "timeliness?" + query + "&section=" + id),
        ctx.url(API + "timeliness?" + query + "&section=" + id + "&format=csv"));
  }

  private static ReportView.Table table(
      PageContext ctx,
      String id,
      String title,
      String summary,
      ReportTable table,
      String json,
      String csv) {
    List<String> headers = table.columns().stream().map(c -> ctx.t("report.col." + c)).toList();
    List<List<String>> rows = new ArrayList<>();
    for (List<Object> row : table.rows()) {
      List<String> cells = new ArrayList<>();
      for (int i = 0; i < row.size(); i++) {
        cells.add(cell(ctx, table.columns().get(i), row.get(i)));
      }
      rows.add(cells);
    }
    return new ReportView.Table(id, title, summary, headers, rows, json, csv);
  }

  /** Codes (status, problems) in the reader's language, numbers as written, null as a dash. */
  private static String cell(PageContext ctx, String column, Object value) {
    if (value == null) {
      return "–";
    }
    if (column.equals("status")) {
      return ctx.t("report.status." + value);
    }
    if (value instanceof List<?> list) {
      return String.join(", ", list.stream().map(p -> ctx.t("report.problem." + p)).toList());
    }
    return value instanceof BigDecimal d ? d.toPlainString() : value.toString();
  }

  private static String pct(BigDecimal p) {
    return p == null ? "–" : p.toPlainString() + " %";
  }

  private static long count(List<TimelinessStatus> statuses, TimelinessStatus s) {
    return statuses.stream().filter(x -> x == s).count();
  }

  private static String param(Map<String, String[]> params, String name) {
    String[] v = params.get(name);
    return v == null || v.length == 0 ? null : v[0];
  }
}
