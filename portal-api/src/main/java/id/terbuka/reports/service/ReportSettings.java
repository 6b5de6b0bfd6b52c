package id.terbuka.reports.service;

import id.terbuka.reports.domain.GracePeriods;
import id.terbuka.shared.TerbukaConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The reports' configurable rules, from {@link TerbukaConfig} ({@code terbuka.reports.*}). */
@ApplicationScoped
public class ReportSettings {
  @Inject TerbukaConfig config;

  public GracePeriods grace() {
    return GracePeriods.parse(config.reportsGrace());
  }

  public int budgetDeadlineDays() {
    return config.reportsBudgetDeadlineDays();
  }

  public int contractStageDays() {
    return config.reportsContractStageDays();
  }
}
