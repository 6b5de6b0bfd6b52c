package id.terbuka.reports.service;

import id.terbuka.budget.service.BudgetQueries;
import id.terbuka.catalog.domain.DatasetFacts;
import id.terbuka.catalog.service.CatalogueFacts;
import id.terbuka.contracts.domain.ProcessStages;
import id.terbuka.contracts.service.ContractQueries;
import id.terbuka.dasawisma.aggregate.PublicationTable;
import id.terbuka.dasawisma.service.PublishedFigures;
import id.terbuka.datastore.service.DataStoreInfo;
import id.terbuka.reports.domain.BudgetTimeliness;
import id.terbuka.reports.domain.ContractGaps;
import id.terbuka.reports.domain.DatasetTimeliness;
import id.terbuka.reports.domain.GracePeriods;
import id.terbuka.reports.domain.Scorecard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The timeliness report and the scorecard. Each source is read once, in bulk, through its owning
 * capability's service: the catalogue's public datasets, the DataStore's described tables, the
 * budget's first publication per unit and period, the contracting processes' stages, and Dasa
 * Wisma's published (disclosure-controlled) coverage table, never a household.
 */
@ApplicationScoped
public class Reports {
  @Inject CatalogueFacts catalogue;
  @Inject DataStoreInfo dataStore;
  @Inject BudgetQueries budget;
  @Inject ContractQueries contracts;
  @Inject PublishedFigures dasaWisma;
  @Inject ReportSettings settings;

  /**
   * The timeliness report.
   *
   * @param processes how many processes the contracts year has (the share's whole)
   * @param dasaWismaMonth the month of the latest Dasa Wisma snapshot of the year, null when none
   */
  public record Timeliness(
      LocalDate asOf,
      int tahun,
      String organization,
      GracePeriods grace,
      int budgetDeadlineDays,
      int contractStageDays,
      List<DatasetTimeliness> datasets,
      List<BudgetTimeliness.Row> budget,
      int processes,
      List<ContractGaps.Row> contracts,
      YearMonth dasaWismaMonth,
      List<Map<String, Object>> dasaWisma) {}

  /**
   * @param organization an organisation's name (datasets only), or null for all
   */
  public Timeliness timeliness(LocalDate asOf, int tahun, String organization) {
    GracePeriods grace = settings.grace();
    List<DatasetTimeliness> datasets = new ArrayList<>();
    for (DatasetFacts d : catalogue.publicDatasets(organization)) {
      DatasetTimeliness.assess(d, asOf, grace).ifPresent(datasets::add);
    }
    List<BudgetTimeliness.Row> budgetRows =
        BudgetTimeliness.rows(
            tahun, budget.publications(tahun), asOf, settings.budgetDeadlineDays());
    List<ProcessStages> processes = contracts.stages(tahun);
    List<ContractGaps.Row> gaps = ContractGaps.rows(processes, asOf, settings.contractStageDays());
    var published = dasaWisma.latest(tahun);
    List<Map<String, Object>> coverage =
        published
            .map(
                p ->
                    p.rows(PublicationTable.CAKUPAN).stream()
                        .filter(r -> "kecamatan".equals(r.get("level")))
                        .toList())
            .orElse(List.of());
    return new Timeliness(
        asOf,
        tahun,
        organization,
        grace,
        settings.budgetDeadlineDays(),
        settings.contractStageDays(),
        datasets,
        budgetRows,
        processes.size(),
        gaps,
        published.map(PublishedFigures.Published::bulan).orElse(null),
        coverage);
  }

  /** The scorecard per organisation of the public datasets (one organisation when named). */
  public Scorecard.Card scorecard(LocalDate asOf, String organization) {
    List<DatasetFacts> facts = catalogue.publicDatasets(organization);
    List<String> resources = new ArrayList<>();
    facts.forEach(f -> resources.addAll(f.resourceIds()));
    Set<String> described = dataStore.withDictionary(resources);
    List<DatasetFacts> withDictionary =
        facts.stream()
            .map(f -> f.withDictionary(f.resourceIds().stream().anyMatch(described::contains)))
            .toList();
    return Scorecard.of(withDictionary, asOf, settings.grace());
  }
}
