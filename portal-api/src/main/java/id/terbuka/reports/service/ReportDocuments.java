package id.terbuka.reports.service;

import id.terbuka.reports.domain.DatasetTimeliness;
import id.terbuka.reports.domain.Definitions;
import id.terbuka.reports.domain.ReportQuery;
import id.terbuka.reports.domain.ReportTable;
import id.terbuka.reports.domain.ReportTables;
import id.terbuka.reports.domain.Scorecard;
import id.terbuka.reports.domain.TimelinessStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The reports as the API's JSON documents and CSV tables (the page reads {@link Reports}). */
@ApplicationScoped
public class ReportDocuments {
  @Inject Reports reports;
  @Inject ReportSettings settings;

  public Map<String, Object> timeliness(ReportQuery q) {
    Reports.Timeliness t = reports.timeliness(q.asOf(), q.tahun(), q.organization());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("as_of", q.asOf().toString());
    body.put("tahun", q.tahun());
    body.put("organization", q.organization());
    body.put(
        "definisi",
        Definitions.timeliness(t.grace(), t.budgetDeadlineDays(), t.contractStageDays()));
    for (String section : ReportQuery.SECTIONS) {
      if (q.section() == null || q.section().equals(section)) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("ringkasan", summary(t, section));
        s.put("baris", table(t, section).toJson());
        body.put(section, s);
      }
    }
    return body;
  }

  public ReportTable timelinessTable(ReportQuery q, String section) {
    return table(reports.timeliness(q.asOf(), q.tahun(), q.organization()), section);
  }

  public Map<String, Object> scorecard(ReportQuery q) {
    Scorecard.Card card = reports.scorecard(q.asOf(), q.organization());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("as_of", q.asOf().toString());
    body.put("organization", q.organization());
    body.put("definisi", Definitions.scorecard(settings.grace()));
    body.put("baris", ReportTables.scorecard(card).toJson());
    body.put(
        "total",
        ReportTables.scorecard(new Scorecard.Card(List.of(card.total()), card.total()))
            .toJson()
            .get(0));
    return body;
  }

  public ReportTable scorecardTable(ReportQuery q) {
    return ReportTables.scorecard(reports.scorecard(q.asOf(), q.organization()));
  }

  static ReportTable table(Reports.Timeliness t, String section) {
    return switch (section) {
      case "budget" -> ReportTables.budget(t.budget());
      case "contracts" -> ReportTables.contracts(t.contracts());
      case "dasawisma" -> ReportTables.dasaWisma(t.dasaWisma());
      default -> ReportTables.datasets(t.datasets());
    };
  }

  private static Map<String, Object> summary(Reports.Timeliness t, String section) {
    Map<String, Object> s = new LinkedHashMap<>();
    switch (section) {
      case "datasets" -> counts(s, t.datasets(), DatasetTimeliness::status);
      case "budget" -> {
        s.put("batas_hari", t.budgetDeadlineDays());
        counts(s, t.budget(), r -> r.status());
      }
      case "contracts" -> {
        s.put("batas_hari", t.contractStageDays());
        s.put("proses", t.processes());
        s.put("bermasalah", t.contracts().size());
        for (String p :
            List.of(
                "tanpa_pemenang",
                "tanpa_kontrak",
                "nilai_tender_kosong",
                "nilai_pemenang_kosong",
                "nilai_kontrak_kosong")) {
          s.put(p, t.contracts().stream().filter(r -> r.problems().contains(p)).count());
        }
      }
      default -> {
        s.put("bulan", t.dasaWismaMonth() == null ? null : t.dasaWismaMonth().toString());
        s.put("kecamatan", t.dasaWisma().size());
      }
    }
    return s;
  }

  private static <T> void counts(
      Map<String, Object> s, List<T> rows, Function<T, TimelinessStatus> status) {
    s.put("dinilai", rows.size());
    for (TimelinessStatus st : TimelinessStatus.values()) {
      s.put(st.code(), rows.stream().filter(r -> status.apply(r) == st).count());
    }
  }
}
