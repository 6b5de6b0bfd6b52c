package id.terbuka.contracts.domain;

import java.time.LocalDate;

/**
 * What a contracting process's compiled release says about its stages and values, for the
 * completeness report.
 *
 * @param tenderEnd the tender period's end date (else the tender's publication date), null without
 *     a tender date
 * @param tenderStatus the tender's OCDS status, null when absent
 * @param activeAwards awards that are not cancelled or unsuccessful
 * @param firstAwardDate the earliest date of those awards, null when none is dated
 * @param contracts contracts of the process (any status)
 * @param tenderValueMissing a tender without {@code value.amount}
 * @param awardsWithoutValue awards without {@code value.amount}
 * @param contractsWithoutValue contracts without {@code value.amount}
 */
public record ProcessStages(
    String ocid,
    String title,
    String buyerName,
    boolean hasTender,
    LocalDate tenderEnd,
    String tenderStatus,
    int activeAwards,
    LocalDate firstAwardDate,
    int contracts,
    boolean tenderValueMissing,
    int awardsWithoutValue,
    int contractsWithoutValue) {}
