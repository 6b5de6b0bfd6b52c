package id.terbuka.reports.domain;

import id.terbuka.contracts.domain.ProcessStages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Contracting processes that stopped short or lack values, on a day ({@code asOf}), with {@code
 * stageDays} of patience:
 *
 * <ul>
 *   <li>{@code tanpa_pemenang}: a tender whose period ended more than {@code stageDays} days ago,
 *       not cancelled, unsuccessful or withdrawn, and no active award;
 *   <li>{@code tanpa_kontrak}: an active award dated more than {@code stageDays} days ago and no
 *       contract;
 *   <li>{@code nilai_tender_kosong}, {@code nilai_pemenang_kosong}, {@code nilai_kontrak_kosong}: a
 *       tender, an award or a contract without an amount.
 * </ul>
 */
public final class ContractGaps {
  private static final Set<String> CLOSED_TENDERS =
      Set.of("cancelled", "unsuccessful", "withdrawn");

  private ContractGaps() {}

  /** A process with at least one problem. */
  public record Row(ProcessStages process, List<String> problems) {}

  public static List<Row> rows(List<ProcessStages> processes, LocalDate asOf, int stageDays) {
    LocalDate before = asOf.minusDays(stageDays);
    List<Row> rows = new ArrayList<>();
    for (ProcessStages p : processes) {
      List<String> problems = new ArrayList<>();
      if (p.hasTender()
          && p.activeAwards() == 0
          && p.tenderEnd() != null
          && p.tenderEnd().isBefore(before)
          && !CLOSED_TENDERS.contains(p.tenderStatus())) {
        problems.add("tanpa_pemenang");
      }
      if (p.activeAwards() > 0
          && p.contracts() == 0
          && p.firstAwardDate() != null
          && p.firstAwardDate().isBefore(before)) {
        problems.add("tanpa_kontrak");
      }
      if (p.tenderValueMissing()) {
        problems.add("nilai_tender_kosong");
      }
      if (p.awardsWithoutValue() > 0) {
        problems.add("nilai_pemenang_kosong");
      }
      if (p.contractsWithoutValue() > 0) {
        problems.add("nilai_kontrak_kosong");
      }
      if (!problems.isEmpty()) {
        rows.add(new Row(p, List.copyOf(problems)));
      }
    }
    return rows;
  }
}
