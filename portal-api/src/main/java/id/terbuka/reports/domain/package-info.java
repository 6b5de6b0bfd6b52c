/**
 * The reports' pure rules: the period of each Satu Data frequency and the due date that follows
 * from a last update ({@link id.terbuka.reports.domain.Frequency}, {@link
 * id.terbuka.reports.domain.GracePeriods}), the classification on time / late / missing ({@link
 * id.terbuka.reports.domain.DatasetTimeliness}), budget periods against their deadline ({@link
 * id.terbuka.reports.domain.BudgetTimeliness}), contracting processes' missing stages and values
 * ({@link id.terbuka.reports.domain.ContractGaps}), the scorecard's ratios ({@link
 * id.terbuka.reports.domain.Scorecard}) and the CSV form ({@link
 * id.terbuka.reports.domain.ReportCsv}). No database, no HTTP, no CDI.
 */
package id.terbuka.reports.domain;
